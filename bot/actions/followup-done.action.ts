import { M } from "../i18n/messages.js";
import type { CardActionHandler } from "./action.js";

export const followUpDoneAction: CardActionHandler = {
  actionId: "followup.done",
  async run(ctx, followUpId) {
    const done = await ctx.domain.followUps.complete(ctx.actor, followUpId);
    return [{ text: M.followUpDone[ctx.locale](done.title) }];
  },
};
