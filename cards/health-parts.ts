import type { HealthPart } from "../domain/companies/customer-health.js";
import type { Locale } from "../bot/types.js";

const WORDS: Record<HealthPart["factor"], Record<Locale, (detail: number) => string>> = {
  silence: { zh: (d) => `${d} 天无互动`, en: (d) => `${d} days quiet` },
  tickets: { zh: (d) => `近 30 天 ${d} 个工单`, en: (d) => `${d} tickets in 30 days` },
  "overdue-tickets": { zh: (d) => `${d} 个工单超时未处理`, en: (d) => `${d} tickets past their SLA` },
  ratings: { zh: (d) => `满意度平均 ${d} 星`, en: (d) => `ratings average ${d}★` },
  "contact-deleted": { zh: (d) => `${d} 位客户删除了销售`, en: (d) => `${d} customer(s) deleted the rep` },
  "rep-removed": { zh: (d) => `销售删除/失去 ${d} 位客户`, en: (d) => `rep lost ${d} customer contact(s)` },
  "left-group": { zh: (d) => `${d} 人退出客户群`, en: (d) => `${d} left the customer group` },
};

/** "100 − 21（31 天无互动）− 15（近 30 天 3 个工单）": how a health score was reached. */
export function healthPartsText(score: number, parts: readonly HealthPart[], locale: Locale): string {
  if (parts.length === 0) return String(score);
  const steps = parts.map((p) => (locale === "zh" ? ` − ${p.points}（${WORDS[p.factor].zh(p.detail)}）` : ` − ${p.points} (${WORDS[p.factor].en(p.detail)})`));
  return `100${steps.join("")} = ${score}`;
}
