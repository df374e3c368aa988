import { formatDate, formatMoney, type Locale } from "./format.js";
import type { Card, CardField } from "./model.js";

const DAY_MS = 86_400_000;

export interface ContractCardData {
  number: number;
  amountMinor: bigint;
  currency: string;
  signedAt: Date;
  company: { name: string };
  owner: { name: string };
  deal: { number: number; startsAt: Date | null; endsAt: Date | null };
  instalments: { seq: number; dueAt: Date; amountMinor: bigint; paidMinor: bigint }[];
  /** The running sum of its payments. */
  receivedMinor: bigint;
}

const W = {
  title: { zh: (n: number, c: string) => `合同 ${n} · ${c}`, en: (n: number, c: string) => `Contract ${n} · ${c}` },
  amount: { zh: "合同金额", en: "Amount" },
  received: { zh: "已回款", en: "Received" },
  balance: { zh: "未回款", en: "Balance" },
  signed: { zh: "签约日期", en: "Signed" },
  owner: { zh: "负责人", en: "Owner" },
  term: { zh: "合同期", en: "Term" },
  deal: { zh: "商机", en: "Deal" },
  plan: { zh: "回款计划", en: "Payment plan" },
  paid: { zh: "已付清", en: "paid" },
  partly: { zh: (left: string) => `还差 ${left}`, en: (left: string) => `${left} to go` },
  overdue: { zh: (days: number) => `逾期 ${days} 天`, en: (days: number) => `${days} day${days === 1 ? "" : "s"} overdue` },
  due: { zh: "待付", en: "due" },
  hint: {
    zh: (n: number) => `登记回款：回款 ${n} <金额|比例>；分期：合同 计划 ${n} 30% 12月31日，70% 2027-03-31`,
    en: (n: number) => `Record a payment: payment ${n} <amount|percent>; split it: contract plan ${n} 30% Dec 31, 70% 2027-03-31`,
  },
} as const;

/** A contract as its owner and manager look at it: what is owed, what came in, each instalment's state. */
export function contractCard(c: ContractCardData, ctx: { locale: Locale; timeZone: string; now: Date }): Card {
  const { locale, timeZone } = ctx;
  const money = (minor: bigint) => formatMoney(minor, c.currency, locale);
  const received = c.receivedMinor;
  const fields: CardField[] = [
    { label: W.amount[locale], value: money(c.amountMinor) },
    { label: W.received[locale], value: money(received) },
    { label: W.balance[locale], value: money(c.amountMinor - received) },
    { label: W.signed[locale], value: formatDate(c.signedAt, timeZone, locale) },
    { label: W.owner[locale], value: c.owner.name },
    { label: W.deal[locale], value: `#${c.deal.number}` },
  ];
  if (c.deal.startsAt || c.deal.endsAt) {
    const day = (d: Date | null) => (d ? formatDate(d, timeZone, locale) : "…");
    fields.push({ label: W.term[locale], value: `${day(c.deal.startsAt)} – ${day(c.deal.endsAt)}` });
  }
  const lines = c.instalments.map((i) => `${i.seq}. ${formatDate(i.dueAt, timeZone, locale)} ${money(i.amountMinor)} · ${instalmentState(i, ctx, money)}`);
  return {
    title: W.title[locale](c.number, c.company.name),
    blocks: [
      { type: "fields", fields },
      { type: "text", text: [`${W.plan[locale]}:`, ...lines].join("\n") },
      { type: "text", text: W.hint[locale](c.number) },
    ],
  };
}

function instalmentState(i: ContractCardData["instalments"][number], ctx: { locale: Locale; now: Date }, money: (minor: bigint) => string): string {
  const left = i.amountMinor - i.paidMinor;
  if (left <= 0n) return `✅ ${W.paid[ctx.locale]}`;
  const late = Math.floor((ctx.now.getTime() - i.dueAt.getTime()) / DAY_MS);
  const owed = i.paidMinor > 0n ? W.partly[ctx.locale](money(left)) : W.due[ctx.locale];
  return late >= 1 ? `⚠️ ${owed}, ${W.overdue[ctx.locale](late)}` : owed;
}
