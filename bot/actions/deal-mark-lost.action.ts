import { AM } from "../i18n/automation-messages.js";
import type { CardActionHandler } from "./action.js";

/** "Mark lost" on a stale-deal card; the deal service checks the permission and writes the audit row. */
export const dealMarkLostAction: CardActionHandler = {
  actionId: "deal.mark-lost",
  async run(ctx, dealId) {
    const stages = await ctx.domain.stages.list();
    const lost = stages.find((s) => s.kind === "lost");
    if (!lost) return [];
    const deal = await ctx.domain.deals.moveTo(ctx.actor, dealId, lost);
    return [{ text: AM.markedLost[ctx.locale](deal.number) }];
  },
};
