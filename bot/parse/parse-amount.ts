import type { ParsedAmount } from "./types.js";
import { minorDigitsOf } from "../../domain/shared/minor-digits.js";
import { readCantonesePrice } from "./cantonese-price.js";
import { changedAmountText } from "./amount-change.js";
import { BUDGET_AFTER, BUDGET_BEFORE, LISTED_BEFORE_UNIT, NON_MONEY_AFTER, NON_MONEY_BEFORE, REFUND_BEFORE } from "./amount-context.js";
import { borrowUnitTail, isRangeGap, isUpperLimit } from "./amount-bounds.js";
import { readAmountNumber } from "./amount-number.js";
import { AMOUNT_RE, MULTIPLIERS } from "./amount-pattern.js";
import { MINOR_UNIT_WORDS, currencyOf, foldCurrencyChars, isMillionCode } from "./currency-words.js";
import { hasHan } from "./detect-locale.js";
import { toHalfWidth } from "./normalize-text.js";
import { foldChatMoneyShorthand } from "./chat-money-shorthand.js";
import { foldSalesGeToWan } from "./sales-ge-means-wan.js";
import { allMatches } from "./all-matches.js";

type Groups = Record<string, string | undefined>;

/** One regex match, with currency words that turned out not to be currencies dropped. */
interface Reading {
  g: Groups;
  start: number;
  end: number;
  /** the currency the text names, if any */
  named: string | null;
  multiplier: bigint | undefined;
}

interface Candidate {
  amount: ParsedAmount;
  score: number;
  start: number;
}

// Sub-unit groups in the order they are written; a match ends where its last kept group ends.
const PARTS = ["num", "words", "mult", "minorUnit", "suffix", "suffix2", "scaleAfter", "sub", "cents", "prefixCents"] as const;

function minorUnitCurrency(word: string | undefined): string | null {
  if (!word) return null;
  if (/^[毫仙]/.test(word)) return "HKD";
  if (/^[毛角分]/.test(word)) return "CNY";
  for (const [re, code] of MINOR_UNIT_WORDS) if (re.test(word)) return code;
  return null;
}

function read(match: RegExpExecArray): Reading | null {
  // A copy by for…in: the regex's groups object (null prototype, a dozen groups) took several
  // microseconds to spread, a loop one (the same keys in the same order, nothing inherited to pick up).
  const g: Groups = {};
  const groups = match.groups ?? {};
  for (const k in groups) g[k] = groups[k];
  const at = match.indices?.groups ?? {};
  const prefixCode = currencyOf(g.prefix, "before");
  const suffixCode = currencyOf(g.suffix, "after");
  // "let's try 3", "TOP 10": a word that only looks like a code is not part of the amount
  if (g.prefix !== undefined && prefixCode === null) for (const k of ["prefix", "innerSign"] as const) delete g[k];
  if (g.suffix !== undefined && suffixCode === null) for (const k of ["suffix", "suffix2", "scaleAfter", "sub", "cents"] as const) delete g[k];
  // "rmb 10 usd 20": with a currency in front, what follows the second one is another amount
  if (g.prefix !== undefined && g.suffix !== undefined) delete g.cents;
  if (g.prefix === undefined) delete g.prefixCents;
  if (g.cents === undefined && g.prefixCents !== undefined) g.cents = g.prefixCents;
  const numberAt = at.num ?? at.words;
  if (!numberAt) return null;
  const start = (g.sign !== undefined ? at.sign?.[0] : undefined) ?? (g.prefix !== undefined ? at.prefix?.[0] : undefined) ?? numberAt[0];
  const kept = PARTS.filter((k) => g[k] !== undefined && (k !== "cents" || g.prefixCents === undefined));
  const lastKept = kept[kept.length - 1];
  // cents keep their unit word ("30 cent"), which sits outside the group; anything dropped ends earlier
  const end = lastKept === "cents" || lastKept === "prefixCents" ? match.index + match[0].length : Math.max(...kept.map((k) => at[k]?.[1] ?? 0));
  const sharedSymbol = g.prefix !== undefined && /^[$¥￥]$/.test(g.prefix) && suffixCode !== null;
  const named =
    (sharedSymbol ? null : currencyOf(g.prefix, "before")) ?? currencyOf(g.suffix, "after") ?? currencyOf(g.prefix, "before") ?? minorUnitCurrency(g.minorUnit);
  const scale = g.mult ?? g.scaleAfter;
  const wordMultiplier = scale ? MULTIPLIERS[scale.toLowerCase().replace(/\s+/g, " ")] : undefined;
  const millions = isMillionCode(g.prefix) || isMillionCode(g.suffix) ? 1_000_000n : undefined;
  const multiplier = wordMultiplier !== undefined || millions !== undefined ? (wordMultiplier ?? 1n) * (millions ?? 1n) : undefined;
  return { g, start, end, named, multiplier };
}

