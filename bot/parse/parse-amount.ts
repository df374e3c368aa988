import type { ParsedAmount } from './types.js';
import { CN_NUMBER_CLASS, chineseToBigInt } from './chinese-numerals.js';
import { hasHan } from './detect-locale.js';
import { toHalfWidth } from './normalize-text.js';

const PREFIX_CURRENCY: ReadonlyArray<readonly [RegExp, string]> = [
  [/^HK\$$|^HKD$/i, 'HKD'],
  [/^US\$$|^\$$|^USD$/i, 'USD'],
  [/^[¥￥]$|^RMB$|^CNY$/i, 'CNY'],
  [/^€$|^EUR$/i, 'EUR'],
  [/^£$|^GBP$/i, 'GBP'],
  [/^JPY$/i, 'JPY'],
];

const SUFFIX_CURRENCY: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:港币|港元|HKD)$/i, 'HKD'],
  [/^(?:美元|美金|USD|dollars?|bucks)$/i, 'USD'],
  [/^(?:元|块钱|块|人民币|RMB|CNY)$/i, 'CNY'],
  [/^(?:欧元|EUR|euros?)$/i, 'EUR'],
  [/^(?:英镑|GBP|pounds?)$/i, 'GBP'],
  [/^(?:日元|JPY|yen)$/i, 'JPY'],
];

const MULTIPLIERS: Record<string, bigint> = {
  k: 1_000n,
  thousand: 1_000n,
  grand: 1_000n,
  m: 1_000_000n,
  mn: 1_000_000n,
  mm: 1_000_000n,
  million: 1_000_000n,
  b: 1_000_000_000n,
  bn: 1_000_000_000n,
  billion: 1_000_000_000n,
  // pinyin "wan": chat shorthand for 万
  w: 10_000n,
  百: 100n,
  千: 1_000n,
  万: 10_000n,
  十万: 100_000n,
  百万: 1_000_000n,
  千万: 10_000_000n,
  亿: 100_000_000n,
  万亿: 1_000_000_000_000n,
};

