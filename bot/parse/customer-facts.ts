/**
 * Figures that describe the customer's own business, not what the deal is worth: "他们年营收200亿", "注册资本50亿",
 * "他们有10万员工", "去年采购了1000万的设备", "去年预算800万", "明年整体IT预算5000万", "raised $50m series b", "overall IT budget is $20M", "their revenue is 2m/yr". They
 * were read as the deal's amount (a ¥20,000,000,000 deal, deal #1 changed to ¥10,000,000). Each is blanked (same
 * length, so positions still fit) before the amount is looked for; the deal's own figure beside it stays.
 */
const FIGURE = String.raw`(?:[$¥￥€£]\s*)?\d[\d,.]*\s*(?:个(?=亿|千万|百万))?(?:亿|千万|百万|万|千|mm|bn|mil|million|billion|k|m|b)?\s*(?:元|美元|美金|块|rmb|usd|dollars)?`;
const FACT_ZH = String.raw`(?:年营收|营收|营业收入|营业额|年收入|销售额|年销售|市值|注册资本|注册资金|融资了?|估值|年?产值|净?利润|去年(?:的)?(?:预算|采购额?|营收|收入|花了|投入)|(?:去年|之前|以前|上次)(?:的)?(?:采购|买)了|(?:整体|总体|全公司|公司整体|整个公司)(?:的)?(?:IT|信息化|数字化|采购|研发)?(?:总)?预算)`;
const FACT_EN = String.raw`\b(?:revenue|revenues|turnover|raised|funding|valuation|market\s+cap|profit|last\s+year'?s\s+budget)\b|\bseries\s+[a-e](?:\s+round)?\s*[,:–—-]?|\b(?:overall|company[\s-]?wide|entire|whole)\s+(?:it\s+|tech(?:nology)?\s+|software\s+|procurement\s+)?(?:budget|spend(?:ing)?)\b`;
const FACT_BEFORE = new RegExp(`(?:${FACT_ZH}|${FACT_EN})(?:[^，,。；;!！?？\\d$¥￥€£]{0,12}?)${FIGURE}`, "giu");
/** "got another $2M funding round", "拿到了3000万A轮融资": money raised by the customer, the figure said first. */
const FUNDING_AFTER = new RegExp(
  `${FIGURE}\\s*(?:(?:[A-Za-z-]+\\s+){0,2}?(?:funding|financing|seed|series\\s+[a-e]\\b|round\\b|raise\\b)|(?:的)?(?:[A-Ea-e]\\+?轮|天使轮|种子轮|融资|估值))`,
  "giu",
);
/** "华为员工20万，这单预算还是200万": the staff count said noun first. */
const STAFF_FIRST = new RegExp(
  `(?:员工|员工数|员工人数|人数|\\b(?:headcount|employees|staff)\\b)(?:有|是|约|大概|近|超过|of|is|about|around|\\s)*${FIGURE}(?:人|名)?`,
  "giu",
);
/** A count of the customer's staff or shops: "10万员工", "500家门店" (users and seats stay: they price the deal). */
const COUNT = new RegExp(`\\d[\\d,.]*\\s*(?:万|千|百)?\\s*(?:多)?\\s*(?:名|个)?(?:员工|职工|工人|家门店|家店|门店|\\s*(?:employees|staff|stores))`, "giu");

export function blankCustomerFacts(text: string): string {
  const blank = (m: string) => " ".repeat(m.length);
  return text.replace(FACT_BEFORE, blank).replace(FUNDING_AFTER, blank).replace(STAFF_FIRST, blank).replace(COUNT, blank);
}
