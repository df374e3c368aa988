import { undoReply } from "../flows/undo-reply.js";
import type { Command } from "./command.js";
import { isUndoRequest } from "../parse/detect-undo-request.js";
import { declared } from "./declaration.js";
import { undoDeclaration } from "./undo.declaration.js";

/** `undo` / `撤销`: reverts the user's own last change (one turn: a sentence, a command or a button), once. */
export const undoCommand: Command = {
  ...declared(undoDeclaration),
  // "undo the discount on Globex", "撤销合同" say more than undo: they are sentences, not this command
  // ("undo that", "撤销 一下" are still undo, read by isUndoRequest)
  accepts: (args) => args.length === 0 || isUndoRequest(["undo", ...args].join(" ")),
  async run(ctx) {
    return undoReply(await ctx.domain.undo.undoLast(ctx.actor), ctx.locale, ctx.timezone);
  },
};
