/**
 * How people name a currency around an amount. Each entry: ISO code, the
 * words/symbols written before the number, and those written after it.
 * Entries are regular-expression source, matched case-insensitively ("usd", "Rmb").
 */
interface CurrencyNames {
  code: string;
  before: string[];
  after: string[];
}

const TABLE: CurrencyNames[] = [
  { code: 'HKD', before: ['hk\\s?\\$', 'hkd\\$?', '港币'], after: ['港币', '港元', '港幣', 'hkd', 'hk dollars?', 'hong kong dollars?'] },
  { code: 'TWD', before: ['nt\\s?\\$', 'twd', '新台币'], after: ['新台币', '台币', 'twd', 'nt dollars?', 'new taiwan dollars?'] },
  { code: 'CAD', before: ['c\\s?\\$', 'ca\\$', 'cad\\$?'], after: ['加元', '加币', 'cad', 'canadian dollars?'] },
  { code: 'AUD', before: ['a\\$', 'au\\$', 'aud\\$?'], after: ['澳元', '澳币', 'aud', 'australian dollars?'] },
  { code: 'SGD', before: ['s\\$', 'sg\\$', 'sgd\\$?'], after: ['新加坡元', '新币', 'sgd', 'singapore dollars?'] },
  { code: 'MXN', before: ['mxn\\$?', 'mex\\$'], after: ['mxn', 'mexican pesos?'] },
  { code: 'USD', before: ['us\\s?\\$', 'usd\\$?', '\\$', 'dollars?', '美元'], after: ['美元', '美金', '美圆', 'usd', '\\$(?!\\s?\\d)', 'us dollars?', 'u\\.s\\. dollars?', 'dollars?', 'bucks'] },
  { code: 'CNY', before: ['rmb', 'cny', '人民币', '¥', '￥'], after: ['¥(?!\\s?\\d)', '元人民币', '人民币', '块钱', '元', '块', '圆', 'rmb', 'cny', 'renminbi', 'chinese yuan', 'yuan', 'kuai'] },
  { code: 'EUR', before: ['eur', '€'], after: ['欧元', 'eur', 'euros?', '€(?!\\s?\\d)'] },
  { code: 'GBP', before: ['gbp', '£'], after: ['英镑', 'gbp', 'pounds? sterling', 'pounds?', 'quid', '£(?!\\s?\\d)'] },
  { code: 'JPY', before: ['jpy', '円'], after: ['日元', '日圆', 'jpy', 'japanese yen', 'yen'] },
  { code: 'CHF', before: ['chf'], after: ['瑞士法郎', 'chf', 'swiss francs?'] },
  { code: 'KRW', before: ['krw', '₩'], after: ['韩元', 'krw', 'korean won'] },
  { code: 'INR', before: ['inr', '₹', 'rs\\.?'], after: ['卢比', 'inr', 'rupees?'] },
  { code: 'RUB', before: ['rub', '₽'], after: ['卢布', 'rub', 'roubles?', 'rubles?'] },
  { code: 'THB', before: ['thb', '฿'], after: ['泰铢', 'thb', 'baht'] },
  { code: 'NZD', before: ['nz\\$', 'nzd\\$?'], after: ['nzd', 'new zealand dollars?'] },
  { code: 'MOP', before: ['MOP\\$'], after: ['澳门元', '澳门币', 'MOP'] },
  { code: 'NGN', before: ['ngn', '₦'], after: ['奈拉', 'ngn', 'naira'] },
  { code: 'TRY', before: ['try', '₺'], after: ['土耳其里拉', 'turkish liras?', '₺'] },
  { code: 'CRC', before: ['crc', '₡'], after: ['₡', 'crc', 'colon(?:es)?'] },
  { code: 'GEL', before: ['gel', '₾'], after: ['₾', 'lari'] },
  { code: 'LAK', before: ['lak', '₭'], after: ['₭', 'lak', 'kip'] },
];

/** Sub-units written after a number: 50 cents, 470 pence (minor units of USD / GBP). */
export const MINOR_UNIT_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:cents?|美分)$/i, 'USD'],
  [/^(?:pence|p)$/i, 'GBP'],
];

function alternation(pick: (c: CurrencyNames) => string[]): string {
  const words = TABLE.flatMap(pick);
  // longest first so "元人民币" wins over "元", "US$" over "$"
  return words.sort((a, b) => b.length - a.length).join('|');
}

/** Finance shorthand for millions of a currency: "120 MEUR", "MAUD 60". */
const MILLION_CODES = 'M(?:USD|EUR|GBP|AUD|CAD|CHF|CNY|RMB|HKD|JPY)';
export const CURRENCY_BEFORE = `${MILLION_CODES}|${alternation((c) => c.before)}`;
export const CURRENCY_AFTER = `${MILLION_CODES}|${alternation((c) => c.after)}`;

/** True for "MEUR"-style words: the amount is in millions. */
export function isMillionCode(word: string | undefined): boolean {
  return word !== undefined && new RegExp(`^${MILLION_CODES}$`, 'i').test(word.trim());
}

const compiled = TABLE.map((c) => ({
  code: c.code,
  before: new RegExp(`^(?:${c.before.join('|')})$`, 'iu'),
  after: new RegExp(`^(?:${c.after.join('|')})$`, 'iu'),
}));

/** ISO code for a currency word found before (`side` = 'before') or after a number. */
export function currencyOf(word: string | undefined, side: 'before' | 'after'): string | null {
  if (!word) return null;
  const token = isMillionCode(word) ? word.trim().slice(1) : word.trim().replace(/\s+/g, ' ');
  for (const c of compiled) if (c[side].test(token)) return c.code;
  return null;
}
