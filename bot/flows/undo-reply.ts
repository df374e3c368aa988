import { formatDateTime, formatMoney } from "../../cards/format.js";
import { COMPANY_STATUS_NAMES, stageName } from "../../cards/labels.js";
import { truncate } from "../../cards/limits.js";
import type { UndoResult, UndoStep } from "../../domain/audit/undo.service.js";
import { actionLabel } from "../commands/audit-labels.js";
import { ACTIVITY_NAMES, ENTITY_NAMES } from "../i18n/messages.js";
import { U } from "../i18n/undo-messages.js";
import type { Locale, Reply } from "../types.js";

/** What an undo did, in the user's words: one line per record removed, restored or kept. */
export function undoReply(result: UndoResult, locale: Locale, timeZone: string): Reply[] {
  if (result.status === "nothing") return [{ text: U.nothingToUndo[locale]() }];
  if (result.status === "already-undone") return [{ text: U.alreadyUndone[locale]() }];
  if (result.status === "not-yours") return [{ text: U.notYours[locale]() }];
  if (result.steps.length === 0) return [{ text: U.nothingReverted[locale]() }];
  return [{ text: [U.undoneTitle[locale](), ...result.steps.map((s) => stepLine(s, locale, timeZone))].join("\n") }];
}

function stepLine(step: UndoStep, locale: Locale, timeZone: string): string {
  if (step.kind === "removed") return U.removed[locale](recordName(step.entityType, step.snapshot, locale));
  if (step.kind === "restored") {
    const deal = `${ENTITY_NAMES.deal![locale]} #${step.dealNumber}`;
    const field = FIELD_NAMES[step.field][locale];
    return U.restored[locale](`${deal} ${field}`, valueText(step.field, step.from, locale), valueText(step.field, step.to, locale));
  }
  if (step.kind === "followup-moved-back") {
    const when = (at: Date) => formatDateTime(at, timeZone, locale);
    return U.restored[locale](
      `${ENTITY_NAMES.followup![locale]}${locale === "zh" ? "「" : " “"}${truncate(step.title, 40)}${locale === "zh" ? "」" : "”"}`,
      when(step.from),
      when(step.to),
    );
  }
  if (step.kind === "activity-kind-restored") {
    const kind = (k: string) => ACTIVITY_NAMES[k]?.[locale] ?? k;
    const quoted = locale === "zh" ? `「${truncate(step.summary, 40)}」` : ` “${truncate(step.summary, 40)}”`;
    return U.restored[locale](`${ENTITY_NAMES.activity?.[locale] ?? "activity"}${quoted}`, kind(step.from), kind(step.to));
  }
  if (step.kind === "company-restored") {
    const field = COMPANY_FIELD_NAMES[step.field][locale];
    const value = (v: string) => (step.field === "status" ? (COMPANY_STATUS_NAMES[v]?.[locale] ?? v) : v);
    return U.restored[locale](`${ENTITY_NAMES.company![locale]} ${step.companyName} ${field}`, value(step.from), value(step.to));
  }
  const what = `${ENTITY_NAMES[step.entityType]?.[locale] ?? step.entityType}`;
  if (step.kind === "undeleted") return U.undeleted[locale](`${what} ${step.label}`);
  if (step.reason === "changed-since") return U.keptChanged[locale](what);
  if (step.reason === "in-use") return U.keptInUse[locale](what);
  const how = actionLabel(step.action, locale);
  return U.keptUnsupported[locale](locale === "zh" ? `${what}（${how}）` : `${what} (${how})`);
}

const FIELD_NAMES: Record<"amount" | "stage" | "title", Record<Locale, string>> = {
  amount: { zh: "金额", en: "amount" },
  stage: { zh: "阶段", en: "stage" },
  title: { zh: "名称", en: "title" },
};

const COMPANY_FIELD_NAMES: Record<"status" | "tier", Record<Locale, string>> = {
  status: { zh: "状态", en: "status" },
  tier: { zh: "级别", en: "tier" },
};

function valueText(field: "amount" | "stage" | "title", value: unknown, locale: Locale): string {
  const record = (value ?? {}) as Record<string, unknown>;
  if (field === "amount") return formatMoney(BigInt(String(record.amountMinor ?? 0)), String(record.currency ?? "CNY"), locale);
  if (field === "stage") return stageName({ nameZh: String(record.nameZh ?? ""), nameEn: String(record.nameEn ?? "") }, locale);
  return String(value ?? "");
}

/** "活动「拜访了华为…」", "deal #3 Acme", "company Acme" — enough to recognise the record. */
function recordName(entityType: string, snapshot: Record<string, unknown>, locale: Locale): string {
  const kind = ENTITY_NAMES[entityType]?.[locale] ?? entityType;
  const text = (v: unknown) => truncate(String(v ?? ""), 40);
  const quoted = (v: unknown) => (locale === "zh" ? `「${text(v)}」` : `“${text(v)}”`);
  if (entityType === "activity") return `${kind}${locale === "zh" ? "" : " "}${quoted(snapshot.summary)}`;
  if (entityType === "followup") return `${kind}${locale === "zh" ? "" : " "}${quoted(snapshot.title)}`;
  if (entityType === "deal") return `${kind} #${String(snapshot.number ?? "")} ${text(snapshot.title)}`;
  if (entityType === "payment") return `${kind} ${formatMoney(BigInt(String(snapshot.amountMinor ?? 0)), String(snapshot.currency ?? "CNY"), locale)}`;
  return `${kind} ${text(snapshot.name)}`;
}
