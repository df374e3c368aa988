import type { TurnContext } from "../context.js";

export const AWAIT_TEXT_KIND = "await-text";

/** What the person's next message is taken as. Payloads carry record ids; the answer re-checks permissions. */
export type AwaitedText =
  | { purpose: "quote.reject"; approvalId: string }
  | { purpose: "quote.comment"; approvalId: string }
  | { purpose: "ticket.csat-comment"; ticketId: string };

/** Asks for free text: the person's next message (not a command) answers it, once. */
export async function awaitText(ctx: TurnContext, what: AwaitedText): Promise<void> {
  await ctx.pending.create(ctx.actor.userId, AWAIT_TEXT_KIND, what);
}
