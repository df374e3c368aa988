import type { PercentChange } from "./percent-change.js";

/**
 * "数量从100台改成120台 单价不变", "采购量从100台降到80台，单价不变", "going from 50 to 60 seats, same unit price": the
 * quantity changed at the same price per unit (or the price per unit for the same count), so the deal changes by the
 * same share. Null otherwise.
 */
const UNITS = String.raw`台|套|个|件|张|份|箱|部|只|块|条|支|账号|坐席|节点|用户|许可|seats?|licen[cs]es?|users?|units?|devices?|servers?`;
const FROM_TO = new RegExp(
  String.raw`(?:从|由|\bfrom\s+)\s*(?<from>\d{1,6})\s*(?:${UNITS})?\s*(?:改成|改为|降到|减到|减少到|加到|增加到|涨到|变成|调到|调整到|调整为|到|\bto\s+)\s*(?<to>\d{1,6})\s*(?:${UNITS})`,
  "iu",
);
const SAME_UNIT_PRICE =
  /单价(?:不变|没变|一样|照旧|保持不变)|价格不变|金额(?:也)?(?:相应|按比例|同比例)(?:调整|变化|减少|增加)|\b(?:same|unchanged)\s+(?:unit\s+|per[\s-](?:seat|unit|license)\s+)?(?:price|pricing|rate)\b|\b(?:unit\s+price|price\s+per\s+(?:seat|unit|license)|per[\s-](?:seat|unit)\s+price)\s+(?:stays|is\s+unchanged|unchanged|the\s+same|doesn['’]?t\s+change)\b/iu;

/**
 * "400套，单价从5000提到5500", "单价从每套5万改成4.5万，数量40套不变", "price per seat from $2,000 to $2,200": the unit price
 * changed for the same count.
 */
const UNIT_PRICE_FROM_TO =
  /(?:单价|每(?:台|套|个|件|张|份)(?:价格)?|\b(?:unit\s+price|price\s+per\s+(?:seat|unit|license)|per[\s-](?:seat|unit)\s+price))\s*(?:从|由|from\s+)\s*(?:每(?:台|套|个|件|张|份))?\s*[$¥￥]?(?<from>\d[\d,]{0,8}(?:\.\d{1,2})?)\s*(?<fromWan>万)?\s*(?:元|块)?\s*(?:提到|涨到|加到|降到|减到|改成|改为|调到|调整到|变成|到|to\s+)\s*[$¥￥]?(?<to>\d[\d,]{0,8}(?:\.\d{1,2})?)\s*(?<toWan>万)?(?:元|块)?/iu;

const valueOf = (digits: string, wan: string | undefined) => Number(digits.replace(/,/gu, "")) * (wan ? 10_000 : 1);

/** The unit prices of such a change, blanked (same length): they are no value of the deal ("改成4.5万" set the deal to ¥45,000). */
export function blankUnitPriceChange(text: string): string {
  const m = UNIT_PRICE_FROM_TO.exec(text);
  return m ? text.slice(0, m.index) + " ".repeat(m[0].length) + text.slice(m.index + m[0].length) : text;
}

function shareBetween(from: number, to: number): PercentChange | null {
  if (!(from > 0 && to > 0) || from === to) return null;
  // unrounded: 3000 → 2800 is 6.666…%, and ¥1,500,000 must become ¥1,400,000, not ¥1,399,950
  const percent = (Math.abs(to - from) / from) * 100;
  return to > from ? { change: "up", percent } : percent < 100 ? { change: "down", percent } : null;
}

export function quantityRescale(text: string): PercentChange | null {
  const price = UNIT_PRICE_FROM_TO.exec(text);
  if (price) return shareBetween(valueOf(price.groups!.from!, price.groups!.fromWan), valueOf(price.groups!.to!, price.groups!.toWan));
  if (!SAME_UNIT_PRICE.test(text)) return null;
  const m = FROM_TO.exec(text);
  return shareBetween(Number(m?.groups?.from), Number(m?.groups?.to));
}
