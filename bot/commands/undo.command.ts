import { undoReply } from "../flows/undo-reply.js";
import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { undoDeclaration } from "./undo.declaration.js";

/** `undo` / `撤销`: reverts the user's own last change (one turn: a sentence, a command or a button), once. */
export const undoCommand: Command = {
  ...declared(undoDeclaration),
  async run(ctx) {
    return undoReply(await ctx.domain.undo.undoLast(ctx.actor), ctx.locale, ctx.timezone);
  },
};
