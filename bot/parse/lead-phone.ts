const PHONE = /(?<![\w.])\+?\d[\d\s()-]{5,20}\d(?![\w.])/gu;
/** YYYY-MM-DD / YYYY.MM.DD and YYYYMMDD: a date, not a phone. */
const DATE = /^(?:19|20)\d{2}[-.](?:0?[1-9]|1[0-2])[-.](?:0?[1-9]|[12]\d|3[01])$|^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/u;
/** Money around the number: a currency sign or budget word before it, a unit after it. */
const MONEY_BEFORE = /(?:[¥$€£￥]|预算|金额|报价|budget|price|quote|usd|rmb|cny)\s*[:：]?\s*$/iu;
const MONEY_AFTER = /^\s*(?:元|万|块|千|百万|亿|rmb|cny|usd|美元|人民币|dollars?|k\b|m\b)/iu;

/**
 * The first phone number in a lead's text, as written, with where it is: 7 to 15 digits with
 * spaces, dashes or brackets, a leading + allowed — but not a date (2026-12-15, 20261215) and not
 * an amount (¥1500000, 预算 1500000 元, budget $2500000).
 */
export function phoneIn(text: string): { text: string; at: number } | null {
  for (const m of text.matchAll(PHONE)) {
    const run = m[0].trim();
    const digits = run.replace(/\D/g, "").length;
    if (digits < 7 || digits > 15 || DATE.test(run)) continue;
    const at = m.index + m[0].indexOf(run);
    if (MONEY_BEFORE.test(text.slice(Math.max(0, at - 12), at)) || MONEY_AFTER.test(text.slice(at + run.length))) continue;
    return { text: run, at };
  }
  return null;
}
