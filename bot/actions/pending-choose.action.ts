import { dispatchText } from "../dispatch-text.js";
import { ask } from "../flows/ask.js";
import { runLogFlow } from "../flows/log-sentence.flow.js";
import type { LogDraft, LogPatch } from "../flows/log-draft.js";
import { M } from "../i18n/messages.js";
import type { Replies, TurnContext } from "../context.js";
import type { CardActionHandler } from "./action.js";

/** What flows/ask.ts stores: the draft so far and one patch per button. */
type PendingQuestion = ({ draft: LogDraft; patches: LogPatch[] } | { draft: null; patches: { text: string }[] }) & { locale?: unknown };

/** value = "<pendingId>:<option index>" or "<pendingId>:none". The question is consumed once. */
export const pendingChooseAction: CardActionHandler = {
  actionId: "pending.choose",
  async run(ctx, value) {
    const [pendingId, choice] = value.split(":");
    const pending = pendingId ? await ctx.pending.take<PendingQuestion>(ctx.actor.userId, pendingId) : null;
    if (!pending) return [{ text: M.choiceExpired[ctx.locale]() }];
    // A question asked in Chinese is answered in Chinese, even when the user is stored as English.
    const asked = pending.payload.locale;
    return answer(asked === "zh" || asked === "en" ? { ...ctx, locale: asked } : ctx, pending, choice);
  },
};

async function answer(ctx: TurnContext, pending: { kind: string; payload: PendingQuestion }, choice: string | undefined): Replies {
  // a "command" question is an offer: what was logged before it stays, so "nothing was saved" would be untrue
  if (choice === "none") return [{ text: (pending.kind === "command" ? M.offerSkipped : M.cancelled)[ctx.locale]() }];
  const { draft, patches } = pending.payload;
  const patch = patches[Number(choice)];
  if (patch && pending.kind === "log" && draft) return runLogFlow(ctx, { ...draft, ...(patch as LogPatch) });
  if (patch && pending.kind === "command" && "text" in patch) return dispatchText(ctx, patch.text);
  return [{ text: M.choiceExpired[ctx.locale]() }];
}

/** The log question answered with a customer that was not among its buttons (typed by name); consumed once. */
export async function pendingLogWith(ctx: TurnContext, pendingId: string, patch: LogPatch): Replies {
  const taken = await takeLogQuestion(ctx, pendingId);
  return taken ? runLogFlow(taken.at, { ...taken.draft, ...patch }) : [{ text: M.choiceExpired[ctx.locale]() }];
}

/** The log question taken (consumed) with its draft, and the context in the language it was asked in; null when gone. */
async function takeLogQuestion(ctx: TurnContext, pendingId: string): Promise<{ draft: LogDraft; at: TurnContext } | null> {
  const pending = await ctx.pending.take<PendingQuestion>(ctx.actor.userId, pendingId);
  if (!pending || pending.kind !== "log" || !pending.payload.draft) return null;
  const asked = pending.payload.locale;
  return { draft: pending.payload.draft as LogDraft, at: asked === "zh" || asked === "en" ? { ...ctx, locale: asked } : ctx };
}

/**
 * "Hooli" typed after "which customer is this about?" when no customer has that name: the same question the
 * sentence would have asked had it named Hooli ("not a customer yet, create it and log this?"); consumed once.
 */
export async function pendingOfferNewCompany(ctx: TurnContext, pendingId: string, name: string): Replies {
  const taken = await takeLogQuestion(ctx, pendingId);
  if (!taken) return [{ text: M.choiceExpired[ctx.locale]() }];
  const { at, draft } = taken;
  const create: LogPatch = { createCompany: name };
  return ask(at, "log", M.unknownCompany[at.locale](name), draft, [{ label: M.createAndLog[at.locale](name), patch: create }], { yesNo: true });
}
