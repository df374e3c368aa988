import { formatDateTime, formatMoney } from "../../cards/format.js";
import { stageName } from "../../cards/labels.js";
import type { AuditFieldChange, AuditLine } from "../../domain/audit/audit-query.service.js";
import { isSealedValue } from "../../domain/shared/field-cipher.js";
import type { TurnContext } from "../context.js";
import { ACTIVITY_NAMES } from "../i18n/messages.js";
import type { Locale } from "../types.js";
import { ROLE_LABELS, actionLabel, fieldLabel } from "./audit-labels.js";

type Lookup = Map<string, string>;
interface Names {
  users: Lookup;
  companies: Lookup;
  contacts: Lookup;
  deals: Lookup;
  stages: Lookup;
  teams: Lookup;
}

const USER_FIELDS = new Set(["ownerId", "actorId", "assigneeId", "changedById", "approverId", "requesterId", "userId"]);
const STAGE_FIELDS = new Set(["stageId", "fromStageId", "toStageId"]);
const MONEY_FIELDS = new Set(["amountMinor", "totalMinor", "unitPriceMinor", "discountMinor"]);
const MAX_VALUE = 60;

/**
 * Audit lines in the reader's words: "金额：¥2,000,000 → ¥300,000", "阶段：线索 → 方案",
 * "负责人：李雷" — labels instead of columns, money as money, names instead of ids.
 */
export async function formatAuditLines(ctx: TurnContext, lines: AuditLine[]): Promise<string[]> {
  const names = await lookupNames(
    ctx,
    lines.flatMap((l) => l.fields),
  );
  const { locale } = ctx;
  return lines.map((l) => {
    const who = l.actorName ?? (locale === "zh" ? "系统" : "system");
    const head = `${formatDateTime(l.at, ctx.timezone, locale)} · ${who} · ${l.channel ?? "-"} · ${actionLabel(l.action, locale)}`;
    if (l.fields.length === 0) return head;
    const value = (f: AuditFieldChange, v: unknown) => showValue(ctx, names, f.field, v, l.currency);
    const parts = l.fields.map((f) =>
      l.kind === "create"
        ? `${fieldLabel(f.field, locale)}${locale === "zh" ? "：" : ": "}${value(f, f.after)}`
        : `${fieldLabel(f.field, locale)}${locale === "zh" ? "：" : ": "}${value(f, f.before)} → ${value(f, f.after)}`,
    );
    return `${head}\n    ${parts.join(locale === "zh" ? "；" : "; ")}`;
  });
}

function showValue(ctx: TurnContext, names: Names, field: string, value: unknown, currency: string | null): string {
  const locale: Locale = ctx.locale;
  if (value === null || value === undefined || value === "") return "—";
  if (MONEY_FIELDS.has(field) && /^-?\d+$/.test(String(value))) return formatMoney(BigInt(String(value)), currency ?? "CNY", locale);
  if (typeof value === "boolean") return value ? (locale === "zh" ? "是" : "yes") : locale === "zh" ? "否" : "no";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const lookup = lookupFor(names, field);
  if (lookup) return lookup.get(text) ?? shorten(text);
  if (field === "kind" && ACTIVITY_NAMES[text]) return ACTIVITY_NAMES[text][locale].replace(/^(a|an) /, "");
  if (field === "role" && ROLE_LABELS[text]) return ROLE_LABELS[text][locale];
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return formatDateTime(new Date(text), ctx.timezone, locale);
  return shorten(text);
}

function shorten(text: string): string {
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function lookupFor(names: Names, field: string): Lookup | null {
  if (USER_FIELDS.has(field)) return names.users;
  if (STAGE_FIELDS.has(field)) return names.stages;
  if (field === "companyId") return names.companies;
  if (field === "contactId") return names.contacts;
  if (field === "dealId") return names.deals;
  if (field === "teamId") return names.teams;
  return null;
}

/** One query per kind of id, for all lines at once. */
async function lookupNames(ctx: TurnContext, fields: AuditFieldChange[]): Promise<Names> {
  const ids = (pick: (field: string) => boolean) => [
    ...new Set(
      fields
        .filter((f) => pick(f.field))
        .flatMap((f) => [f.before, f.after])
        .filter((v): v is string => typeof v === "string"),
    ),
  ];
  const [{ users, companies, contacts, deals, teams }, stages] = await Promise.all([
    ctx.domain.names.many({
      users: ids((f) => USER_FIELDS.has(f)),
      companies: ids((f) => f === "companyId"),
      contacts: ids((f) => f === "contactId"),
      deals: ids((f) => f === "dealId"),
      teams: ids((f) => f === "teamId"),
    }),
    ctx.domain.stages.list(),
  ]);
  const map = (rows: { id: string; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]));
  return {
    users: map(users),
    companies: map(companies),
    // An encrypted name stays hidden here, as everywhere in the trail.
    contacts: map(contacts.map((c) => ({ id: c.id, name: isSealedValue(c.name) ? "🔒" : c.name }))),
    deals: new Map(deals.map((d) => [d.id, `#${d.number} ${d.title}`])),
    teams: map(teams),
    stages: new Map(stages.map((s) => [s.id, stageName(s, ctx.locale)])),
  };
}
