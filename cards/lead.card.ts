import type { ScoreReason } from "../domain/leads/lead-score.js";
import type { Locale } from "../bot/types.js";
import { formatDate } from "./format.js";
import { fieldBlocks } from "./limits.js";
import type { Card, CardButton, CardField } from "./model.js";

/** What a lead card shows (LeadView's fields the card reads). */
export interface LeadCardData {
  id: string;
  number: number;
  name: string;
  companyName: string | null;
  title: string | null;
  phone: string | null;
  email: string | null;
  wechatId: string | null;
  teamId?: string | null;
  region?: string | null;
  industry?: string | null;
  source: string;
  campaignName: string | null;
  status: string;
  disqualifiedReason: string | null;
  ownerId: string | null;
  ownerName: string | null;
  score: number;
  scoreReasons: ScoreReason[];
  lastTouchedAt: Date;
  notes: string | null;
}

const SOURCE_NAMES: Record<string, Record<Locale, string>> = {
  chat: { zh: "聊天录入", en: "chat" },
  web: { zh: "官网表单", en: "website" },
  ads: { zh: "广告投放", en: "ads" },
  "trade-show": { zh: "展会", en: "trade show" },
  referral: { zh: "转介绍", en: "referral" },
  wecom: { zh: "企业微信", en: "WeCom" },
  import: { zh: "导入", en: "import" },
  other: { zh: "其他", en: "other" },
};
const STATUS_NAMES: Record<string, Record<Locale, string>> = {
  new: { zh: "新线索", en: "new" },
  contacted: { zh: "已联系", en: "contacted" },
  qualified: { zh: "已确认需求", en: "qualified" },
  converted: { zh: "已转化", en: "converted" },
  disqualified: { zh: "无效", en: "disqualified" },
};
const REASON_NAMES: Record<ScoreReason["rule"], Record<Locale, string>> = {
  source: { zh: "来源", en: "source" },
  "senior-title": { zh: "决策人", en: "decision maker" },
  phone: { zh: "有电话/微信", en: "phone or WeChat" },
  email: { zh: "有邮箱", en: "email" },
  company: { zh: "有公司", en: "company named" },
  engagement: { zh: "跟进", en: "touches" },
};

export const leadSourceName = (source: string, locale: Locale) => SOURCE_NAMES[source]?.[locale] ?? source;
export const leadStatusName = (status: string, locale: Locale) => STATUS_NAMES[status]?.[locale] ?? status;

/** "来源 +20（展会）· 决策人 +20": the score's reasons in the reader's language. */
export function scoreReasonsText(reasons: readonly ScoreReason[], locale: Locale): string {
  return reasons
    .map((r) => {
      const detail = r.rule === "source" && r.detail ? leadSourceName(r.detail, locale) : r.rule === "engagement" && r.detail ? `×${r.detail}` : "";
      return `${REASON_NAMES[r.rule][locale]} +${r.points}${detail ? (locale === "zh" ? `（${detail}）` : ` (${detail})`) : ""}`;
    })
    .join(" · ");
}

/** One lead: who, company, how to reach them, where from, status, owner (or the pool), the score and why. */
export function leadCard(lead: LeadCardData, ctx: { locale: Locale; timeZone: string; viewerId?: string }): Card {
  const zh = ctx.locale === "zh";
  const fields: CardField[] = [
    ...(lead.companyName ? [{ label: zh ? "公司" : "Company", value: lead.companyName }] : []),
    ...(lead.title ? [{ label: zh ? "职位" : "Title", value: lead.title }] : []),
    ...(lead.phone ? [{ label: zh ? "电话" : "Phone", value: lead.phone }] : []),
    ...(lead.email ? [{ label: zh ? "邮箱" : "Email", value: lead.email }] : []),
    ...(lead.wechatId ? [{ label: zh ? "微信" : "WeChat", value: lead.wechatId }] : []),
    ...(lead.region ? [{ label: zh ? "地区" : "Region", value: lead.region }] : []),
    ...(lead.industry ? [{ label: zh ? "行业" : "Industry", value: lead.industry }] : []),
    { label: zh ? "来源" : "Source", value: leadSourceName(lead.source, ctx.locale) + (lead.campaignName ? ` · ${lead.campaignName}` : "") },
    {
      label: zh ? "状态" : "Status",
      value:
        leadStatusName(lead.status, ctx.locale) + (lead.disqualifiedReason ? (zh ? `（${lead.disqualifiedReason}）` : ` (${lead.disqualifiedReason})`) : ""),
    },
    { label: zh ? "负责人" : "Owner", value: lead.ownerName ?? (zh ? "公海" : "the pool") },
    { label: zh ? "评分" : "Score", value: `${lead.score}${lead.scoreReasons.length > 0 ? ` = ${scoreReasonsText(lead.scoreReasons, ctx.locale)}` : ""}` },
    { label: zh ? "最近跟进" : "Last worked on", value: formatDate(lead.lastTouchedAt, ctx.timeZone, ctx.locale) },
  ];
  const open = ["new", "contacted", "qualified"].includes(lead.status);
  const buttons: CardButton[] = [];
  if (open && lead.ownerId === null) buttons.push({ label: zh ? "领取" : "Claim", actionId: "lead.claim", value: lead.id, style: "primary" });
  if (open && lead.ownerId !== null) buttons.push({ label: zh ? "转为客户和商机" : "Convert", actionId: "lead.convert", value: lead.id, style: "primary" });
  if (open && lead.ownerId !== null && lead.ownerId === ctx.viewerId && lead.teamId !== null && lead.teamId !== undefined)
    buttons.push({ label: zh ? "退回公海" : "Back to the pool", actionId: "lead.release", value: lead.id });
  const notes = lead.notes ? lead.notes.split("\n").slice(-3).join("\n") : "";
  return {
    title: `${zh ? "线索" : "Lead"} #${lead.number} ${lead.name}${lead.companyName ? ` · ${lead.companyName}` : ""}`,
    blocks: [
      // With region and industry a lead has up to 12 fields: more than one block holds.
      ...fieldBlocks(fields),
      ...(notes ? [{ type: "text" as const, text: notes }] : []),
      ...(buttons.length > 0 ? [{ type: "actions" as const, buttons }] : []),
    ],
  };
}
