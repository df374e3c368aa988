import { parseChineseNumber } from "../parse/chinese-numerals.js";
import { parseAmountSlot } from "../parse/amount-slot.js";

/** What a payment names: money, a share of the contract, or one instalment (what is left of it). */
export type PaymentAmount =
  | { kind: "money"; minor: number; currency: string; text?: string }
  | { kind: "percent"; percent: number }
  | { kind: "instalment"; seq: number };

const PERCENT = /^(\d{1,3}(?:\.\d{1,2})?)\s*[%％]$/u;
const INSTALMENT_ZH = /^第([一二三四五六七八九十两\d]{1,3})(?:期|笔)(?:款)?$/u;

/** One word read as what a payment names; null when it is none of them. */
export function readPaymentAmount(word: string, currency: string): PaymentAmount | null {
  const percent = PERCENT.exec(word.trim());
  if (percent) {
    const value = Number(percent[1]);
    return value > 0 && value <= 100 ? { kind: "percent", percent: value } : null;
  }
  const instalment = INSTALMENT_ZH.exec(word.trim());
  if (instalment) {
    const seq = /^\d+$/u.test(instalment[1]!) ? Number(instalment[1]) : parseChineseNumber(instalment[1]!);
    return seq && seq > 0 ? { kind: "instalment", seq } : null;
  }
  const money = parseAmountSlot(word, currency);
  return money ? { kind: "money", minor: money.minor, currency: money.currency } : null;
}

/** The minor units a share of a contract comes to (rounded to the nearest unit). */
export function shareOf(amountMinor: bigint, percent: number): bigint {
  return (amountMinor * BigInt(Math.round(percent * 100)) + 5000n) / 10000n;
}
