import { undoReply } from "../flows/undo-reply.js";
import type { Command } from "./command.js";

/** `undo` / `撤销`: reverts the user's own last change (one turn: a sentence, a command or a button), once. */
export const undoCommand: Command = {
  names: ["undo", "撤销", "撤回"],
  usage: { zh: "撤销", en: "undo" },
  async run(ctx) {
    return undoReply(await ctx.domain.undo.undoLast(ctx.actor), ctx.locale);
  },
};
