/**
 * Typed domain errors. Each carries a stable `code` and the parameters the bot needs
 * to word a friendly reply in the user's language; the domain never writes chat text.
 */
export type DomainErrorCode = "not-found" | "ambiguous" | "permission-denied" | "invalid-input" | "conflict";

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
}

export type EntityType =
  | "company"
  | "contact"
  | "deal"
  | "followup"
  | "ticket"
  | "stage"
  | "user"
  | "activity"
  | "quote"
  | "approval"
  | "article"
  | "rule"
  | "alert"
  | "team"
  | "record"
  | "target"
  | "import"
  | "contract"
  | "rate"
  | "report"
  | "lead"
  | "campaign"
  | "lead-source";

export class NotFoundError extends DomainError {
  readonly code = "not-found" as const;
  constructor(
    readonly entity: EntityType,
    readonly query: string,
  ) {
    super(`${entity} not found: ${query}`);
  }
}

export interface Candidate {
  id: string;
  label: string;
  /** Text that names exactly this candidate when typed back (full name, "#12"). */
  ref: string;
}

export class AmbiguousError extends DomainError {
  readonly code = "ambiguous" as const;
  constructor(
    readonly entity: EntityType,
    readonly query: string,
    readonly candidates: Candidate[],
  ) {
    super(`${entity} "${query}" is ambiguous: ${candidates.map((c) => c.label).join(", ")}`);
  }
}

export class PermissionDeniedError extends DomainError {
  readonly code = "permission-denied" as const;
  constructor(
    readonly action: string,
    readonly entity: EntityType,
    readonly entityId?: string,
  ) {
    super(`not allowed to ${action} ${entity}${entityId ? ` ${entityId}` : ""}`);
  }
}

export class InvalidInputError extends DomainError {
  readonly code = "invalid-input" as const;
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`invalid ${field}: ${reason}`);
  }
}

export class ConflictError extends DomainError {
  readonly code = "conflict" as const;
  constructor(
    readonly entity: EntityType,
    readonly entityId: string,
  ) {
    super(`${entity} ${entityId} was changed by someone else`);
  }
}
