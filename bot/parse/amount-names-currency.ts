import { findAmount } from "./parse-amount.js";
import type { ParsedAmount } from "./types.js";

// No real currency has this code: read back with it as the default, it survives only when the text names none.
const NO_CURRENCY = "XXX";

/**
 * Whether the amount's own words name its currency ("$250k", "5万美元", "¥30万", "rmb 2m") or
 * the currency was only guessed from the language ("30万", "300k"): a guess must not change the
 * currency of a deal that has one.
 */
export function namesCurrency(amount: ParsedAmount): boolean {
  return findAmount(amount.text, NO_CURRENCY, true)?.currency !== NO_CURRENCY;
}
