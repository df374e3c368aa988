import type { ParsedAmount } from './types.js';
import { BUDGET_AFTER, BUDGET_BEFORE, NON_MONEY_AFTER, NON_MONEY_BEFORE, REFUND_BEFORE } from './amount-context.js';
import { readAmountNumber } from './amount-number.js';
import { CN_NUMBER_CLASS } from './chinese-numerals.js';
import { CURRENCY_AFTER, CURRENCY_BEFORE, MINOR_UNIT_WORDS, currencyOf, isMillionCode } from './currency-words.js';
import { hasHan } from './detect-locale.js';
import { EN_NUMBER_WORDS } from './english-number-words.js';
import { toHalfWidth } from './normalize-text.js';

// Western grouping (1,200,000), Chinese full-width (82，225.00) and Indian lakh grouping (12,34,567.89)
const ARABIC = String.raw`\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const CN = CN_NUMBER_CLASS;
// digits and Chinese numerals mixed ("12万5", "1千2百", "20多万", "十几万", "四五千")
const CORE = `(?:${ARABIC}|[${CN}几])(?:${ARABIC}|[${CN}]|[多几余来](?=[${CN}\\d]|$|[^\\p{L}\\p{N}]|[元块美欧英日港]))*(?:多|余)?`;
// a minus glued to a digit is a range or a date ("20-30万", "12-5"), not a sign
const SIGN = String.raw`(?<![\d.,A-Za-z])(?<sign>[-−]|负|minus\s)?`;
const PREFIX = String.raw`(?:(?<prefix>${CURRENCY_BEFORE})\s*(?<innerSign>[-−])?)?`;
const NUMBER = `(?<num>${CORE})|(?<words>${EN_NUMBER_WORDS})`;
// Chinese units here only when spaced ("8.8 万元"); glued ones are part of the numeral
const MULT = String.raw`(?:\s?(?<mult>hundred\s+thousand|hundred|thousand|million|billion|trillion|grand|lakh|crore|mn|mm|bn|[kKmMbBwW]|万亿|千万|百万|十万|万|亿|千)(?![A-Za-z]))?`;
// "5-dollar bill", "one-yen bid": a hyphen may join the number to its currency word
const AFTER = String.raw`(?:\s|-(?=[A-Za-z]))?(?<suffix>(?:${CURRENCY_AFTER})(?![A-Za-z]))(?:\s?(?<suffix2>人民币|rmb)(?![A-Za-z]))?`;
// 元 followed by 角/毛/分 or a lone digit (两块五); English "... and 45 cents"
const SUBUNITS = String.raw`(?<sub>(?:[${CN}\d]{1,2}[角毛](?:钱)?(?:[${CN}\d]{1,2}分)?|[${CN}\d]{1,2}分|[一二两三四五六七八九\d](?![\d${CN}%％\p{L}]))(?:整|正)?|整|正)`;
// "13 dollars and 45 cents", "15 dollars 50." (a trailing one- or two-digit number is cents)
const CENTS = String.raw`\s*(?:and\s+|又|和)?(?<cents>\d{1,2}|${EN_NUMBER_WORDS}|[一二两三四五六七八九十]{1,3})(?:\s*cents?\b|美分|(?=\s*(?:[.,;!?]|$)))`;
const MINOR_UNIT = String.raw`\s?(?<minorUnit>cents?|pence|美分|毛钱|毛(?!\p{Script=Han})|角(?!\p{Script=Han}))(?![A-Za-z])`;

const AMOUNT_RE = new RegExp(
  `${SIGN}${PREFIX}(?:${NUMBER})${MULT}(?:${MINOR_UNIT}|${AFTER}(?:${SUBUNITS}|${CENTS})?)?`,
  'giu',
);

const MULTIPLIERS: Record<string, bigint> = {
  k: 1_000n, hundred: 100n, 'hundred thousand': 100_000n, thousand: 1_000n, grand: 1_000n, lakh: 100_000n, crore: 10_000_000n,
  m: 1_000_000n, mn: 1_000_000n, mm: 1_000_000n, million: 1_000_000n,
  b: 1_000_000_000n, bn: 1_000_000_000n, billion: 1_000_000_000n, trillion: 1_000_000_000_000n,
  // pinyin "wan": chat shorthand for 万
  w: 10_000n,
  千: 1_000n, 万: 10_000n, 十万: 100_000n, 百万: 1_000_000n, 千万: 10_000_000n, 亿: 100_000_000n, 万亿: 1_000_000_000_000n,
};

interface Candidate {
  amount: ParsedAmount;
  score: number;
}

function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

function minorUnitCurrency(word: string | undefined): string | null {
  if (!word) return null;
  if (/^(?:毛钱|毛|角)$/.test(word)) return 'CNY';
  for (const [re, code] of MINOR_UNIT_WORDS) if (re.test(word)) return code;
  return null;
}

function scoreMatch(text: string, match: RegExpMatchArray, fallback: string, slot: boolean): Candidate | null {
  const g: Record<string, string | undefined> = { ...match.groups };
  let raw = match[0];
  if (g.prefix && g.cents !== undefined && g.suffix) {
    // "rmb 10 usd 20": with a currency in front, what follows the second one is another amount
    raw = raw.slice(0, raw.lastIndexOf(g.suffix) + g.suffix.length);
    delete g.cents;
  }
  const matchIndex = match.index ?? 0;
  const start = matchIndex + (raw.length - raw.trimStart().length);
  const end = matchIndex + raw.trimEnd().length;
  // "20-30万" / "20到30万": the unit belongs to both ends
  const range = /(?<![\d.,])(\d+(?:\.\d+)?)\s*[-~～到至]\s*$/u.exec(text.slice(Math.max(0, start - 16), start));
  const textStart = range ? start - range[0].length : start;
  const before = text.slice(0, textStart);
  const after = text.slice(end);
  const subCurrency = minorUnitCurrency(g.minorUnit);
  // "¥5000 yen", "$5 AUD": a bare symbol is shared by several currencies; the word after decides
  const sharedSymbol = g.prefix !== undefined && /^[$¥￥]$/.test(g.prefix) && currencyOf(g.suffix, 'after') !== null;
  const currency = (sharedSymbol ? null : currencyOf(g.prefix, 'before')) ?? currencyOf(g.suffix, 'after') ?? currencyOf(g.prefix, 'before') ?? subCurrency;
  const wordMultiplier = g.mult ? MULTIPLIERS[g.mult.toLowerCase().replace(/\s+/g, ' ')] : undefined;
  const millions = isMillionCode(g.prefix) || isMillionCode(g.suffix) ? 1_000_000n : undefined;
  const multiplier = wordMultiplier !== undefined || millions !== undefined ? (wordMultiplier ?? 1n) * (millions ?? 1n) : undefined;
  const chineseUnit = g.num !== undefined && /[万亿千百十兆萬億仟佰拾]/.test(g.num);

  // Glued to letters or digits: a product code (Q3, B2B), a time (15:30), a date (12/1) or a phone number.
  if (!g.prefix && !g.sign && (/[A-Za-z0-9_.,+#/-]$/.test(before) || /\d\s?[:：]$/.test(before))) return null;
  if (!g.prefix && /\d[\s-]$/.test(before)) return null;
  if (/^[\s-]?\d{3,}/.test(after)) return null;
  if (NON_MONEY_BEFORE.test(before)) return null;
  // A count of things ("20万用户", "5k seats") is not money even with a multiplier.
  if (!g.suffix && !g.minorUnit && NON_MONEY_AFTER.test(after)) return null;
  if (!currency && /^[A-Za-z]/.test(after)) return null;

  const budgetNear = BUDGET_BEFORE.test(before.slice(-24)) || BUDGET_AFTER.test(after);
  const code = currency ?? fallback;
  const number = readAmountNumber(g, code, minorDigits(code), multiplier ?? 1n, range?.[1]);
  if (!number) return null;
  const { low, high, approximate } = number;
  // Spelled-out numbers without a currency are money only at a scale ("half a million") and not before another word
  // ("a hundred customers"), unless they fill an amount slot.
  if (g.words !== undefined && !currency && !slot) {
    if (!/hundred|thousand|million|billion|grand|lakh|crore/i.test(g.words)) return null;
    if (!budgetNear && /^\s+[A-Za-z\p{Script=Han}]/u.test(after)) return null;
  }
  if (g.num !== undefined && !currency && !multiplier) {
    const digitsOnly = g.num.replace(/[,，.]/g, '');
    if (/^1[3-9]\d{9}$/.test(digitsOnly)) return null; // a mobile number
    const bareChinese = /^[^\d]+$/.test(g.num);
    if (slot) {
      if (/^\d{12,}$/.test(digitsOnly)) return null;
    } else if (bareChinese) {
      // Bare Chinese numerals are everyday words (一下, 三个, 报价一下); only a unit, a budget word or a currency makes them money.
      if (!/[十百千万亿兆拾佰仟萬億]/.test(g.num)) return null;
      if (!budgetNear && !/[万亿千兆萬億仟]/.test(g.num)) return null;
    } else if (!chineseUnit && !approximate) {
      if (!budgetNear || /^(?:19|20)\d\d$/.test(g.num)) return null;
      if (/^\d{9,}$/.test(digitsOnly)) return null;
    }
  }
  if (low === 0n || high > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const negative = g.sign !== undefined || g.innerSign !== undefined || REFUND_BEFORE.test(before.slice(-16));
  const amount: ParsedAmount = { minor: Number(negative ? -low : low), currency: code, text: text.slice(textStart, end) };
  if (approximate || high !== low) amount.approximate = true;
  if (high !== low) amount.maxMinor = Number(negative ? -high : high);
  return { amount, score: (currency ? 3 : 0) + (multiplier || chineseUnit ? 1 : 0) + (budgetNear ? 3 : 0) };
}

/**
 * Finds the most plausible money amount in free text. Exported separately so
 * the command grammar can parse `deal new Acme 200k` with the same rules.
 * `defaultCurrency` applies when the text names none; when omitted it is CNY
 * for Chinese text or Chinese units (万, 20w) and USD otherwise.
 * A bare number ("200000", "met 3 people") is not money in free text; see
 * findAmount / parseAmountSlot for amount slots. Ranges ("20-30万", "四五千") and approximations
 * ("20多万", "3000多") give their lower bound in `minor`, flagged `approximate`,
 * with the upper bound of a range in `maxMinor`.
 */
export function parseAmount(text: string, defaultCurrency?: string): ParsedAmount | null {
  return findAmount(text, defaultCurrency, false);
}

/**
 * `slot`: the text was typed where an amount is expected (a command's amount
 * word, a form field), so a bare number ("200000") is read as the amount.
 */
export function findAmount(text: string, defaultCurrency: string | undefined, slot: boolean): ParsedAmount | null {
  if (typeof text !== 'string') return null;
  const work = toHalfWidth(text);
  let best: Candidate | null = null;
  for (const match of work.matchAll(AMOUNT_RE)) {
    if (match[0].trim() === '') continue;
    const groups = match.groups ?? {};
    // 万/亿, their pinyin "w" and Chinese numerals are yuan habits even inside English text
    const chineseUnit = (groups.num !== undefined && /[^\d.,，]/.test(groups.num)) || /^(?:w|万亿|千万|百万|十万|万|亿|千)$/i.test(groups.mult ?? '');
    const fallback = (defaultCurrency ?? (hasHan(work) || chineseUnit ? 'CNY' : 'USD')).toUpperCase();
    const candidate = scoreMatch(work, match, fallback, slot && work.trim() === match[0].trim());
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  return best?.amount ?? null;
}
