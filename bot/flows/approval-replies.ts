import { approvalCard } from "../../cards/approval.card.js";
import { statusName } from "../../cards/quote.card.js";
import type { QuoteView } from "../../domain/quotes/quote-view.js";
import { AlreadyDecidedError, NotApproverError, QuoteStateError } from "../../domain/quotes/quote.errors.js";
import { InvalidInputError } from "../../domain/shared/errors.js";
import type { TurnContext } from "../context.js";
import { QM } from "../i18n/quote-messages.js";
import type { Reply } from "../types.js";

/** Button values are one approval id (cuid); anything else is refused before touching the database. */
export function approvalIdOf(value: string): string {
  if (!/^[a-z0-9]{10,40}$/i.test(value)) throw new InvalidInputError("action value", value);
  return value;
}

/**
 * Runs an approval step action and turns the expected refusals into private replies: someone who
 * is not the approver, a step already decided (double click, a faster approver), a step not up yet.
 * Nothing changes in any of these cases.
 */
export async function withApprovalRefusals(ctx: TurnContext, run: () => Promise<Reply[]>): Promise<Reply[]> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof NotApproverError) {
      const approver = await ctx.domain.names.userName(error.approverId);
      return [{ text: QM.notApprover[ctx.locale](approver ?? "?"), visibility: "private" }];
    }
    if (error instanceof AlreadyDecidedError) {
      const by = await ctx.domain.names.userName(error.decidedById);
      return [{ text: QM.alreadyDecided[ctx.locale](statusName(error.status, ctx.locale), by ?? "?"), visibility: "private" }];
    }
    if (error instanceof QuoteStateError && error.status === "waiting") return [{ text: QM.notYourTurn[ctx.locale](), visibility: "private" }];
    throw error;
  }
}

/** The clicked card becomes the new state of the quote (channels that can edit replace it in place). */
export function clickedCardReply(ctx: TurnContext, view: QuoteView): Reply {
  return { card: approvalCard(view, { locale: ctx.locale, timeZone: ctx.timezone }), updatesSource: true };
}
