import { namesCurrency } from "./amount-names-currency.js";
import type { ParsedAmount } from "./types.js";

/** Words that give a figure its size or its money: 万, 千, 亿, k, m, 元, "thousand", "bucks". */
const SIZE_OR_MONEY = /[万萬千仟亿億元块圆角分]|\d\s*[kKmMbBwW]\b|\b(?:thousand|million|billion|grand|bucks?|dollars?|yuan|rmb|mil|mm)\b/iu;

/** Below this a figure said with no unit is more likely missing its 万 or k than meant as written. */
const SMALL_MINOR = 100_000;

/**
 * "预算一百五", "Globex budget 1.2", "amount 95": a figure under a thousand with neither a unit
 * nor a currency. Reps leave out the 万 or the k they mean; written as typed it would turn a
 * ¥2,000,000 deal into ¥150. The bot asks which was meant instead.
 */
export function isBareSmallFigure(amount: ParsedAmount): boolean {
  return amount.minor > 0 && amount.minor < SMALL_MINOR && !SIZE_OR_MONEY.test(amount.text) && !namesCurrency(amount);
}
