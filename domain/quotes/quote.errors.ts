import { ConflictError, PermissionDeniedError } from "../shared/errors.js";

/** The approval step was decided already (double click, or another approver was faster). */
export class AlreadyDecidedError extends ConflictError {
  constructor(
    approvalId: string,
    readonly status: string,
    readonly decidedById: string | null,
  ) {
    super("approval", approvalId);
  }
}

/** Someone other than the designated approver pressed an approval button. */
export class NotApproverError extends PermissionDeniedError {
  constructor(
    approvalId: string,
    readonly approverId: string | null,
  ) {
    super("decide", "approval", approvalId);
  }
}

/** The quote is not in a state that allows this (e.g. adding lines to a submitted quote). */
export class QuoteStateError extends ConflictError {
  constructor(
    quoteId: string,
    readonly status: string,
    readonly wanted: string,
  ) {
    super("quote", quoteId);
  }
}

/** Nobody can approve a step (no manager in the team, no admin for the director step). */
export class NoApproverError extends PermissionDeniedError {
  constructor(readonly approverRole: string) {
    super("find an approver for", "quote");
  }
}
