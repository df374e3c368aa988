import type { HealthPart } from "../domain/companies/customer-health.js";
import { healthPartsText } from "./health-parts.js";
import { autoLabel } from "./automation-labels.js";
import { formatDate, formatDateTime, formatDealAmount, formatMoney, type Locale } from "./format.js";
import type { Card } from "./model.js";

export interface AlertCardContext {
  locale: Locale;
  timeZone: string;
  now: Date;
  alertId: string;
}

const daysSince = (now: Date, date: Date) => Math.floor((now.getTime() - date.getTime()) / 86_400_000);

export interface StaleDealCardData {
  id: string;
  number: number;
  title: string;
  amountMinor: bigint;
  currency: string;
  lastActivityAt: Date;
  companyName: string;
  ownerName: string;
}

/** Stale deal: marked at risk; log an activity, snooze 3 days or mark it lost. */
export function staleDealCard(deal: StaleDealCardData, ctx: AlertCardContext & { snoozeDays: number }): Card {
  const { locale } = ctx;
  const quiet = daysSince(ctx.now, deal.lastActivityAt);
  return {
    title: `${autoLabel("staleTitle", locale)} #${deal.number} ${deal.title}`,
    blocks: [
      {
        type: "fields",
        fields: [
          { label: autoLabel("company", locale), value: deal.companyName },
          { label: autoLabel("amount", locale), value: formatDealAmount(deal.amountMinor, deal.currency, locale) },
          { label: autoLabel("owner", locale), value: deal.ownerName },
          { label: autoLabel("lastActivity", locale), value: formatDateTime(deal.lastActivityAt, ctx.timeZone, locale) },
        ],
      },
      { type: "text", text: locale === "zh" ? `已经 ${quiet} 天没有跟进，已标记为有风险。` : `No activity for ${quiet} days; marked at risk.` },
      {
        type: "actions",
        buttons: [
          { label: autoLabel("logActivity", locale), actionId: "alert.log-activity", value: deal.id, style: "primary" },
          {
            label: locale === "zh" ? `推迟 ${ctx.snoozeDays} 天` : `Snooze ${ctx.snoozeDays} days`,
            actionId: "alert.snooze",
            value: `${ctx.alertId}:${ctx.snoozeDays}`,
          },
          { label: autoLabel("markLost", locale), actionId: "deal.mark-lost", value: deal.id, style: "danger" },
          { label: autoLabel("openDeal", locale), actionId: "deal.show", value: deal.id },
        ],
      },
    ],
  };
}

export interface FollowUpCardData {
  id: string;
  title: string;
  dueAt: Date;
  ownerName: string;
  companyName: string | null;
  deal: { number: number; title: string } | null;
}

/** Overdue follow-up: at the due time, the next morning, and to the manager after N days. */
export function overdueFollowUpCard(f: FollowUpCardData, ctx: AlertCardContext & { stage: "due" | "morning" | "manager" }): Card {
  const { locale } = ctx;
  const title = `${autoLabel(ctx.stage === "due" ? "dueTitle" : "overdueTitle", locale)}${ctx.stage === "manager" ? autoLabel("managerCopy", locale) : ""}`;
  const fields = [
    { label: autoLabel("due", locale), value: formatDateTime(f.dueAt, ctx.timeZone, locale) },
    { label: autoLabel("owner", locale), value: f.ownerName },
  ];
  if (f.companyName) fields.push({ label: autoLabel("company", locale), value: f.companyName });
  if (f.deal) fields.push({ label: locale === "zh" ? "商机" : "Deal", value: `#${f.deal.number} ${f.deal.title}` });
  return {
    title,
    blocks: [
      { type: "text", text: f.title },
      { type: "fields", fields },
      {
        type: "actions",
        buttons: [
          { label: autoLabel("done", locale), actionId: "followup.done", value: f.id, style: "primary" },
          { label: autoLabel("snooze1", locale), actionId: "alert.snooze", value: `${ctx.alertId}:1` },
        ],
      },
    ],
  };
}

export interface ChurnCardData {
  companyName: string;
  tier: string;
  reason: "inactive" | "tickets";
  daysSilent: number;
  recentTickets: number;
  score: number;
  /** The deductions behind the score, explained on the card. */
  parts?: HealthPart[];
}

