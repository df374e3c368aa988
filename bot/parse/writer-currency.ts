import type { ParsedAmount } from "./types.js";

/** 万 / 亿, their pinyin "w", Chinese numerals, 元 / 块 / ¥: yuan habits, whoever writes them. */
const CHINESE_MONEY = /[万亿千百元块¥￥一二三四五六七八九十两]|\d\s*w\b|rmb|cny/iu;

/**
 * "Contoso 说 budget 是 50k，下周四 demo" from an English writer: a figure with no currency named and no
 * Chinese unit is in the writer's currency, whatever words surround it (the Chinese words made it ¥50,000).
 * `unstated` is whether the text named no currency for it.
 */
export function inWriterCurrency(amount: ParsedAmount | null, unstated: boolean, writerCurrency: string | undefined): ParsedAmount | null {
  if (!amount || !writerCurrency || !unstated || amount.currency === writerCurrency || CHINESE_MONEY.test(amount.text)) return amount;
  return { ...amount, currency: writerCurrency };
}
