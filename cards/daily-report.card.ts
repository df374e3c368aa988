import type { RepDay } from "../domain/reports/daily-report.service.js";
import { formatDateTime, formatMoney, type Locale } from "./format.js";
import { stageName } from "./labels.js";
import type { Card, CardBlock, CardButton } from "./model.js";

const W = {
  title: { zh: (day: string, name: string) => `📝 销售日报 · ${day} · ${name}`, en: (day: string, name: string) => `📝 Daily report · ${day} · ${name}` },
  weekTitle: {
    zh: (week: string, name: string) => `📝 销售周报 · ${week} · ${name}`,
    en: (week: string, name: string) => `📝 Weekly report · ${week} · ${name}`,
  },
  weekActivities: { zh: "本周跟进", en: "Activities this week" },
  nextWeek: { zh: "下周待办", en: "Next week" },
  activities: { zh: "今日跟进", en: "Activities" },
  newDeals: { zh: "新商机", en: "New deals" },
  moves: { zh: "阶段变化", en: "Stage moves" },
  payments: { zh: "回款", en: "Payments" },
  tomorrow: { zh: "明日待办", en: "Tomorrow" },
  note: { zh: "说明", en: "Note" },
  none: { zh: "无", en: "none" },
  noAmount: { zh: "未填金额", en: "no amount yet" },
  confirmed: { zh: "✅ 已确认", en: "✅ Confirmed" },
  unconfirmed: { zh: "未确认（按记录生成）", en: "Not confirmed (generated from the records)" },
  confirm: { zh: "确认", en: "Confirm" },
  addNote: { zh: "补充说明", en: "Add a note" },
  kinds: {
    zh: { call: "电话", visit: "拜访", meeting: "会面", email: "邮件", note: "备注" } as Record<string, string>,
    en: { call: "Call", visit: "Visit", meeting: "Meeting", email: "Email", note: "Note" } as Record<string, string>,
  },
} as const;

/**
 * A rep's daily report (销售日报): the day's activities, new deals, stage moves and payments, and
 * tomorrow's follow-ups. The rep's own draft carries Confirm / Add a note; the manager's copy says
 * whether it was confirmed.
 */
export function dailyReportCard(d: RepDay, ctx: { locale: Locale; timeZone: string; actions: boolean; week?: string }): Card {
  const { locale } = ctx;
  const week = ctx.week !== undefined;
  const list = (heading: string, lines: string[]) => [heading, ...(lines.length > 0 ? lines : [`• ${W.none[locale]}`])].join("\n");
  const blocks: CardBlock[] = [
    {
      type: "text",
      text: list(
        `${(week ? W.weekActivities : W.activities)[locale]} (${d.activities.length})`,
        d.activities.map((a) => `• ${W.kinds[locale][a.kind] ?? a.kind}${a.companyName ? ` · ${a.companyName}` : ""}: ${a.summary}`),
      ),
    },
    {
      type: "text",
      text: list(
        W.newDeals[locale],
        d.newDeals.map((x) => `• #${x.number} ${x.title} ${x.amountMinor > 0n ? formatMoney(x.amountMinor, x.currency, locale) : W.noAmount[locale]}`),
      ),
    },
    {
      type: "text",
      text: list(
        W.moves[locale],
        d.moves.map((x) => `• #${x.number} ${x.title} → ${stageName(x.stage, locale)}`),
      ),
    },
    {
      type: "text",
      text: list(
        W.payments[locale],
        d.payments.map((x) => `• ${x.companyName} · ${formatMoney(x.amountMinor, x.currency, locale)}`),
      ),
    },
    {
      type: "text",
      text: list(
        (week ? W.nextWeek : W.tomorrow)[locale],
        d.tomorrow.map((x) => `• ${formatDateTime(x.dueAt, ctx.timeZone, locale)} ${x.title}`),
      ),
    },
  ];
  if (d.note) blocks.push({ type: "text", text: `${W.note[locale]}: ${d.note}` });
  // A week is the sum of its days: confirming is per day (销售日报).
  if (!week) blocks.push({ type: "text", text: d.confirmedAt ? W.confirmed[locale] : W.unconfirmed[locale] });
  if (ctx.actions && !week) {
    const buttons: CardButton[] = [
      { label: W.confirm[locale], actionId: "daily.confirm", value: d.day, style: "primary" },
      { label: W.addNote[locale], actionId: "daily.note", value: d.day },
    ];
    blocks.push({ type: "actions", buttons });
  }
  return { title: week ? W.weekTitle[locale](ctx.week!, d.name) : W.title[locale](d.day, d.name), blocks };
}
