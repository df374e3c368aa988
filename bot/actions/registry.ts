import type { CardActionHandler } from "./action.js";
import { dealMoveStageAction } from "./deal-move-stage.action.js";
import { dealShowAction } from "./deal-show.action.js";
import { followUpDoneAction } from "./followup-done.action.js";
import { pendingChooseAction } from "./pending-choose.action.js";
import { privacyConfirmAction } from "./privacy-confirm.action.js";

const handlers = new Map<string, CardActionHandler>(
  [dealMoveStageAction, dealShowAction, followUpDoneAction, pendingChooseAction, privacyConfirmAction].map((h) => [h.actionId, h]),
);

export function findAction(actionId: string): CardActionHandler | null {
  return handlers.get(actionId) ?? null;
}
