import { AmbiguousError, ConflictError, DomainError, InvalidInputError, NotFoundError, PermissionDeniedError } from "../domain/shared/errors.js";
import { CustomerAccessDeniedError } from "../domain/users/customer-access.js";
import { AccessM } from "./i18n/access-messages.js";
import { AlreadyRecordedError } from "../domain/shared/source-event.js";
import { ENTITY_NAMES, M } from "./i18n/messages.js";
import { R } from "./i18n/reliability-messages.js";
import { emptyNameMessage } from "./i18n/name-messages.js";
import { EMPTY_NAME } from "../domain/shared/clean-name.js";
import type { Locale, Reply } from "./types.js";

/** Turns a typed domain error into a friendly sentence; anything else is an internal error. */
export function errorReply(error: unknown, locale: Locale): Reply {
  if (!(error instanceof DomainError)) return { text: M.internalError[locale]() };
  if (error instanceof AlreadyRecordedError) return { text: R.alreadyRecorded[locale]() };
  if (error instanceof NotFoundError) return { text: M.notFound[locale](ENTITY_NAMES[error.entity]?.[locale] ?? error.entity, error.query) };
  if (error instanceof AmbiguousError) {
    const names = error.candidates.map((c) => c.label).join(locale === "zh" ? "、" : ", ");
    return { text: `${M.whichOne[locale](ENTITY_NAMES[error.entity]?.[locale] ?? error.entity, error.query)} ${names}` };
  }
  if (error instanceof CustomerAccessDeniedError) {
    return {
      text: AccessM.customerNotYours[locale]({ company: error.company.name, owner: error.ownerName, team: error.teamName, managers: error.managerNames }),
    };
  }
  // Seeing is not changing: "you can change your own records" would answer a question nobody asked.
  if (error instanceof PermissionDeniedError) return { text: (error.action === "view" ? M.viewDenied : M.permissionDenied)[locale]() };
  if (error instanceof InvalidInputError) return { text: invalidInputText(error, locale) };
  if (error instanceof ConflictError) {
    if (error.entity === "contact") return { text: M.contactExists[locale](error.entityId) };
    return { text: error.entity === "company" ? M.companyExists[locale](error.entityId) : M.conflict[locale]() };
  }
  return { text: M.internalError[locale]() };
}

// Field names as a Chinese user would say them; validation reasons are English, so a Chinese
// reply names the field and quotes nothing it cannot translate.
const FIELD_NAMES_ZH: Record<string, string> = {
  name: "名称",
  email: "邮箱",
  phone: "电话",
  title: "标题",
  timezone: "时区",
  role: "角色",
  date: "日期",
  dueAt: "时间",
  snoozeUntil: "推迟时间",
  summary: "内容",
  amountMinor: "金额",
  currency: "币种",
  tier: "客户等级",
  "action value": "按钮数据",
  kind: "类型",
  priority: "优先级",
  event: "消息",
};

function invalidInputText(error: InvalidInputError, locale: Locale): string {
  const field = FIELD_NAMES_ZH[error.field] ?? error.field;
  if (error.reason === EMPTY_NAME) return emptyNameMessage[locale](locale === "zh" ? field : error.field);
  // zod's "Invalid email address" already names the field: "Invalid email: Invalid email address." says it twice.
  if (locale === "en") {
    const namesField = error.reason.toLowerCase().startsWith(`invalid ${error.field.toLowerCase()}`);
    return namesField ? `${error.reason.replace(/[.\s]+$/u, "")}.` : M.invalidInput.en(error.field, error.reason);
  }
  const reason = /\p{Script=Han}/u.test(error.reason) || !/[a-z]{3}/i.test(error.reason) ? error.reason : "格式不正确";
  return M.invalidInput.zh(field, reason);
}
