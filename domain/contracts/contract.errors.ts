import { InvalidInputError } from "../shared/errors.js";

/** A payment larger than what is still owed: refused, so the balance never goes below zero unseen. */
export class PaymentExceedsBalanceError extends InvalidInputError {
  constructor(
    readonly contractNumber: number,
    readonly balanceMinor: bigint,
    readonly currency: string,
  ) {
    super("amountMinor", `more than the balance of contract ${contractNumber}`);
  }
}

/** A payment plan whose instalments do not add up to the contract's amount. */
export class PlanTotalMismatchError extends InvalidInputError {
  constructor(
    readonly plannedMinor: bigint,
    readonly contractMinor: bigint,
    readonly currency: string,
  ) {
    super("plan", "the instalments do not add up to the contract amount");
  }
}

/** An instalment due before the contract was signed (a typo in the year, usually). */
export class PlanBeforeSigningError extends InvalidInputError {
  constructor(readonly signedAt: Date) {
    super("plan", "an instalment is due before the contract was signed");
  }
}

/** A new plan that would owe less than was already received. */
export class PlanBelowPaidError extends InvalidInputError {
  constructor(
    readonly paidMinor: bigint,
    readonly currency: string,
  ) {
    super("plan", "less than already received");
  }
}
