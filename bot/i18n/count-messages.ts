import type { CountPeriod } from "../parse/detect-count-question.js";
import type { Locale } from "../types.js";

const PERIOD: Record<CountPeriod, Record<Locale, string>> = {
  today: { zh: "今天", en: "today" },
  yesterday: { zh: "昨天", en: "yesterday" },
  week: { zh: "本周", en: "this week" },
  "last-week": { zh: "上周", en: "last week" },
  month: { zh: "本月", en: "this month" },
  "last-month": { zh: "上个月", en: "last month" },
  quarter: { zh: "本季度", en: "this quarter" },
  year: { zh: "今年", en: "this year" },
  "named-month": { zh: "", en: "" },
};
const MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function periodLabel(a: CountAnswer, locale: Locale): string {
  if (a.period !== "named-month" || !a.month) return PERIOD[a.period][locale];
  return locale === "zh" ? `${a.month}月` : `in ${MONTH_EN[a.month - 1]}`;
}
const KIND_ZH: Record<string, string> = { call: "电话", meeting: "会面", visit: "拜访", email: "邮件", note: "备注" };
const KIND_EN: Record<string, [string, string]> = {
  call: ["call", "calls"],
  meeting: ["meeting", "meetings"],
  visit: ["visit", "visits"],
  email: ["email", "emails"],
  note: ["note", "notes"],
};
const WHO: Record<"mine" | "team" | "all", Record<Locale, string>> = {
  mine: { zh: "你", en: "You" },
  team: { zh: "你的团队", en: "Your team" },
  all: { zh: "全公司", en: "Everyone" },
};

export interface CountAnswer {
  count: number;
  scope: "mine" | "team" | "all";
  kind: string | null;
  period: CountPeriod;
  /** For a named-month period. */
  month?: number;
  company: string | null;
  /** The asker named no period: say which one was counted. */
  assumedPeriod: boolean;
}

/** "本月你共有 3 次拜访（华为）。" / "You logged 3 visits with 华为 this month." */
export function countAnswerText(a: CountAnswer, locale: Locale): string {
  if (locale === "zh") {
    const what = a.kind ? (KIND_ZH[a.kind] ?? a.kind) : "跟进记录";
    const assumed = a.assumedPeriod ? "（没说时间段，按本月算）" : "";
    return `${periodLabel(a, "zh")}${WHO[a.scope].zh}共有 ${a.count} 次${what}${a.company ? `（${a.company}）` : ""}。${assumed}`;
  }
  const [one, many] = a.kind ? (KIND_EN[a.kind] ?? [a.kind, `${a.kind}s`]) : ["activity", "activities"];
  const assumed = a.assumedPeriod ? " (no period given, so this month)" : "";
  return `${WHO[a.scope].en} logged ${a.count} ${a.count === 1 ? one : many}${a.company ? ` with ${a.company}` : ""} ${periodLabel(a, "en")}.${assumed}`;
}

export const CountM = {
  latest: { zh: "最近几条：", en: "Latest:" } satisfies Record<Locale, string>,
};

const OUTCOME: Record<"won" | "lost" | "new", Record<Locale, string>> = {
  won: { zh: "赢单", en: "won" },
  lost: { zh: "输单", en: "lost" },
  new: { zh: "新增商机", en: "new" },
};

/** "本月你共有 2 个赢单，¥860,000（华为）。" / "You won 2 deals this month ($95,000)." */
export function dealCountText(
  a: {
    count: number;
    scope: "mine" | "team" | "all";
    outcome: "won" | "lost" | "new";
    period: CountPeriod;
    month?: number;
    company: string | null;
    amounts: string;
    assumedPeriod: boolean;
  },
  locale: Locale,
): string {
  const label = periodLabel({ ...a, kind: null }, locale);
  if (locale === "zh") {
    const assumed = a.assumedPeriod ? "（没说时间段，按本月算）" : "";
    return `${label}${WHO[a.scope].zh}共有 ${a.count} 个${OUTCOME[a.outcome].zh}${a.count > 0 ? `，${a.amounts}` : ""}${a.company ? `（${a.company}）` : ""}。${assumed}`;
  }
  const assumed = a.assumedPeriod ? " (no period given, so this month)" : "";
  const deals = `${a.count} ${a.outcome === "new" ? "new " : ""}deal${a.count === 1 ? "" : "s"}`;
  const verb = a.outcome === "won" ? "won" : a.outcome === "lost" ? "lost" : "opened";
  return `${WHO[a.scope].en} ${verb} ${deals}${a.company ? ` with ${a.company}` : ""} ${label}${a.count > 0 ? ` (${a.amounts})` : ""}.${assumed}`;
}
