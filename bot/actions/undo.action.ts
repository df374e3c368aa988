import { undoReply } from "../flows/undo-reply.js";
import type { CardActionHandler } from "./action.js";

/** The Undo button under a change: value = the turn key; the service checks the turn is the presser's own. */
export const undoAction: CardActionHandler = {
  actionId: "turn.undo",
  async run(ctx, value) {
    return undoReply(await ctx.domain.undo.undoTurn(ctx.actor, value), ctx.locale, ctx.timezone);
  },
};
