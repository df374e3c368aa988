import { showCompanyById } from "../commands/company.command.js";
import type { CardActionHandler } from "./action.js";

/** A customer's button on a list: its 360° card, if the presser may see it. */
export const companyShowAction: CardActionHandler = {
  actionId: "company.show",
  run: (ctx, companyId) => showCompanyById(ctx, companyId),
};
