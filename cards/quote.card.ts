import type { ApprovalRow, QuoteView } from "../domain/quotes/quote-view.js";
import { formatDateTime, formatMoney, type Locale } from "./format.js";
import type { Card, CardBlock } from "./model.js";

const L = {
  quote: { zh: "报价单", en: "Quote" },
  company: { zh: "客户", en: "Company" },
  deal: { zh: "商机", en: "Deal" },
  owner: { zh: "销售", en: "Sales rep" },
  status: { zh: "状态", en: "Status" },
  subtotal: { zh: "原价合计", en: "Subtotal" },
  discount: { zh: "折扣", en: "Discount" },
  total: { zh: "总计", en: "Total" },
  maxDiscount: { zh: "最大折扣", en: "Largest discount" },
  lines: { zh: "明细", en: "Lines" },
  noLines: { zh: "（还没有明细，用“报价 明细 <产品> <数量> <单价> [折扣%]”添加）", en: "(no lines yet: quote line <product> <qty> <unit price> [discount%])" },
  approvals: { zh: "审批", en: "Approvals" },
} as const;

const STATUS: Record<string, Record<Locale, string>> = {
  draft: { zh: "草稿", en: "Draft" },
  pending: { zh: "审批中", en: "Pending approval" },
  approved: { zh: "✅ 已批准", en: "✅ Approved" },
  rejected: { zh: "❌ 已驳回", en: "❌ Rejected" },
  waiting: { zh: "等待中", en: "Waiting" },
  skipped: { zh: "已跳过", en: "Skipped" },
  cancelled: { zh: "已取消", en: "Cancelled" },
};
const ROLE: Record<string, Record<Locale, string>> = { manager: { zh: "经理", en: "Manager" }, director: { zh: "总监", en: "Director" } };

export interface QuoteCardContext {
  locale: Locale;
  timeZone: string;
}

export function statusName(status: string, locale: Locale): string {
  return STATUS[status]?.[locale] ?? status;
}

export function roleName(role: string | null, locale: Locale): string {
  return role ? (ROLE[role]?.[locale] ?? role) : "";
}

/** The quote with its lines, totals and approval steps (no buttons; see approval.card.ts). */
export function quoteCard(quote: QuoteView, ctx: QuoteCardContext): Card {
  const { locale, timeZone } = ctx;
  const money = (minor: bigint) => formatMoney(minor, quote.currency, locale);
  const fields = [
    { label: L.company[locale], value: quote.company.name },
    ...(quote.deal ? [{ label: L.deal[locale], value: `#${quote.deal.number} ${quote.deal.title}` }] : []),
    { label: L.owner[locale], value: quote.owner.name },
    { label: L.status[locale], value: statusName(quote.status, locale) },
    { label: L.subtotal[locale], value: money(quote.subtotalMinor) },
    { label: L.discount[locale], value: `-${money(quote.discountMinor)}` },
    { label: L.total[locale], value: money(quote.totalMinor) },
    { label: L.maxDiscount[locale], value: `${(quote.maxDiscountBp / 100).toFixed(quote.maxDiscountBp % 100 === 0 ? 0 : 2)}%` },
  ];
  const lines = quote.lines.map(
    (l) =>
      `${l.position}. ${l.product} × ${l.quantity} @ ${money(l.unitPriceMinor)}${l.discountBp > 0 ? ` -${l.discountBp / 100}%` : ""} = ${money(l.totalMinor)}`,
  );
  const blocks: CardBlock[] = [
    { type: "fields", fields },
    { type: "text", text: `${L.lines[locale]}\n${lines.length > 0 ? lines.join("\n") : L.noLines[locale]}` },
  ];
  if (quote.approvals.length > 0) {
    blocks.push({ type: "text", text: `${L.approvals[locale]}\n${quote.approvals.map((a) => approvalLine(quote, a, ctx)).join("\n")}` });
  }
  return { title: `${L.quote[locale]} ${quote.number} · ${quote.company.name}`, blocks };
}

function approvalLine(quote: QuoteView, a: ApprovalRow, { locale, timeZone }: QuoteCardContext): string {
  const who = a.approverId ? (quote.names[a.approverId] ?? "?") : "?";
  const when = a.decidedAt ? ` · ${formatDateTime(a.decidedAt, timeZone, locale)}` : "";
  const comment = a.comment ? ` · “${a.comment}”` : "";
  return `${a.step}. ${roleName(a.approverRole, locale)} ${who}: ${statusName(a.status, locale)}${when}${comment}`;
}
