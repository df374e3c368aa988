import type { CardActionHandler } from "./action.js";
import { alertLogActivityAction } from "./alert-log-activity.action.js";
import { alertSnoozeAction } from "./alert-snooze.action.js";
import { dealMarkLostAction } from "./deal-mark-lost.action.js";
import { dealMoveStageAction } from "./deal-move-stage.action.js";
import { dealShowAction } from "./deal-show.action.js";
import { followUpDoneAction } from "./followup-done.action.js";
import { pendingChooseAction } from "./pending-choose.action.js";

const handlers = new Map<string, CardActionHandler>(
  [dealMoveStageAction, dealShowAction, followUpDoneAction, pendingChooseAction, alertSnoozeAction, alertLogActivityAction, dealMarkLostAction].map((h) => [h.actionId, h]),
);

export function findAction(actionId: string): CardActionHandler | null {
  return handlers.get(actionId) ?? null;
}
