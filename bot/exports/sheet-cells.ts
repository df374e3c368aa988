import { minorDigitsOf } from "../../domain/shared/minor-digits.js";
import { zonedParts } from "../parse/zoned-time.js";

/** A moment as the reader's local "YYYY-MM-DD HH:mm" (text: a spreadsheet date cell would be in UTC). */
export function localTime(at: Date | null | undefined, timeZone: string): string {
  if (!at) return "";
  const p = zonedParts(at, timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)}`;
}

/** A calendar day in the reader's zone, "YYYY-MM-DD". */
export function localDay(at: Date | null | undefined, timeZone: string): string {
  return localTime(at, timeZone).slice(0, 10);
}

/** Minor units as a number in the currency's major unit (a spreadsheet can sum it). */
export function majorAmount(minor: bigint, currency: string): number {
  return Number(minor) / 10 ** minorDigitsOf(currency);
}

/** Per-currency totals (minor units) as one row per currency: [currency, major amount]; none → no rows. */
export function amountRows(amounts: Record<string, number>): [string, number][] {
  return Object.entries(amounts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, minor]) => [currency, majorAmount(BigInt(Math.round(minor)), currency)]);
}
