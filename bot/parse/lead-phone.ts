import { allMatches } from "./all-matches.js";
const PHONE = /(?<![\w.])\+?\d[\d\s()-]{5,20}\d(?![\w.])/gu;
/** YYYY-MM-DD / YYYY.MM.DD and YYYYMMDD: a date, not a phone. */
const DATE = /^(?:19|20)\d{2}[-.](?:0?[1-9]|1[0-2])[-.](?:0?[1-9]|[12]\d|3[01])$|^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/u;
/** Money around the number: a currency sign or budget word before it, a unit after it. */
const MONEY_BEFORE = /(?:[¥$€£￥]|预算|金额|报价|budget|price|quote|usd|rmb|cny)\s*[:：]?\s*$/iu;
/** A QQ number is no phone. */
const QQ_BEFORE = /qq\s*(?:号|号码)?\s*[:：]?\s*$/iu;
const MONEY_AFTER = /^\s*(?:元|万|块|千|百万|亿|rmb|cny|usd|美元|人民币|dollars?|k\b|m\b)/iu;

/**
 * The first phone number in a lead's text, as written, with where it is: 7 to 15 digits with
 * spaces, dashes or brackets, a leading + allowed — but not a date (2026-12-15, 20261215) and not
 * an amount (¥1500000, 预算 1500000 元, budget $2500000).
 */
export function phoneIn(text: string): { text: string; at: number } | null {
  for (const m of allMatches(text, PHONE)) {
    // "13800138000 2026-12-15": a phone and a date run together; each space-separated part is tried alone.
    for (const part of candidates(m[0], m.index)) {
      const digits = part.text.replace(/\D/g, "").length;
      if (digits < 7 || digits > 15 || DATE.test(part.text)) continue;
      const before = text.slice(Math.max(0, part.at - 12), part.at);
      if (MONEY_BEFORE.test(before) || QQ_BEFORE.test(before) || MONEY_AFTER.test(text.slice(part.at + part.text.length))) continue;
      return part;
    }
  }
  return null;
}

/** The run as written, or (over 15 digits) its space-separated parts that look like numbers. */
function candidates(raw: string, index: number): { text: string; at: number }[] {
  const run = raw.trim();
  const at = index + raw.indexOf(run);
  if (run.replace(/\D/g, "").length <= 15) return [{ text: run, at }];
  const parts: { text: string; at: number }[] = [];
  for (const p of allMatches(run, /\+?\d[\d()-]*\d/gu)) parts.push({ text: p[0], at: at + p.index });
  return parts;
}
