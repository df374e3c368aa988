import { CHOICE_OPTIONS_SHOWN, choiceCard } from "../../cards/choice.card.js";
import type { TurnContext } from "../context.js";
import type { Reply } from "../types.js";

export interface AskOption<P> {
  label: string;
  patch: P;
}

export interface AskOptions {
  /**
   * The question asks for a yes ("create X and log?", "add X as a contact?"), not for a choice:
   * a typed "ok" may answer it (flows/confirm-by-text.ts). A choice offered as a single button
   * ("which customer? [北辰物流]") is no yes/no question.
   */
  yesNo?: boolean;
}

/** Stores the question server-side and shows one button per option (plus "none of these"). */
export async function ask<P>(
  ctx: TurnContext,
  kind: string,
  question: string,
  draft: unknown,
  options: AskOption<P>[],
  how: AskOptions = {},
): Promise<Reply[]> {
  // How many changes the user had made when asked: a typed "1" / "ok" answers the question only while none followed.
  const changes = await ctx.pending.changesBy(ctx.actor.userId);
  // The labels too: typing a button's words ("Open a ticket", "新建工单") presses it.
  const labels = options.slice(0, CHOICE_OPTIONS_SHOWN).map((o) => o.label);
  const pendingId = await ctx.pending.create(ctx.actor.userId, kind, {
    draft,
    patches: options.map((o) => o.patch),
    labels,
    yesNo: how.yesNo === true,
    changes,
    // The answer comes in the question's language, however it is given ("1", "ok", a button).
    locale: ctx.locale,
  });
  return [{ card: choiceCard(question, pendingId, options, ctx.locale) }];
}