const PREFIX = String.raw`(?<prefix>HK\$|US\$|USD|RMB|CNY|EUR|HKD|GBP|JPY|[$¥￥€£])?\s?`;
const ARABIC = String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)`;
const CHINESE = `(?<cn>[${CN_NUMBER_CLASS}]+)`;
const MULT = String.raw`(?:\s?(?<mult>万亿|十万|百万|千万|万|亿|千|百|thousand|million|billion|grand|mn|mm|bn|[kKmMbBwW])(?![A-Za-z]))?`;
const SUFFIX = String.raw`(?:\s?(?<suffix>港币|港元|美元|美金|人民币|欧元|英镑|日元|块钱|元|块|(?:HKD|USD|RMB|CNY|EUR|GBP|JPY|dollars?|bucks|euros?|pounds?|yen)(?![A-Za-z])))?`;

const AMOUNT_RE = new RegExp(`${PREFIX}(?:${ARABIC}|${CHINESE})${MULT}${SUFFIX}`, 'giu');

/** Words that make a nearby number a deal value rather than a head count or a date. */
const BUDGET_BEFORE = new RegExp(
  String.raw`(?:budget(?:ed)?|quote[ds]?(?:\s+(?:for|of|at))?|quotation|worth|valued\s+at|deal\s+(?:size|value|of)|contract\s+(?:value|of|worth)|price[ds]?(?:\s+at)?|pricing|amount|total|cost|spend|预算|金额|报价|合同额|合同金额|合同|总价|价格|单价|成交价|成交额|订单|采购额|费用|投入|标的|额度)` +
    String.raw`(?:[\s:：=]|is|of|at|about|around|approx\.?|approximately|roughly|up\s+to|~|≈|为|是|约|大概|大约|在|有|差不多|左右|给了?|报了?|定了?)*$`,
  'iu',
);
const BUDGET_AFTER = /^\s*(?:的)?\s*(?:budget|deal|contract|预算|合同|订单|单子|项目)/iu;

/** Units that turn a bare number into a date, time, count or measure. */
const NON_MONEY_AFTER =
  /^\s*(?:点|时|分|秒|月|日|号|年|天|周|岁|%|％|个|人|位|次|楼|层|期|届|台|套|件|张|家|条|名|户|用户|小时|分钟|星期|礼拜|am\b|pm\b|a\.m|p\.m|[:：/]\s*\d|-\s*\d|(?:st|nd|rd|th)\b|(?:days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|seconds?|people|persons?|pcs|units|seats|users|licen[cs]es|employees|staff|times|percent)\b)/iu;

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

function lookupCurrency(table: ReadonlyArray<readonly [RegExp, string]>, token: string | undefined): string | null {
  if (!token) return null;
  for (const [re, code] of table) if (re.test(token)) return code;
  return null;
}

/**
 * Exact decimal scaling with BigInt: "1.15" x 万 x 100 must be 1_150_000,
 * which float multiplication does not reliably produce.
 */
function toMinorUnits(decimal: string, multiplier: bigint, digits: number): bigint {
  const [intPart = '0', fracPart = ''] = decimal.replace(/,/g, '').split('.');
  const denominator = 10n ** BigInt(fracPart.length);
  const scaled = BigInt(intPart || '0') * denominator + BigInt(fracPart || '0');
  const numerator = scaled * multiplier * 10n ** BigInt(digits);
  // half-up rounding for sub-minor fractions like "$1.005"
  return (numerator * 2n + denominator) / (2n * denominator);
}

function isLikelyYear(num: string): boolean {
  return /^(?:19|20)\d\d$/.test(num);
}

function scoreMatch(text: string, match: RegExpMatchArray, defaultCurrency: string): Candidate | null {
  const groups = match.groups ?? {};
  const raw = match[0];
  const matchIndex = match.index ?? 0;
  const start = matchIndex + (raw.length - raw.trimStart().length);
  const end = matchIndex + raw.trimEnd().length;
  // "20-30万" / "20到30万": the unit belongs to both ends; keep the upper one, which carries it
  const range = /(?<![\d.,])\d+(?:\.\d+)?\s*[-~～到至]\s*$/u.exec(text.slice(Math.max(0, start - 16), start));
  const textStart = range ? start - range[0].length : start;
  const before = text.slice(0, textStart);
  const after = text.slice(end);
  const currency = lookupCurrency(PREFIX_CURRENCY, groups.prefix) ?? lookupCurrency(SUFFIX_CURRENCY, groups.suffix);
  const multiplier = groups.mult ? MULTIPLIERS[groups.mult.toLowerCase()] : undefined;

  // Glued to letters or digits: a product code (Q3, B2B), a time (15:30), a date (12/1) or a phone number.
  if (!groups.prefix && (/[A-Za-z0-9_.,+#/-]$/.test(before) || /\d\s?[:：]$/.test(before))) return null;
  if (/\d[\s-]$/.test(before)) return null;
  if (/^[\s-]?\d{3,}/.test(after)) return null;
  if (/(?:第|No\.?\s?)$/i.test(before)) return null;
  // A count of things ("20万用户", "5k seats") is not money even with a multiplier.
  if (NON_MONEY_AFTER.test(after)) return null;
  if (!currency && /^[A-Za-z]/.test(after)) return null;

  const budgetNear = BUDGET_BEFORE.test(before.slice(-24)) || BUDGET_AFTER.test(after);
  const digits = minorDigits(currency ?? defaultCurrency);
  let minor: bigint;
  if (groups.cn !== undefined) {
    const value = chineseToBigInt(groups.cn);
    if (value === null) return null;
    // Bare Chinese numerals are everyday words (一下, 三个, 报价一下); only a unit
    // or a currency makes them money.
    if (!currency && !multiplier && !/[十百千万亿]/.test(groups.cn)) return null;
    if (!currency && !multiplier && !budgetNear && !/[万亿千]/.test(groups.cn)) return null;
    minor = value * (multiplier ?? 1n) * 10n ** BigInt(digits);
  } else {
    const num = groups.num ?? '';
    if (!currency && !multiplier && (!budgetNear || isLikelyYear(num))) return null;
    // Chinese mobile numbers and other long bare digit runs are identifiers, not budgets.
    if (/^1[3-9]\d{9}$/.test(num)) return null;
    if (!currency && !multiplier && /^\d{9,}$/.test(num)) return null;
    minor = toMinorUnits(num, multiplier ?? 1n, digits);
  }
  if (minor <= 0n || minor > BigInt(Number.MAX_SAFE_INTEGER)) return null;

  return {
    amount: { minor: Number(minor), currency: currency ?? defaultCurrency, text: text.slice(textStart, end) },
    score: (currency ? 2 : 0) + (multiplier ? 1 : 0) + (budgetNear ? 4 : 0),
  };
}

/**
 * Finds the most plausible money amount in free text. Exported separately so
 * the command grammar can parse `deal new Acme 200k` with the same rules.
 * `defaultCurrency` applies when the text names none; when omitted it is CNY
 * for Chinese text or Chinese units (万, 20w) and USD otherwise.
 */
export function parseAmount(text: string, defaultCurrency?: string): ParsedAmount | null {
  const work = toHalfWidth(text);
  let best: Candidate | null = null;
  for (const match of work.matchAll(AMOUNT_RE)) {
    if (match[0].trim() === '') continue;
    // 万/亿, their pinyin "w" and Chinese numerals are yuan habits even inside English text
    const chineseUnit = match.groups?.cn !== undefined || /^(?:[万亿千百]|十万|百万|千万|万亿|w)$/iu.test(match.groups?.mult ?? '');
    const fallback = (defaultCurrency ?? (hasHan(work) || chineseUnit ? 'CNY' : 'USD')).toUpperCase();
    const candidate = scoreMatch(work, match, fallback);
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  return best?.amount ?? null;
}
