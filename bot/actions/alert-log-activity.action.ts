import { AM } from "../i18n/automation-messages.js";
import type { CardActionHandler } from "./action.js";

/** "Log activity" on a stale-deal card: asks for the sentence; the reply is logged like any other. */
export const alertLogActivityAction: CardActionHandler = {
  actionId: "alert.log-activity",
  async run(ctx, dealId) {
    const deal = await ctx.domain.deals.show(ctx.actor, dealId);
    return [{ text: AM.logPrompt[ctx.locale](deal.number, deal.company.name) }];
  },
};
