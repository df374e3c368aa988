import type { TurnContext } from "../context.js";

export const AWAIT_TEXT_KIND = "await-text";

/**
 * How long the next message counts as the answer. Short on purpose: a sentence typed an hour
 * later is meant as a new message, not as the reason for a rejection clicked long ago.
 */
export const AWAIT_TEXT_MS = 30 * 60_000;

/** What the person's next message is taken as. Payloads carry record ids; the answer re-checks permissions. */
export type AwaitedText =
  | { purpose: "quote.reject"; approvalId: string }
  | { purpose: "quote.comment"; approvalId: string }
  | { purpose: "ticket.csat-comment"; ticketId: string }
  /** A guided edit (forms/guided-edit.ts): the form reference with its version, and the field once picked. */
  | { purpose: "form.edit"; ref: string; inputId?: string }
  /** The note on a daily report (actions/daily-report.action.ts), which confirms it. */
  | { purpose: "daily.note"; day: string };

/** Asks for free text: the person's next message (not a command) answers it, once. */
export async function awaitText(ctx: TurnContext, what: AwaitedText, ttlMs = AWAIT_TEXT_MS): Promise<void> {
  await ctx.pending.create(ctx.actor.userId, AWAIT_TEXT_KIND, what, ttlMs);
}
