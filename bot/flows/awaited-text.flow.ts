import { findCommand } from "../commands/registry.js";
import { tokenize } from "../commands/tokenize.js";
import type { TurnContext } from "../context.js";
import { QM } from "../i18n/quote-messages.js";
import { SM } from "../i18n/service-messages.js";
import { DailyM } from "../i18n/daily-messages.js";
import type { Reply } from "../types.js";
import { AWAIT_TEXT_KIND, type AwaitedText } from "./await-text.js";
import { clickedCardReply, withApprovalRefusals } from "./approval-replies.js";
import { quoteAnnouncer } from "./quote-announcer.js";
import { answerGuidedEdit, namesGuidedField } from "../forms/guided-edit.js";

const CANCEL = new Set(["cancel", "取消", "算了"]);
const SKIP = new Set(["skip", "跳过", "无", "没有", "none"]);

/**
 * If the bot asked this person for text (a rejection reason, a comment, a customer's CSAT
 * comment), their next message answers it — unless it is a command, which runs as usual and
 * leaves the question open (a deal's "contract starts/ends" field named while editing it is still an answer). Each question is answered once (PendingStore.take).
 */
export async function answerAwaitedText(ctx: TurnContext, text: string): Promise<Reply[] | null> {
  const command = findCommand(tokenize(text)[0] ?? "");
  const open = await ctx.pending.latestOfKind<AwaitedText>(ctx.actor.userId, AWAIT_TEXT_KIND);
  if (!open) return null;
  // "contract starts next month" while editing a deal names the deal's contract dates, not the contract command.
  const fieldWord = command?.names[0] === "contract" && open.payload.purpose === "form.edit" && (await namesGuidedField(ctx, open.payload.ref, text));
  if (command && !fieldWord) return null;
  // A guided edit still waiting for the field takes only text that names one; anything else is a new message.
  const asked = open.payload;
  if (asked.purpose === "form.edit" && !asked.inputId && !CANCEL.has(text.trim().toLowerCase()) && !(await namesGuidedField(ctx, asked.ref, text))) return null;
  const taken = await ctx.pending.take<AwaitedText>(ctx.actor.userId, open.id);
  if (!taken) return null;
  const word = text.trim().toLowerCase();
  if (CANCEL.has(word)) return [{ text: SM.cancelled[ctx.locale]() }];
  const what = taken.payload;
  switch (what.purpose) {
    case "quote.reject":
      return withApprovalRefusals(ctx, async () => {
        const announcer = quoteAnnouncer(ctx);
        const view = await ctx.domain.approvals.decide(ctx.actor, what.approvalId, "rejected", text, announcer.handler);
        // Typed, not clicked: the new state is a fresh card here; the posted cards are updated through the outbox.
        return [{ card: clickedCardReply(ctx, view).card! }, { text: QM.youRejected[ctx.locale](view.number) }, ...announcer.replies];
      });
    case "quote.comment":
      return withApprovalRefusals(ctx, async () => {
        const announcer = quoteAnnouncer(ctx);
        const view = await ctx.domain.approvals.comment(ctx.actor, what.approvalId, text, announcer.handler);
        return [{ text: QM.commentSent[ctx.locale](view.number) }, ...announcer.replies];
      });
    case "ticket.csat-comment":
      if (SKIP.has(word)) return [{ text: SM.skipped[ctx.locale]() }];
      await ctx.domain.tickets.addCsatComment(ctx.actor, what.ticketId, text);
      return [{ text: SM.csatCommentSaved[ctx.locale]() }];
    case "form.edit":
      return answerGuidedEdit(ctx, what, text);
    case "daily.note":
      await ctx.domain.dailyReports.confirm(ctx.actor, what.day, text);
      return [{ text: DailyM.noted[ctx.locale]() }];
    default:
      return null;
  }
}
