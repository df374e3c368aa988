import { homeCard } from "../home/home.card.js";
import type { CardActionHandler } from "./action.js";

/** Shows (or refreshes) the user's home card; Slack sends it when the App Home tab is opened. */
export const homeShowAction: CardActionHandler = {
  actionId: "home.show",
  async run(ctx) {
    return [{ card: await homeCard(ctx) }];
  },
};
