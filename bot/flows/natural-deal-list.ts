import { readDealListQuery } from "../commands/deal-list-args.js";

/**
 * "deals closing this month", "my deals over 100k", "本月成交的商机", "停滞的单子": the deal list with
 * filters, asked in words. Only when every word after "deals" (before 的商机) is a filter the list
 * reads; "华为的商机" is a question about 华为, answered elsewhere. Returns the `deal list` arguments.
 */
const EN =
  /^(?:(?:please\s+)?(?:show|list|give|get|pull\s+up|find)\s+(?:me\s+)?|what\s+are\s+|any\s+|are\s+there\s+any\s+|do\s+(?:i|we)\s+have\s+any\s+)?(?:(?:all|the|our)\s+)?(?<mine>my\s+)?(?:open\s+)?(?:deals?|opportunit(?:y|ies))\s+(?<filters>.+?)[?.!]*$/iu;
const ZH = /^(?:请|帮我)?(?:看看|看一下|看下|查一下|查下|列出)?(?<filters>.+?)的?(?:商机|单子)(?:有哪些|有什么|列表|呢)?[?？。!！]*$/u;
/** "stale deals", "which deals haven't been touched in 2 weeks?", "哪些商机超过两周没跟进了": the filter around the noun. */
const EN_BEFORE =
  /^(?:(?:please\s+)?(?:show|list|give|get|find)\s+(?:me\s+)?|what\s+are\s+|any\s+)?(?:(?:all|the|our)\s+)?(?<mine>my\s+)?(?<filters>stale|stuck|quiet|idle)\s+(?:open\s+)?(?:deals?|opportunit(?:y|ies))[?.!]*$/iu;
const EN_WHICH = /^(?:which|what)\s+(?<mine>of\s+my\s+)?(?:open\s+)?(?:deals?|opportunit(?:y|ies))\s+(?:are\s+|have\s+)?(?<filters>.+?)[?.!]*$/iu;
const ZH_WHICH = /^(?:有)?(?:哪些|哪个|什么)(?<mine>我的)?(?:商机|单子)(?<filters>.+?)[?？。!！]*$/u;

export function naturalDealListArgs(text: string): string | null {
  const t = text.trim();
  const m = EN_BEFORE.exec(t) ?? EN_WHICH.exec(t) ?? EN.exec(t) ?? ZH_WHICH.exec(t) ?? ZH.exec(t);
  const filters = m?.groups?.filters?.trim();
  if (!filters) return null;
  if (!isDealListFilter(filters)) return null;
  return `${m?.groups?.mine ? "mine " : ""}${filters}`;
}

/** Words the deal list reads whole as filters ("closing this month", "本月成交 10万以上"), naming no deal or customer. */
export function isDealListFilter(line: string): boolean {
  const query = readDealListQuery(line, "USD");
  const filtered = query.closing !== undefined || query.stale || query.minAmount !== undefined || query.badAmount !== undefined || query.mine || query.owner;
  return Boolean(filtered) && query.rest === "";
}
