import type { Replies, TurnContext } from "../context.js";

/** Handles a button press. `value` carries record ids only; the handler re-checks permissions. */
export interface CardActionHandler {
  actionId: string;
  run(ctx: TurnContext, value: string): Replies;
}
