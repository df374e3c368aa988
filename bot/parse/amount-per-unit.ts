import { parseSmallInt } from "./chinese-numerals.js";
import type { ParsedAmount } from "./types.js";

/**
 * "500 seats at $40/seat", "200套，每套350元", "单价80元，共300台": a price per unit is not what the
 * deal is worth. With the quantity in the sentence the deal is quantity × price; without it the
 * price alone is no deal amount (null), rather than a deal of $40.
 */
const UNITS_EN = String.raw`seats?|licen[cs]es?|users?|units?|pcs|pieces?|boxes|servers?|devices?|accounts?|subscriptions?|nodes?|terminals?|robots?|machines?|copies|instances?|laptops?|vehicles?|trucks?|locations?|stores?|hours?|hrs`;
const UNITS_ZH = "套|台|个|件|张|份|箱|把|部|只|块|条|支|账号|坐席|节点|用户|许可";

const PER_UNIT_AFTER_EN = new RegExp(String.raw`^\s*(?:\/\s*|per\s+|a\s+|an\s+)(?:${UNITS_EN})\b|^\s*(?:each|apiece|per\s+head)\b`, "iu");
const PER_UNIT_AFTER_ZH = new RegExp(`^\\s*(?:\\/|每|一)(?:${UNITS_ZH})`, "u");
/** "500 units @ $12", "100 seats at $40", "25 more seats at $1,200": a price after a counted unit is that unit's. */
const PER_UNIT_BEFORE_EN = new RegExp(
  String.raw`\b\d[\d,]*\s*(?:(?:more|extra|additional|new)\s+)?(?:${UNITS_EN})\s*(?:@|at)\s*(?:about\s+|around\s+|~\s*)?$`,
  "iu",
);
const PER_UNIT_BEFORE_ZH = new RegExp(`(?:每(?:${UNITS_ZH})|单价|单台|单套|每个)[^，,。；;\\d]{0,4}$`, "u");
/** "加购两台服务器 一台15万": one unit priced beside a count of them (alone, "一台15万" is what it costs). */
const ONE_UNIT_BEFORE_ZH = new RegExp(`一(?:${UNITS_ZH})(?:是|要|大概|约)?$`, "u");

const QTY_EN = new RegExp(String.raw`\b(?<n>\d[\d,]*)\s*(?:(?:more|extra|additional|new)\s+)?(?:${UNITS_EN})\b`, "iu");
const QTY_ZH = new RegExp(`(?:(?<n>\\d[\\d,]*)|(?<![每一])(?<cn>[一二两三四五六七八九十百千]+))\\s*(?:${UNITS_ZH})(?!\\s*(?:元|块|万|美元|钱))`, "u");

/** "250 seats x $30", "$30 × 250 licenses", "30元*500台": a quantity times the price. */
const TIMES_BEFORE = new RegExp(String.raw`(?<n>\d[\d,]*)\s*(?:${UNITS_EN}|${UNITS_ZH})?\s*[x×*]\s*$`, "iu");
/** (the unit may come first: "$300/seat x 50", "30元/台*500") */
const TIMES_AFTER = new RegExp(
  String.raw`^\s*(?:(?:\/|per\s+)\s*(?:${UNITS_EN}|${UNITS_ZH})\s*)?[x×*]\s*(?<n>\d[\d,]*)\s*(?:${UNITS_EN}|${UNITS_ZH})?(?![\d.])`,
  "iu",
);

function times(amount: ParsedAmount, count: string | undefined): ParsedAmount | null {
  const n = count ? Number(count.replace(/,/gu, "")) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) return null;
  const minor = amount.minor * n;
  return Number.isSafeInteger(minor) ? { minor, currency: amount.currency, text: amount.text } : null;
}

