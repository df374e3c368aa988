import { awaitText } from "../flows/await-text.js";
import { approvalIdOf, withApprovalRefusals } from "../flows/approval-replies.js";
import { QM } from "../i18n/quote-messages.js";
import type { CardActionHandler } from "./action.js";

/** value = "<approvalId>". A rejection needs a reason: the approver's next message is taken as it. */
export const quoteRejectAction: CardActionHandler = {
  actionId: "quote.reject",
  async run(ctx, value) {
    const approvalId = approvalIdOf(value);
    return withApprovalRefusals(ctx, async () => {
      const approval = await ctx.domain.approvals.authorize(ctx.actor, approvalId);
      const number = (await ctx.domain.names.quoteNumber(approval.quoteId)) ?? "?";
      await awaitText(ctx, { purpose: "quote.reject", approvalId });
      return [{ text: QM.askReason[ctx.locale](number), visibility: "private" }];
    });
  },
};
