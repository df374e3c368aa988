import type { CardActionHandler } from "./action.js";
import { dealMoveStageAction } from "./deal-move-stage.action.js";
import { dealShowAction } from "./deal-show.action.js";
import { followUpDoneAction } from "./followup-done.action.js";
import { homeShowAction } from "./home-show.action.js";
import { pendingChooseAction } from "./pending-choose.action.js";

const handlers = new Map<string, CardActionHandler>(
  [dealMoveStageAction, dealShowAction, followUpDoneAction, pendingChooseAction, homeShowAction].map((h) => [h.actionId, h]),
);

export function findAction(actionId: string): CardActionHandler | null {
  return handlers.get(actionId) ?? null;
}