export function perUnitTotal(text: string, amount: ParsedAmount | null): ParsedAmount | null {
  if (!amount) return null;
  const at = text.indexOf(amount.text);
  if (at < 0) return amount;
  const before = text.slice(Math.max(0, at - 12), at);
  const after = text.slice(at + amount.text.length, at + amount.text.length + 16);
  const multiplied = TIMES_BEFORE.exec(text.slice(Math.max(0, at - 24), at)) ?? TIMES_AFTER.exec(after);
  if (multiplied) return times(amount, multiplied.groups?.n);
  const perUnit =
    PER_UNIT_AFTER_EN.test(after) ||
    PER_UNIT_AFTER_ZH.test(after) ||
    PER_UNIT_BEFORE_ZH.test(before) ||
    PER_UNIT_BEFORE_EN.test(text.slice(Math.max(0, at - 30), at));
  const oneUnit = !perUnit && ONE_UNIT_BEFORE_ZH.test(before);
  if (!perUnit && !oneUnit) return amount;
  const rest = text.slice(0, at) + " ".repeat(amount.text.length) + text.slice(at + amount.text.length);
  const qty = QTY_EN.exec(rest) ?? QTY_ZH.exec(rest);
  // "三套，每套50万": a count in Chinese numerals counts as well
  const n = qty?.groups?.n ? Number(qty.groups.n.replace(/,/gu, "")) : qty?.groups?.cn ? (parseSmallInt(qty.groups.cn) ?? Number.NaN) : Number.NaN;
  if (!Number.isSafeInteger(n) || n <= 1) return oneUnit ? amount : null;
  const minor = amount.minor * n;
  if (!Number.isSafeInteger(minor)) return null;
  // "20 more seats @ $1,500 each": what is added to the deal, not its value
  const added =
    qty &&
    (/\b(?:more|extra|additional)\b/iu.test(qty[0]) ||
      /\b(?:add(?:s|ed|ing)?|adding\s+on|buying|bought|upgrad(?:e|ed|ing)\s+(?:by|with))\s+(?:another\s+)?$/iu.test(
        rest.slice(Math.max(0, qty.index - 16), qty.index),
      ) ||
      /(?:加|增加|追加|加购|增购|新增|再买|多买|多要)了?\s*$/u.test(rest.slice(Math.max(0, qty.index - 4), qty.index)));
  // "去掉两台服务器，每台15万", "drop 5 seats ($2k each)": what is taken off the deal
  const removed =
    qty &&
    !added &&
    /(?:去掉|减掉|减少|砍掉|退掉|少要|不要)了?\s*$|\b(?:drop(?:ping|ped)?|remov(?:e|ed|ing)|cut(?:ting)?|fewer|minus|less)\s+$/iu.test(
      rest.slice(Math.max(0, qty.index - 10), qty.index),
    );
  return { minor, currency: amount.currency, text: amount.text, ...(added ? { change: "up" as const } : removed ? { change: "down" as const } : {}) };
}

/** "40 licenses at 120 each", "50 seats at 300/seat": a count and a bare price for each. */
const BARE_PRICE_AFTER_COUNT = new RegExp(
  String.raw`\b(?<n>\d[\d,]*)\s*(?<more>(?:more|extra|additional)\s+)?(?:${UNITS_EN})\s*(?:@|at)\s*(?<price>\d[\d,]*(?:\.\d+)?)\s*(?:each|apiece|(?:\/|per\s+)(?:${UNITS_EN}))\b`,
  "iu",
);
/** "50 seats @ 300": "@" after a count of units prices each one (not a time: "@ 3pm", "@ 10:30"). */
const BARE_PRICE_AT_SIGN = new RegExp(
  String.raw`\b(?<n>\d[\d,]*)\s*(?:${UNITS_EN})\s*@\s*(?<price>\d[\d,]*(?:\.\d+)?)(?![\d.,:：]|\s*(?:am|pm|a\.m|p\.m|o['’]?clock|h|hrs?|%|k|m|mm|bn|\/))`,
  "iu",
);
/** "300/seat x 50 seats", "120 per license x 40": a bare price for each, times the count. */
const BARE_PRICE_TIMES_COUNT = new RegExp(
  String.raw`(?<![\d.,$€£¥])\b(?<price>\d[\d,]*(?:\.\d+)?)\s*(?:\/|per\s+)(?:${UNITS_EN})\s*[x×*]\s*(?<n>\d[\d,]*)\b`,
  "iu",
);

/**
 * A deal's total (or, with "more", what is added to it) from a price said without its currency beside a count of units, in the writer's currency ("they
 * want a quote for 40 licenses at 120 each" is 4,800): only the shapes that say "each" or "per unit", so a bare
 * number elsewhere ("met 3 people at 10") stays no money. Null when there is none.
 */
export function bareUnitPriceTotal(text: string, currency: string): ParsedAmount | null {
  const m = BARE_PRICE_AFTER_COUNT.exec(text) ?? BARE_PRICE_TIMES_COUNT.exec(text) ?? BARE_PRICE_AT_SIGN.exec(text);
  if (!m?.groups) return null;
  const n = Number(m.groups.n!.replace(/,/gu, ""));
  const price = Number(m.groups.price!.replace(/,/gu, ""));
  if (!Number.isSafeInteger(n) || n < 2 || !Number.isFinite(price) || price <= 0) return null;
  const minor = Math.round(price * 100) * n;
  // "20 more seats at 500 each": what is added to the deal
  if (!Number.isSafeInteger(minor)) return null;
  return { minor, currency, text: m.groups.price!, ...(m.groups.more ? { change: "up" as const } : {}) };
}
