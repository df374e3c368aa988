import { dispatchText } from "../dispatch-text.js";
import { runLogFlow } from "../flows/log-sentence.flow.js";
import type { LogDraft, LogPatch } from "../flows/log-draft.js";
import { M } from "../i18n/messages.js";
import type { CardActionHandler } from "./action.js";

interface PendingLog {
  draft: LogDraft;
  patches: LogPatch[];
}

interface PendingCommand {
  texts: string[];
}

/** value = "<pendingId>:<option index>" or "<pendingId>:none". The question is consumed once. */
export const pendingChooseAction: CardActionHandler = {
  actionId: "pending.choose",
  async run(ctx, value) {
    const [pendingId, choice] = value.split(":");
    const pending = pendingId ? await ctx.pending.take<PendingLog | PendingCommand>(ctx.actor.userId, pendingId) : null;
    if (!pending) return [{ text: M.choiceExpired[ctx.locale]() }];
    if (choice === "none") return [{ text: M.cancelled[ctx.locale]() }];
    const index = Number(choice);
    if (pending.kind === "log" && "patches" in pending.payload) {
      const patch = pending.payload.patches[index];
      if (patch) return runLogFlow(ctx, { ...pending.payload.draft, ...patch });
    }
    if (pending.kind === "command" && "texts" in pending.payload) {
      const text = pending.payload.texts[index];
      if (text) return dispatchText(ctx, text);
    }
    return [{ text: M.choiceExpired[ctx.locale]() }];
  },
};
