import { approvalIdOf, clickedCardReply, withApprovalRefusals } from "../flows/approval-replies.js";
import { quoteAnnouncer } from "../flows/quote-announcer.js";
import { QM } from "../i18n/quote-messages.js";
import type { CardActionHandler } from "./action.js";

/** value = "<approvalId>". Only the step's designated approver decides; exactly one decision counts. */
export const quoteApproveAction: CardActionHandler = {
  actionId: "quote.approve",
  async run(ctx, value) {
    const approvalId = approvalIdOf(value);
    return withApprovalRefusals(ctx, async () => {
      const announcer = quoteAnnouncer(ctx);
      const view = await ctx.domain.approvals.decide(ctx.actor, approvalId, "approved", null, announcer.handler);
      return [clickedCardReply(ctx, view), { text: QM.youApproved[ctx.locale](view.number), visibility: "private" }, ...announcer.replies];
    });
  },
};
