import type { TurnContext } from "../context.js";
import { U } from "../i18n/undo-messages.js";
import type { Reply } from "../types.js";

/** An Undo button for this turn (the service checks the presser made it); nothing for a turn without an event key. */
export function undoOffer(ctx: TurnContext): Reply[] {
  const turnKey = ctx.actor.sourceEvent?.key;
  if (!turnKey) return [];
  const button = { label: U.undoButton[ctx.locale](), actionId: "turn.undo", value: turnKey };
  return [{ card: { title: U.undoHint[ctx.locale](), blocks: [{ type: "actions", buttons: [button] }] } }];
}
