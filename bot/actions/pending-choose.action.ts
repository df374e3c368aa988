import { runLogFlow } from "../flows/log-sentence.flow.js";
import type { LogDraft, LogPatch } from "../flows/log-draft.js";
import { M } from "../i18n/messages.js";
import type { CardActionHandler } from "./action.js";

interface PendingLog {
  draft: LogDraft;
  patches: LogPatch[];
}

/** value = "<pendingId>:<option index>" or "<pendingId>:none". The question is consumed once. */
export const pendingChooseAction: CardActionHandler = {
  actionId: "pending.choose",
  async run(ctx, value) {
    const [pendingId, choice] = value.split(":");
    const pending = pendingId ? await ctx.pending.take<PendingLog>(ctx.actor.userId, pendingId) : null;
    if (!pending) return [{ text: M.choiceExpired[ctx.locale]() }];
    if (choice === "none") return [{ text: M.cancelled[ctx.locale]() }];
    const patch = pending.payload.patches[Number(choice)];
    if (!patch || pending.kind !== "log") return [{ text: M.choiceExpired[ctx.locale]() }];
    return runLogFlow(ctx, { ...pending.payload.draft, ...patch });
  },
};
