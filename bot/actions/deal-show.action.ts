import { dealCard } from "../../cards/deal.card.js";
import type { CardActionHandler } from "./action.js";
import { onlyForAsker } from "../privacy/only-for-asker.js";

export const dealShowAction: CardActionHandler = {
  actionId: "deal.show",
  async run(ctx, dealId) {
    const [deal, stages] = await Promise.all([ctx.domain.deals.show(ctx.actor, dealId), ctx.domain.stages.list()]);
    return onlyForAsker(ctx, [{ card: dealCard(deal, stages, { locale: ctx.locale, timeZone: ctx.timezone }) }]);
  },
};
