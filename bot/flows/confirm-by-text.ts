import { CHOICE_OPTIONS_SHOWN } from "../../cards/choice.card.js";
import { pendingChooseAction } from "../actions/pending-choose.action.js";
import type { Replies, TurnContext } from "../context.js";
import { SmallTalkM } from "../i18n/small-talk-messages.js";

/** The kinds of question flows/ask.ts stores (other pending rows, e.g. a shown list, are no question). */
const QUESTION_KINDS = ["log", "command"];

/** A typed "ok" answers only a question asked this recently; an older one needs its button. */
const ANSWER_WINDOW_MS = 15 * 60_000;

/**
 * "好的" / "ok" typed right after the bot asked something: a yes/no question ("create X and
 * log?") is answered as if its button was pressed; a choice ("which customer?"), even with a
 * single candidate, is never picked by an "ok": the user is asked to press one. Null when
 * nothing is waiting (the "ok" is plain small talk).
 */
export async function confirmByText(ctx: TurnContext): Promise<Awaited<Replies> | null> {
  const open = await ctx.pending.latestOpen(ctx.actor.userId, new Date(ctx.now.getTime() - ANSWER_WINDOW_MS), QUESTION_KINDS);
  if (!open || open.optionCount === 0) return null;
  if (open.yesNo && open.optionCount === 1) return pendingChooseAction.run(ctx, `${open.id}:0`);
  return [{ text: SmallTalkM.pickOne[ctx.locale]() }];
}

/**
 * "1", "２", "第2个" typed right after the bot asked something: the button of that number is pressed
 * (the last one is "none of these"), as the terminal chat and Wechaty do on their side. Null when
 * no question is waiting or the number is not one of its buttons: the text goes on as typed.
 */
export async function answerByNumber(ctx: TurnContext, n: number): Promise<Awaited<Replies> | null> {
  const open = await ctx.pending.latestOpen(ctx.actor.userId, new Date(ctx.now.getTime() - ANSWER_WINDOW_MS), QUESTION_KINDS);
  if (!open || open.optionCount === 0) return null;
  const shown = Math.min(open.optionCount, CHOICE_OPTIONS_SHOWN);
  if (n <= shown) return pendingChooseAction.run(ctx, `${open.id}:${n - 1}`);
  if (n === shown + 1) return pendingChooseAction.run(ctx, `${open.id}:none`);
  return null;
}