export function churnCard(c: ChurnCardData, ctx: AlertCardContext): Card {
  const { locale } = ctx;
  const reason =
    c.reason === "inactive"
      ? locale === "zh"
        ? `已经 ${c.daysSilent} 天没有任何互动。`
        : `No interaction for ${c.daysSilent} days.`
      : locale === "zh"
        ? `近期有 ${c.recentTickets} 个工单/投诉。`
        : `${c.recentTickets} tickets/complaints recently.`;
  return {
    title: `${autoLabel("churnTitle", locale)}: ${c.companyName}`,
    blocks: [
      { type: "text", text: reason },
      {
        type: "fields",
        fields: [
          { label: autoLabel("healthScore", locale), value: `${c.score}/100` },
          { label: autoLabel("tier", locale), value: c.tier },
          { label: autoLabel("silentDays", locale), value: String(c.daysSilent) },
          { label: autoLabel("recentTickets", locale), value: String(c.recentTickets) },
          ...(c.parts && c.parts.length > 0
            ? [{ label: locale === "zh" ? "健康分构成" : "How the score is made", value: healthPartsText(c.score, c.parts, locale) }]
            : []),
        ],
      },
      { type: "actions", buttons: [{ label: autoLabel("snooze3", locale), actionId: "alert.snooze", value: `${ctx.alertId}:3` }] },
    ],
  };
}

export interface SlaCardData {
  number: number;
  title: string;
  priority: string;
  slaDueAt: Date;
  createdAt: Date;
  companyName: string;
}

export function slaCard(t: SlaCardData, ctx: AlertCardContext): Card {
  const { locale } = ctx;
  const hours = Math.floor((ctx.now.getTime() - t.createdAt.getTime()) / 3_600_000);
  return {
    title: `${autoLabel("slaTitle", locale)} #${t.number}`,
    blocks: [
      {
        type: "text",
        text: `${t.title}\n${locale === "zh" ? `已 ${hours} 小时未响应，已升级给团队负责人。` : `Unanswered for ${hours} h; escalated to the team lead.`}`,
      },
      {
        type: "fields",
        fields: [
          { label: autoLabel("company", locale), value: t.companyName },
          { label: autoLabel("priority", locale), value: t.priority },
          { label: autoLabel("slaDue", locale), value: formatDateTime(t.slaDueAt, ctx.timeZone, locale) },
        ],
      },
    ],
  };
}

export interface RenewalCardData {
  dealId: string;
  number: number;
  title: string;
  companyName: string;
  endsAt: Date;
  amountMinor: bigint;
  currency: string;
  followUpId: string;
}

export function renewalCard(r: RenewalCardData, ctx: AlertCardContext): Card {
  const { locale } = ctx;
  return {
    title: `${autoLabel("renewalTitle", locale)}: #${r.number} ${r.title}`,
    blocks: [
      {
        type: "text",
        text: locale === "zh" ? "合同即将到期，已为你创建续约跟进。" : "The contract ends soon; a renewal follow-up was created for you.",
      },
      {
        type: "fields",
        fields: [
          { label: autoLabel("company", locale), value: r.companyName },
          { label: autoLabel("endsAt", locale), value: formatDate(r.endsAt, ctx.timeZone, locale) },
          { label: autoLabel("amount", locale), value: formatDealAmount(r.amountMinor, r.currency, locale) },
        ],
      },
      {
        type: "actions",
        buttons: [
          { label: autoLabel("openDeal", locale), actionId: "deal.show", value: r.dealId },
          { label: autoLabel("done", locale), actionId: "followup.done", value: r.followUpId },
        ],
      },
    ],
  };
}

export interface PaymentOverdueCardData {
  contractNumber: number;
  companyName: string;
  ownerName: string;
  seq: number;
  dueAt: Date;
  owedMinor: bigint;
  currency: string;
  dealId: string;
  followUpId: string;
}

/** An instalment past due and not paid: who owes what since when, for the owner and their manager. */
export function paymentOverdueCard(p: PaymentOverdueCardData, ctx: AlertCardContext): Card {
  const { locale } = ctx;
  const zh = locale === "zh";
  const late = daysSince(ctx.now, p.dueAt);
  const buttons = [{ label: autoLabel("openDeal", locale), actionId: "deal.show", value: p.dealId }];
  if (p.followUpId) buttons.push({ label: autoLabel("done", locale), actionId: "followup.done", value: p.followUpId });
  return {
    title: `${autoLabel("paymentOverdueTitle", locale)}: ${zh ? `合同 ${p.contractNumber}` : `contract ${p.contractNumber}`} · ${p.companyName}`,
    blocks: [
      {
        type: "text",
        text: zh
          ? `第 ${p.seq} 期已逾期 ${late} 天未付清${p.followUpId ? "，已为负责人创建催款跟进" : ""}。登记到账：回款 ${p.contractNumber} <金额>`
          : `Instalment ${p.seq} is ${late} days overdue${p.followUpId ? "; a collection follow-up was created for the owner" : ""}. When it comes in: payment ${p.contractNumber} <amount>`,
      },
      {
        type: "fields",
        fields: [
          { label: zh ? "未付" : "Owed", value: formatMoney(p.owedMinor, p.currency, locale) },
          { label: zh ? "到期日" : "Due", value: formatDate(p.dueAt, ctx.timeZone, locale) },
          { label: autoLabel("company", locale), value: p.companyName },
          { label: zh ? "负责人" : "Owner", value: p.ownerName },
        ],
      },
      { type: "actions", buttons },
    ],
  };
}
