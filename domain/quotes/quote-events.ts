import type { ChangeScope } from "../outbox/change-scope.js";
import type { ApprovalRow, QuoteView } from "./quote-view.js";

/**
 * What happened to a quote, handed to the caller INSIDE the transaction of the change, so the
 * caller's announcements (outbox rows: approval cards, card updates, the rep's notice) commit
 * together with the change or not at all. The domain itself never writes chat.
 */
export type QuoteEvent =
  | { kind: "submitted"; quote: QuoteView; next: ApprovalRow }
  | { kind: "step-approved"; quote: QuoteView; decided: ApprovalRow; next: ApprovalRow }
  | { kind: "approved"; quote: QuoteView; decided: ApprovalRow | null; dealMoved: boolean }
  | { kind: "rejected"; quote: QuoteView; decided: ApprovalRow }
  | { kind: "commented"; quote: QuoteView; approval: ApprovalRow; comment: string };

export type QuoteEventHandler = (scope: ChangeScope, event: QuoteEvent) => Promise<void>;

export const ignoreQuoteEvents: QuoteEventHandler = async () => {};
