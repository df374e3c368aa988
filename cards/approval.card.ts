import type { QuoteView } from "../domain/quotes/quote-view.js";
import type { Locale } from "./format.js";
import type { Card } from "./model.js";
import { type QuoteCardContext, quoteCard } from "./quote.card.js";

const B = {
  approve: { zh: "批准", en: "Approve" },
  reject: { zh: "驳回", en: "Reject" },
  comment: { zh: "评论", en: "Comment" },
  waitingFor: { zh: (name: string) => `等待 ${name} 审批`, en: (name: string) => `Waiting for ${name}` },
} as const;

/**
 * The approval card posted to the team's approvals chat (or the approver's DM), and the state every
 * posted copy is updated to. While a step is pending it carries Approve / Reject / Comment; the
 * values are the approval step's id only — who may decide is checked when a button is pressed.
 */
export function approvalCard(quote: QuoteView, ctx: QuoteCardContext): Card {
  const card = quoteCard(quote, ctx);
  const step = quote.currentApproval;
  if (!step) return card;
  const name = step.approverId ? (quote.names[step.approverId] ?? "?") : "?";
  const locale: Locale = ctx.locale;
  return {
    ...card,
    subtitle: B.waitingFor[locale](name),
    blocks: [
      ...card.blocks,
      {
        type: "actions",
        buttons: [
          { label: B.approve[locale], actionId: "quote.approve", value: step.id, style: "primary" },
          { label: B.reject[locale], actionId: "quote.reject", value: step.id, style: "danger" },
          { label: B.comment[locale], actionId: "quote.comment", value: step.id },
        ],
      },
    ],
  };
}
