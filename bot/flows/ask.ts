import { choiceCard } from "../../cards/choice.card.js";
import type { TurnContext } from "../context.js";
import type { Reply } from "../types.js";

export interface AskOption<P> {
  label: string;
  patch: P;
}

/** Stores the question server-side and shows one button per option (plus "none of these"). */
export async function ask<P>(ctx: TurnContext, kind: string, question: string, draft: unknown, options: AskOption<P>[]): Promise<Reply[]> {
  const pendingId = await ctx.pending.create(ctx.actor.userId, kind, { draft, patches: options.map((o) => o.patch) });
  return [{ card: choiceCard(question, pendingId, options, ctx.locale) }];
}
