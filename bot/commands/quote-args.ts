import { percentToBp, zheToBp } from "../../domain/quotes/quote-money.js";
import { quoteNumberOf } from "../../domain/quotes/quote-view.js";
import { parseAmountSlot } from "../parse/amount-slot.js";

export interface LineArgs {
  quoteRef: string | null;
  product: string;
  quantity: number;
  unitPriceMinor: bigint;
  discountBp: number;
}

/** A plain price ("5000", "1,200.50") in minor units without floating point; else the amount parser ("5万", "50k", "¥1,200"). */
export function parsePrice(text: string): bigint | null {
  const plain = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (plain) return BigInt(plain[1]!.replace(/,/g, "")) * 100n + BigInt((plain[2] ?? "").padEnd(2, "0"));
  // the whole token must be the price: "20人" or "-500" is refused, never read as part of it
  const parsed = parseAmountSlot(text, "CNY");
  return parsed ? BigInt(parsed.minor) : null;
}

function parseQuantity(text: string): number | null {
  const match = /^[x×]?(\d{1,7})(?:个|台|套|件|份|pcs|x)?$/i.exec(text.trim());
  return match ? Number(match[1]) : null;
}

function parseDiscount(text: string): number | null {
  return zheToBp(text) ?? (/%$/.test(text) || /^\d{1,3}(?:\.\d{1,2})?$/.test(text) ? percentToBp(text) : null);
}

/**
 * "[Q0001] <product words…> <qty> <unit price> [discount% | 8折]". The discount is the last token
 * when it has % or 折, or when the last three tokens are all numbers ("服务器 2 5000 15").
 */
export function parseLineArgs(tokens: string[]): LineArgs | null {
  let rest = [...tokens];
  let quoteRef: string | null = null;
  if (rest.length > 3 && /^q-?\d+$/i.test(rest[0]!) && quoteNumberOf(rest[0]!) !== null) quoteRef = rest.shift()!;
  let discountBp = 0;
  const last = rest[rest.length - 1] ?? "";
  const explicit = /[%折]$/.test(last);
  const threeNumbers = rest.length >= 4 && rest.slice(-3).every((t) => /^[\d.,]+$/.test(t));
  if (explicit || threeNumbers) {
    const bp = parseDiscount(last);
    if (bp === null) return null;
    discountBp = bp;
    rest = rest.slice(0, -1);
  }
  if (rest.length < 3) return null;
  const unitPriceMinor = parsePrice(rest[rest.length - 1]!);
  const quantity = parseQuantity(rest[rest.length - 2]!);
  if (unitPriceMinor === null || quantity === null || quantity < 1) return null;
  return { quoteRef, product: rest.slice(0, -2).join(" "), quantity, unitPriceMinor, discountBp };
}
