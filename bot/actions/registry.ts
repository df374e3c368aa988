import type { CardActionHandler } from "./action.js";
import { alertLogActivityAction } from "./alert-log-activity.action.js";
import { alertSnoozeAction } from "./alert-snooze.action.js";
import { companyShowAction } from "./company-show.action.js";
import { dealMarkLostAction } from "./deal-mark-lost.action.js";
import { dealMoveStageAction } from "./deal-move-stage.action.js";
import { dealShowAction } from "./deal-show.action.js";
import { followUpDoneAction } from "./followup-done.action.js";
import { homeShowAction } from "./home-show.action.js";
import { pendingChooseAction } from "./pending-choose.action.js";
import { privacyConfirmAction } from "./privacy-confirm.action.js";
import { recordMergeAction } from "./record-merge.action.js";
import { formFieldAction } from "./form-field.action.js";
import { formOpenAction } from "./form-open.action.js";
import { importConfirmAction } from "./import-confirm.action.js";
import { quoteApproveAction } from "./quote-approve.action.js";
import { quoteCommentAction } from "./quote-comment.action.js";
import { quoteRejectAction } from "./quote-reject.action.js";
import { ticketCsatAction } from "./ticket-csat.action.js";
import { ticketStatusAction } from "./ticket-status.action.js";
import { undoAction } from "./undo.action.js";
import { dailyConfirmAction, dailyNoteAction } from "./daily-report.action.js";
import { leadClaimAction, leadConvertAction, leadCreateAction, leadMergeAction, leadReleaseAction } from "./lead.actions.js";

const handlers = new Map<string, CardActionHandler>(
  [
    dealMoveStageAction,
    leadClaimAction,
    leadConvertAction,
    leadCreateAction,
    leadMergeAction,
    leadReleaseAction,
    dailyConfirmAction,
    dailyNoteAction,
    dealShowAction,
    followUpDoneAction,
    pendingChooseAction,
    homeShowAction,
    privacyConfirmAction,
    recordMergeAction,
    formOpenAction,
    formFieldAction,
    importConfirmAction,
    quoteApproveAction,
    quoteRejectAction,
    quoteCommentAction,
    ticketStatusAction,
    ticketCsatAction,
    alertSnoozeAction,
    alertLogActivityAction,
    dealMarkLostAction,
    undoAction,
    companyShowAction,
  ].map((h) => [h.actionId, h]),
);

export function findAction(actionId: string): CardActionHandler | null {
  return handlers.get(actionId) ?? null;
}
