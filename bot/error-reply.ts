import {
  AmbiguousError,
  ConflictError,
  DomainError,
  InvalidInputError,
  NotFoundError,
  PermissionDeniedError,
} from "../domain/shared/errors.js";
import { ENTITY_NAMES, M } from "./i18n/messages.js";
import type { Locale, Reply } from "./types.js";

/** Turns a typed domain error into a friendly sentence; anything else is an internal error. */
export function errorReply(error: unknown, locale: Locale): Reply {
  if (!(error instanceof DomainError)) return { text: M.internalError[locale]() };
  if (error instanceof NotFoundError) return { text: M.notFound[locale](ENTITY_NAMES[error.entity]?.[locale] ?? error.entity, error.query) };
  if (error instanceof AmbiguousError) {
    const names = error.candidates.map((c) => c.label).join(locale === "zh" ? "、" : ", ");
    return { text: `${M.whichOne[locale](ENTITY_NAMES[error.entity]?.[locale] ?? error.entity, error.query)} ${names}` };
  }
  if (error instanceof PermissionDeniedError) return { text: M.permissionDenied[locale]() };
  if (error instanceof InvalidInputError) return { text: M.invalidInput[locale](error.field, error.reason) };
  if (error instanceof ConflictError) {
    return { text: error.entity === "company" ? M.companyExists[locale](error.entityId) : M.conflict[locale]() };
  }
  return { text: M.internalError[locale]() };
}
