import type { NameHints } from "./name-hints.js";

/**
 * "刚跟一家新客户通了电话，叫拼多多", "接待了一个叫深蓝汽车的客户", "一家叫星河智能的公司来电": a new customer introduced by
 * its name after 叫 (called). The name alone is the hint (it was "一个叫深蓝汽车", or nothing at all).
 */
const CALLED =
  /(?:一家|一个|一位|家|新客户|新的客户|潜在客户|客户|公司)[^，,。；;]{0,8}?[，,]?\s*叫(?:做)?\s*(?<name>[\p{Script=Han}A-Za-z0-9&·]{2,12}?)(?=的(?:公司|客户|企业|厂|集团|新客户)|[，,。；;!！?？\s]|$)/gu;
/** The words the prefix leaves on a hint read by the other rules ("一个叫深蓝汽车"). */
export const CALLED_PREFIX = /^(?:一(?:个|家|位)|某)?叫(?:做)?/u;

export function extractCalledCompanies(text: string, hints: NameHints): void {
  for (const m of text.matchAll(CALLED)) {
    const name = m.groups?.name;
    if (name) hints.company(name, 9, (m.index ?? 0) + m[0].length - name.length);
  }
}
