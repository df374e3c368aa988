import { awaitText } from "../flows/await-text.js";
import { approvalIdOf, withApprovalRefusals } from "../flows/approval-replies.js";
import { QM } from "../i18n/quote-messages.js";
import type { CardActionHandler } from "./action.js";

/** value = "<approvalId>". The approver's next message goes to the rep as a comment; the step stays open. */
export const quoteCommentAction: CardActionHandler = {
  actionId: "quote.comment",
  async run(ctx, value) {
    const approvalId = approvalIdOf(value);
    return withApprovalRefusals(ctx, async () => {
      const approval = await ctx.domain.approvals.authorize(ctx.actor, approvalId);
      const number = (await ctx.domain.names.quoteNumber(approval.quoteId)) ?? "?";
      await awaitText(ctx, { purpose: "quote.comment", approvalId });
      return [{ text: QM.askComment[ctx.locale](number), visibility: "private" }];
    });
  },
};
