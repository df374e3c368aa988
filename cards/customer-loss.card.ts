import type { HealthPart } from "../domain/companies/customer-health.js";
import type { Locale } from "../bot/types.js";
import { healthPartsText } from "./health-parts.js";
import type { Card } from "./model.js";

export interface CustomerLossData {
  companyId: string;
  companyName: string;
  signal: "contact-deleted" | "rep-removed" | "left-group";
  repName: string;
  score: number;
  parts: HealthPart[];
}

const WHAT: Record<CustomerLossData["signal"], Record<Locale, (rep: string, company: string) => string>> = {
  "contact-deleted": { zh: (r, c) => `${c} 的客户在企业微信删除了 ${r}。`, en: (r, c) => `A customer at ${c} deleted ${r} on WeCom.` },
  "rep-removed": { zh: (r, c) => `${r} 在企业微信删除/失去了 ${c} 的客户。`, en: (r, c) => `${r} removed or lost a customer contact at ${c} on WeCom.` },
  "left-group": { zh: (_r, c) => `${c} 的成员退出了客户群。`, en: (_r, c) => `A member from ${c} left the customer group.` },
};

/** A lost WeCom relationship: what happened, the company's health now and why, and a call-back follow-up. */
export function customerLossCard(d: CustomerLossData, ctx: { locale: Locale; alertId: string }): Card {
  const zh = ctx.locale === "zh";
  return {
    title: `${zh ? "📉 客户流失信号" : "📉 Churn signal"}: ${d.companyName}`,
    blocks: [
      {
        type: "text",
        text: `${WHAT[d.signal][ctx.locale](d.repName, d.companyName)} ${zh ? "已为负责人创建明天的回访跟进。" : "A call-back follow-up is set for the owner tomorrow."}`,
      },
      {
        type: "fields",
        fields: [
          { label: zh ? "健康分" : "Health score", value: `${d.score}/100` },
          { label: zh ? "健康分构成" : "How the score is made", value: healthPartsText(d.score, d.parts, ctx.locale) },
        ],
      },
      {
        type: "actions",
        buttons: [
          { label: zh ? "查看客户" : "Open customer", actionId: "company.show", value: d.companyId },
          { label: zh ? "3 天内不再提醒" : "Snooze 3 days", actionId: "alert.snooze", value: `${ctx.alertId}:3` },
        ],
      },
    ],
  };
}
