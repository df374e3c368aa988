import type { ParsedAmount } from "./types.js";
import { findAmount } from "./parse-amount.js";
import { toHalfWidth } from "./normalize-text.js";

/**
 * An amount typed into a slot of a command or form ("deal new Acme 200000",
 * the form's amount field). Unlike free text, the whole slot must be the
 * amount and it must be positive: "20人", "abc" or "-500" are refused, not
 * read as 0 or as part of something else.
 */
export function parseAmountSlot(text: string, defaultCurrency: string): ParsedAmount | null {
  const slot = toHalfWidth(text).trim();
  if (slot === "") return null;
  const parsed = findAmount(slot, defaultCurrency, true);
  if (!parsed || parsed.minor <= 0) return null;
  return parsed.text.trim().length === slot.length ? parsed : null;
}

/** A last word that was meant as an amount: digits, a currency sign or code, or a numeral with 万/元. */
const LOOKS_LIKE_AMOUNT =
  /^(?:[-+−]?[$¥￥€£]|[-+−]?\d|(?:usd|rmb|cny|eur|gbp|hkd|jpy)\d|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億几多]+[万亿千元块圆]|.*\d.*(?:元|块|万|美元))/iu;

const CURRENCY_WORD = /^(?:usd|rmb|cny|eur|gbp|hkd|jpy|dollars?|euros?|yuan|元|人民币|美元|美金|欧元|英镑|日元|港币|港元)$/iu;

export type AmountSlotSplit =
  | { kind: "none"; rest: string[] }
  | { kind: "amount"; rest: string[]; amount: ParsedAmount }
  | { kind: "unreadable"; rest: string[]; text: string };

/**
 * Splits "<name words…> [amount]" where the amount is the last one or two
 * words ("200k", "1,200,000 RMB", "USD 50k"). A last word that looks like an
 * amount but cannot be read is reported, so the caller refuses instead of
 * storing 0 or folding it into the name.
 */
export function splitTrailingAmount(tokens: string[], defaultCurrency: string): AmountSlotSplit {
  if (tokens.length < 2) return { kind: "none", rest: tokens };
  const last = tokens[tokens.length - 1] as string;
  const prev = tokens[tokens.length - 2] as string;
  if (tokens.length >= 3 && (CURRENCY_WORD.test(last) || CURRENCY_WORD.test(prev))) {
    const pair = parseAmountSlot(`${prev} ${last}`, defaultCurrency);
    if (pair) return { kind: "amount", rest: tokens.slice(0, -2), amount: pair };
    return { kind: "unreadable", rest: tokens.slice(0, -2), text: `${prev} ${last}` };
  }
  const single = parseAmountSlot(last, defaultCurrency);
  if (single) return { kind: "amount", rest: tokens.slice(0, -1), amount: single };
  if (LOOKS_LIKE_AMOUNT.test(toHalfWidth(last))) return { kind: "unreadable", rest: tokens.slice(0, -1), text: last };
  return { kind: "none", rest: tokens };
}