/** The lower end of "20-30万" / "$8k to $12k" / "五块到八块", read in the upper end's currency and scale. */
function readLow(low: Reading, high: Reading, digits: number): bigint | null {
  const g: Groups = { ...low.g };
  if (g.num !== undefined && high.g.num !== undefined) g.num = borrowUnitTail(g.num, high.g.num);
  if (g.minorUnit === undefined && g.suffix === undefined) g.minorUnit = high.g.minorUnit;
  const multiplier = low.multiplier ?? (g.num !== undefined && /[十百千万亿]/.test(g.num) ? 1n : (high.multiplier ?? 1n));
  return readAmountNumber(g, digits, multiplier)?.low ?? null;
}

/** Digits and separators only: never approximate (no 多/余/来/几), never a Chinese unit or range. */
const PLAIN_FIGURE = /^[\d,，.]+$/u;

function score(text: string, r: Reading, fallback: string, slot: boolean, low: Reading | null): Candidate | null {
  const { g } = r;
  const textStart = low ? low.start : r.start;
  const before = text.slice(0, textStart);
  const after = text.slice(r.end);
  const whole = text.trim() === text.slice(textStart, r.end).trim();
  const currency = r.named ?? low?.named ?? null;
  const multiplier = r.multiplier;
  const chineseUnit = g.num !== undefined && /[万亿千百十兆萬億仟佰拾]/.test(g.num);

  // Glued to letters or digits: a product code (Q3, B2B), a time (15:30), a date (12/1) or a phone number.
  // A plus sign is a phone's country code ("+86 138…") but, before a figure with its scale, an addition ("upsell +10k").
  const plusScaled = /(?:^|[^\d])[+＋]\s*$/u.test(before) && Boolean(r.multiplier || (g.num !== undefined && /[万亿千]/u.test(g.num)));
  if (!g.prefix && !g.sign && !plusScaled && (/[A-Za-z0-9_.,+#/-]$/.test(before) || /\d\s?[:：]$/.test(before))) return null;
  const currencyWord = g.suffix !== undefined && /\p{L}/u.test(g.suffix);
  // "138 0013 8000" is a phone number, but "50 50-dollar bills" has its amount named
  if (!g.prefix && !currencyWord && /\d[\s-]$/.test(before)) return null;
  // a long digit run right after is a phone or account number, unless a currency word already closed the amount
  if (/^[\s-]?\d{3,}/.test(after) && !currencyWord) return null;
  if (NON_MONEY_BEFORE.test(before)) return null;
  // A count of things ("20万用户", "5k seats") is not money even with a multiplier.
  // A list shares the unit after it ("10, 20 and 50 seats"), but "48k, 2 year term" and "$48,000, 2 years"
  // are money and then a term: a figure with its scale or currency is no plain list member.
  // ("预算45万 周五前出方案": in a Chinese note a space ends the figure; 周 is the next word's, not 45万's unit)
  const spacedWord = Boolean(multiplier || chineseUnit) && /^\s+(?:周|月|日|号|年|天|点|时|星期|礼拜)/u.test(after);
  if (
    !g.suffix &&
    !g.minorUnit &&
    ((NON_MONEY_AFTER.test(after) && !spacedWord) || (!multiplier && !chineseUnit && !currency && LISTED_BEFORE_UNIT.test(after)))
  )
    return null;
  if (!currency && /^[A-Za-z]/.test(after)) return null;
  // a bare 分/仙/毫 is also a minute, a score or a millimetre: money only when it is the whole message
  if (g.minorUnit !== undefined && /^(?:[分仙]|毫)/.test(g.minorUnit) && !g.minorUnit.startsWith("分钱") && !whole) return null;

  // "deal 1,200,000", "1,200,000 for the contract": the record's name makes a large figure its value ("deal 3 of 5" is a count)
  const bareRecord = /\b(?:deal|contract)\s*$/iu.test(before) || /^\s*(?:for|on)\s+(?:the\s+)?(?:deal|contract)\b/iu.test(after);
  // "Northwind renewal - 45,000 - decision EOM", "emailed the PO! 48,500": a figure grouped in thousands standing as a
  // piece of its own in a note is its money (a count has its unit after it: "1,000 units")
  const piece = /^\d{1,3}(?:,\d{3})+$/u.test(g.num ?? "") && /(?:\s[-–—:]|[!:])\s*$/u.test(before) && /^\s*(?:$|[-–—]\s|[.!;])/u.test(after);
  const budgetNear =
    piece || ((BUDGET_BEFORE.test(before.slice(-24)) || BUDGET_AFTER.test(after)) && (!bareRecord || (g.num ?? "").replace(/[,，]/gu, "").length >= 4));
  // A plain Arabic figure with no currency, scale or budget word ("item 3", "met 12 people") is
  // turned down below after its number is read; it is the common case, so turn it down first.
  if (g.num !== undefined && PLAIN_FIGURE.test(g.num) && !currency && !multiplier && !slot && !budgetNear) return null;
  const code = currency ?? fallback;
  const digits = minorDigitsOf(code);
  const number = readAmountNumber(g, digits, multiplier ?? 1n);
  if (!number) return null;
  let { low: lowValue, high } = number;
  const { approximate } = number;
  if (low) {
    const lowEnd = readLow(low, r, digits);
    if (lowEnd === null || lowEnd <= 0n || lowEnd >= high) return null;
    lowValue = lowEnd;
  }
  // Spelled-out numbers without a currency are money only at a scale ("half a million") and not before another word
  // ("a hundred customers"), unless they fill an amount slot.
  if (g.words !== undefined && !currency && !slot) {
    if (!/hundred|thousand|million|\bmill?\b|billion|grand|lakh|crore/i.test(g.words)) return null;
    if (!budgetNear && /^\s+[A-Za-z\p{Script=Han}]/u.test(after)) return null;
  }
  if (g.num !== undefined && !currency && !multiplier) {
    const digitsOnly = g.num.replace(/[,，.]/g, "");
    if (/^1[3-9]\d{9}$/.test(digitsOnly)) return null; // a mobile number
    const bareChinese = /^[^\d]+$/.test(g.num);
    if (slot) {
      if (/^\d{12,}$/.test(digitsOnly)) return null;
    } else if (bareChinese) {
      // Bare Chinese numerals are everyday words (一下, 三个, 报价一下); only a unit, a budget word or a currency makes them money.
      if (!/[十百千万亿兆拾佰仟萬億]/.test(g.num)) return null;
      if (!budgetNear && !/[万亿千兆萬億仟]/.test(g.num)) return null;
    } else if (!chineseUnit && !approximate) {
      // "预算2000", "budget: 2000" are money; "quote for 2027" is a year
      if (!budgetNear || (/^(?:19|20)\d\d$/.test(g.num) && !BUDGET_RIGHT_BEFORE.test(before))) return null;
      if (/^\d{9,}$/.test(digitsOnly)) return null;
    }
  }
  if (lowValue === 0n || high > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const negative = g.sign !== undefined || g.innerSign !== undefined || REFUND_BEFORE.test(before.slice(-16));
  const amount: ParsedAmount = { minor: Number(negative ? -lowValue : lowValue), currency: code, text: text.slice(textStart, r.end) };
  if (approximate || high !== lowValue) amount.approximate = true;
  if (high !== lowValue) amount.maxMinor = Number(negative ? -high : high);
  else if (isUpperLimit(before, after)) {
    amount.approximate = true;
    amount.maxMinor = amount.minor;
  }
  return { amount, start: textStart, score: (currency ? 3 : 0) + (multiplier || chineseUnit ? 1 : 0) + (budgetNear ? 3 : 0) };
}

/**
 * Finds the most plausible money amount in free text. Exported separately so
 * the command grammar can parse `deal new Acme 200k` with the same rules.
 * `defaultCurrency` applies when the text names none; when omitted it is CNY
 * for Chinese text or Chinese units (万, 20w) and USD otherwise.
 * A bare number ("200000", "met 3 people") is not money in free text; see
 * findAmount / parseAmountSlot for amount slots. Ranges ("20-30万", "四五千", "between $5 and $8")
 * and approximations ("20多万", "3000多") give their lower bound in `minor`, flagged `approximate`,
 * with the upper bound of a range in `maxMinor`. A cap ("under $50", "最多200块") is both `minor` and `maxMinor`.
 */
/** A budget word right before the figure: a year-like number there is still an amount. */
const BUDGET_RIGHT_BEFORE = /(?:预算|金额|总价|单价|budget|amount)\s*(?:[:：=]|为|是|约|大概|is|of)?\s*$/iu;

export function parseAmount(text: string, defaultCurrency?: string): ParsedAmount | null {
  const changed = typeof text === "string" ? changedAmountText(toHalfWidth(text)) : null;
  // the old value's currency carries over: "from $50k to 80k"
  const whole = findAmount(text, defaultCurrency, false);
  const after = changed === null ? null : findAmount(changed, defaultCurrency ?? whole?.currency, false);
  return after ?? whole;
}

/**
 * `slot`: the text was typed where an amount is expected (a command's amount
 * word, a form field), so a bare number ("200000") is read as the amount.
 */
export function findAmount(text: string, defaultCurrency: string | undefined, slot: boolean): ParsedAmount | null {
  if (typeof text !== "string") return null;
  const halfWidth = toHalfWidth(text);
  // "3个亿", "两个多亿", "五十个w", "5个万": the measure word before 亿 / 万 / w is only speech
  const work = foldSalesGeToWan(foldChatMoneyShorthand(foldInstalmentFen(foldDotThousands(foldCurrencyChars(halfWidth)))))
    .replace(/个(多)?(?=亿|万|[wW](?![a-zA-Z]))/gu, (_, more: string | undefined) => (more ? "多 " : " "))
    // "1.2个亿 分三年执行": 分 before a count of years or instalments is "in", not fen (one character for one)
    .replace(/分(?=[一二两三四五六七八九十\d]{1,3}(?:年|期|次|个?月|批|笔|阶段|步))/gu, "按")
    // "7、8万" is 七八万, a range: the enumeration comma between two digits before the unit is a dash (one character for one)
    .replace(/(?<=(?<![\d.])\d{1,3})、(?=\d{1,3}\s*[万千百亿wWkK])/gu, "-");
  const readings: Reading[] = [];
  for (const match of allMatches(work, AMOUNT_RE)) {
    if (match[0].trim() === "") continue;
    const reading = read(match);
    if (reading) readings.push(reading);
  }
  const joined = (low: Reading | undefined, high: Reading | undefined): low is Reading =>
    low !== undefined && high !== undefined && !isFractionWord(low) && isRangeGap(work.slice(low.end, high.start), work.slice(0, low.start));
  let best: Candidate | null = null;
  for (const [i, r] of readings.entries()) {
    const prev = readings[i - 1];
    const low = joined(prev, r) ? prev : null;
    const next = readings[i + 1];
    // the lower end of a range is read with its upper end, not on its own
    if (next && joined(r, next) && score(work, next, fallbackFor(next, work, defaultCurrency), false, r)) continue;
    const inSlot = slot && work.trim() === work.slice(low?.start ?? r.start, r.end).trim();
    const candidate =
      score(work, r, fallbackFor(r, work, defaultCurrency), inSlot, low) ?? (low ? score(work, r, fallbackFor(r, work, defaultCurrency), inSlot, null) : null);
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  if (!best) return readCantonesePrice(halfWidth);
  // the echo keeps the writer's characters (港幣, not the folded 港币); the fold is one character for one
  return { ...best.amount, text: halfWidth.slice(best.start, best.start + best.amount.text.length) };
}

/**
 * "€42.000", "EUR 45.000", "€1.200.000": dots as thousands separators, as euro amounts are written across much of Europe
 * (two or more dot groups are always thousands). Folded to commas, one character for one.
 */
const DOT_THOUSANDS = /(?<=(?:€|\beur\s?)\s?)\d{1,3}(?:\.\d{3})+(?![\d.,])|(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,])/giu;
/** "€1.200,50", "EUR 12.345,67": dots group the thousands and a comma marks the cents (swapped, same length). */
const DOT_THOUSANDS_COMMA_CENTS = /(?<=(?:€|\beur\s?)\s?)\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d.,])|(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d{2}(?=\s*(?:€|eur\b))/giu;
function foldDotThousands(text: string): string {
  if (!text.includes(".")) return text;
  const cents = text.replace(DOT_THOUSANDS_COMMA_CENTS, (m) => m.replace(/[.,]/gu, (c) => (c === "." ? "," : ".")));
  return cents.replace(DOT_THOUSANDS, (m) => m.replaceAll(".", ","));
}

/** "合同总额 90万 分两期", "分三期付": 分 before a count of instalments is no fen (0.01 yuan); blanked, one character for one. */
const FEN_OF_INSTALMENTS = /分(?=\s*[一二两三四五六七八九十\d]{1,2}\s*(?:期|次|笔|批))/gu;
function foldInstalmentFen(text: string): string {
  return text.includes("分") ? text.replace(FEN_OF_INSTALMENTS, " ") : text;
}

/** "in the quarter to $254 million": a fraction word alone is not the start of a range. */
function isFractionWord(r: Reading): boolean {
  return r.g.words !== undefined && /^(?:an?\s+)?(?:half|quarters?)$/i.test(r.g.words.trim());
}

function fallbackFor(r: Reading, work: string, defaultCurrency: string | undefined): string {
  // 万/亿, their pinyin "w" and Chinese numerals are yuan habits even inside English text
  const chineseUnit = (r.g.num !== undefined && /[^\d.,，]/.test(r.g.num)) || /^(?:w|万亿|千万|百万|十万|万|亿|千)$/i.test(r.g.mult ?? "");
  return (defaultCurrency ?? (hasHan(work) || chineseUnit ? "CNY" : "USD")).toUpperCase();
}
