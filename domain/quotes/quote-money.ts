/**
 * Quote arithmetic in integer minor units (BigInt) and basis points; no floating point touches money.
 *
 * Rounding rule: each line total is `quantity × unit price × (10000 − discount bp) / 10000`, rounded
 * half up (away from zero, all values are ≥ 0) to the minor unit. The line discount is the gross line
 * amount minus that rounded total. Quote subtotal, discount and total are plain sums of the rounded
 * line figures, so the printed document always adds up.
 */
export const MAX_DISCOUNT_BP = 10_000;

export interface LineFigures {
  grossMinor: bigint;
  discountMinor: bigint;
  totalMinor: bigint;
}

export function lineFigures(quantity: number, unitPriceMinor: bigint, discountBp: number): LineFigures {
  if (!Number.isInteger(quantity) || quantity < 0) throw new RangeError(`bad quantity ${quantity}`);
  if (!Number.isInteger(discountBp) || discountBp < 0 || discountBp > MAX_DISCOUNT_BP) throw new RangeError(`bad discount ${discountBp}`);
  if (unitPriceMinor < 0n) throw new RangeError("negative unit price");
  const grossMinor = BigInt(quantity) * unitPriceMinor;
  const numerator = grossMinor * BigInt(MAX_DISCOUNT_BP - discountBp);
  const totalMinor = (numerator * 2n + BigInt(MAX_DISCOUNT_BP)) / (2n * BigInt(MAX_DISCOUNT_BP));
  return { grossMinor, discountMinor: grossMinor - totalMinor, totalMinor };
}

export interface QuoteTotals {
  subtotalMinor: bigint;
  discountMinor: bigint;
  totalMinor: bigint;
  maxDiscountBp: number;
}

export function quoteTotals(lines: readonly { quantity: number; unitPriceMinor: bigint; discountBp: number }[]): QuoteTotals {
  let subtotalMinor = 0n;
  let discountMinor = 0n;
  let totalMinor = 0n;
  let maxDiscountBp = 0;
  for (const line of lines) {
    const f = lineFigures(line.quantity, line.unitPriceMinor, line.discountBp);
    subtotalMinor += f.grossMinor;
    discountMinor += f.discountMinor;
    totalMinor += f.totalMinor;
    maxDiscountBp = Math.max(maxDiscountBp, line.discountBp);
  }
  return { subtotalMinor, discountMinor, totalMinor, maxDiscountBp };
}

/** "15", "15%", "12.5%" → basis points (1500, 1250); null when not a percentage with ≤ 2 decimals in 0–100. */
export function percentToBp(text: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?%?$/.exec(text.trim());
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return bp <= MAX_DISCOUNT_BP ? bp : null;
}

/** Chinese "8折" (pay 80%) / "85折" / "8.5折" → discount in basis points (2000, 1500, 1500). */
export function zheToBp(text: string): number | null {
  const match = /^(\d{1,2})(?:\.(\d))?折$/.exec(text.trim());
  if (!match) return null;
  const whole = Number(match[1]);
  const tenth = Number(match[2] ?? "0");
  // "85折" means 85 % of the price; "8折" and "8.5折" count in tenths.
  const payPercentTimes10 = match[2] === undefined && whole >= 10 ? whole * 10 : whole * 100 + tenth * 10;
  if (payPercentTimes10 <= 0 || payPercentTimes10 > 1000) return null;
  return MAX_DISCOUNT_BP - payPercentTimes10 * 10;
}
