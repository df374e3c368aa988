/**
 * How people name a currency around an amount. Each entry: ISO code, the
 * words/symbols written before the number, and those written after it.
 * Entries are regular-expression source, matched case-insensitively ("usd", "Rmb"),
 * except the codes in UPPER_CASE_ONLY. Traditional characters (港幣, 歐元) are
 * folded to simplified ones before matching (see foldCurrencyChars).
 */
interface CurrencyNames {
  code: string;
  before: string[];
  after: string[];
}

const TABLE: CurrencyNames[] = [
  { code: "HKD", before: ["hk\\s?\\$", "hkd\\$?", "港币", "港元"], after: ["港币", "港元", "hkd", "hk\\$", "hk dollars?", "hong kong dollars?", "蚊"] },
  { code: "TWD", before: ["nt\\s?\\$", "twd", "新台币"], after: ["新台币", "台币", "twd", "nt dollars?", "new taiwan dollars?"] },
  { code: "CAD", before: ["c\\s?\\$", "ca\\$", "cad\\$?"], after: ["加元", "加币", "cad", "canadian dollars?"] },
  { code: "AUD", before: ["a\\$", "au\\$", "aud\\$?"], after: ["澳元", "澳币", "aud", "australian dollars?"] },
  { code: "SGD", before: ["s\\$", "sg\\$", "sgd\\$?"], after: ["新加坡元", "新币", "sgd", "singapore dollars?"] },
  { code: "MXN", before: ["mxn\\$?", "mex\\$"], after: ["mxn", "mexican pesos?"] },
  {
    code: "USD",
    before: ["us\\s?\\$", "usd\\$?", "\\$", "dollars?", "美元", "美金"],
    after: ["美元", "美金", "美圆", "usd", "us\\$", "\\$(?!\\d)", "us dollars?", "u\\.s\\. dollars?", "dollars?", "bucks?"],
  },
  {
    code: "CNY",
    before: ["rmb", "cny", "人民币", "¥", "￥"],
    after: ["¥(?!\\d)", "元人民币", "人民币", "块钱", "元", "块", "圆", "rmb", "cny", "renminbi", "chinese yuan", "yuan", "kuai"],
  },
  { code: "EUR", before: ["eur", "€", "欧元"], after: ["欧元", "eur", "euros?", "€(?!\\d)"] },
  { code: "GBP", before: ["gbp", "£", "英镑"], after: ["英镑", "gbp", "pounds? sterling", "pounds?", "quid", "£(?!\\d)"] },
  { code: "JPY", before: ["jpy", "円", "日元"], after: ["日元", "日圆", "jpy", "japanese yen", "yen"] },
  { code: "CHF", before: ["chf"], after: ["瑞士法郎", "chf", "swiss francs?", "francs?"] },
  { code: "KRW", before: ["krw", "₩", "韩元"], after: ["韩元", "krw", "korean won"] },
  { code: "INR", before: ["inr", "₹", "rs\\.?"], after: ["卢比", "inr", "rupees?", "rs"] },
  { code: "RUB", before: ["RUB", "₽", "卢布"], after: ["卢布", "RUB", "roubles?", "rubles?"] },
  { code: "THB", before: ["thb", "฿", "泰铢"], after: ["泰铢", "thb", "baht"] },
  { code: "NZD", before: ["nz\\$", "nzd\\$?"], after: ["nzd", "new zealand dollars?"] },
  { code: "MOP", before: ["MOP\\$?", "澳门币", "澳门元"], after: ["澳门元", "澳门币", "MOP"] },
  { code: "NGN", before: ["ngn", "₦"], after: ["奈拉", "ngn", "naira"] },
  { code: "TRY", before: ["TRY", "₺"], after: ["土耳其里拉", "turkish liras?", "₺"] },
  { code: "CRC", before: ["CRC", "₡"], after: ["₡", "CRC", "colon(?:es)?"] },
  { code: "GEL", before: ["GEL", "₾"], after: ["₾", "lari"] },
  { code: "LAK", before: ["LAK", "₭"], after: ["₭", "LAK", "kip"] },
  { code: "MYR", before: ["myr", "RM", "malaysian? ringgits?", "ringgits?"], after: ["马币", "令吉", "myr", "RM", "malaysian? ringgits?", "ringgits?"] },
  { code: "SAR", before: ["sar"], after: ["sar", "saudi\\s?riyals?"] },
  { code: "QAR", before: ["qar"], after: ["qar", "qatari riyals?"] },
  { code: "KWD", before: ["kwd"], after: ["kwd", "kuwaiti dinars?"] },
  { code: "EGP", before: ["egp", "l\\.e\\.?", "LE"], after: ["egp", "egyptian\\s?pounds?", "l\\.e\\.?", "LE", "genehs?"] },
  { code: "LKR", before: ["lkr", "ரூ"], after: ["lkr", "ரூ", "sri lankan rupees?"] },
  { code: "NLG", before: [], after: ["dutch guilders?", "guilders?"] },
  { code: "LBP", before: ["lbp"], after: ["lbp", "lebanese pounds?"] },
  { code: "ILS", before: ["ils", "₪"], after: ["ils", "shekels?", "new israeli shekels?"] },
  { code: "UAH", before: ["uah", "₴"], after: ["uah", "hryvnias?", "hryvnyas?"] },
  { code: "MNT", before: ["mnt", "₮"], after: ["mnt", "tugriks?", "tögrögs?"] },
  { code: "IRR", before: ["irr"], after: ["irr", "iranian rials?", "rials?"] },
  // "PHP 8" is the language: the code counts only after the number
  { code: "PHP", before: ["₱"], after: ["PHP", "₱", "philippine pesos?"] },
  { code: "BTC", before: ["btc", "₿"], after: ["btc", "bitcoins?", "比特币"] },
];

/** Sub-units written after a number: 50 cents, 470 pence, 35c, 99¢ (minor units of USD / GBP). */
export const MINOR_UNIT_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:cents?|c|¢|pennies|penny|美分)$/i, "USD"],
  [/^(?:pence|p)$/i, "GBP"],
];

/**
 * Codes that are also words, brands or IT terms ("TOP 10", "20 AMD servers", "CVE 2024"), and
 * funds nobody quotes a deal in. Other ISO codes count in capitals only ("let's try 3" is no lira).
 */
const NOT_A_CODE = new Set([
  "ALL",
  "TOP",
  "CUP",
  "SOS",
  "MAD",
  "PEN",
  "BOB",
  "BAM",
  "AMD",
  "CVE",
  "SVC",
  "BSD",
  "SHP",
  "NPR",
  "ANG",
  "CUC",
  "XDR",
  "XSU",
  "STN",
  "SLE",
  "XCG",
  "ZWG",
]);
const ISO_CODES: string[] = (typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : []).filter((code) => !NOT_A_CODE.has(code));
const TABLE_CODES = new Set(TABLE.map((c) => c.code));
const OTHER_CODES = ISO_CODES.filter((code) => !TABLE_CODES.has(code));
const UPPER_CASE_ONLY = new Set([...OTHER_CODES, "TRY", "CRC", "GEL", "LAK", "RUB", "RM", "MOP", "ILS", "MNT", "LE", "PHP"]);

function alternation(pick: (c: CurrencyNames) => string[]): string {
  const words = [...TABLE.flatMap(pick), ...OTHER_CODES];
  // longest first so "元人民币" wins over "元", "US$" over "$"
  return words.sort((a, b) => b.length - a.length).join("|");
}

/** Finance shorthand for millions of a currency: "120 MEUR", "MAUD 60". */
const MILLION_CODES = "M(?:USD|EUR|GBP|AUD|CAD|CHF|CNY|RMB|HKD|JPY)";
export const CURRENCY_BEFORE = `${MILLION_CODES}|${alternation((c) => c.before)}`;
export const CURRENCY_AFTER = `${MILLION_CODES}|${alternation((c) => c.after)}`;

const MILLION_CODE = new RegExp(`^${MILLION_CODES}$`, "i");

/** True for "MEUR"-style words: the amount is in millions. */
export function isMillionCode(word: string | undefined): boolean {
  return word !== undefined && MILLION_CODE.test(word.trim());
}

const compiled = TABLE.map((c) => ({
  code: c.code,
  before: new RegExp(`^(?:${c.before.join("|")})$`, "iu"),
  after: new RegExp(`^(?:${c.after.join("|")})$`, "iu"),
}));

/** ISO code for a currency word found before (`side` = 'before') or after a number. */
export function currencyOf(word: string | undefined, side: "before" | "after"): string | null {
  if (!word) return null;
  const token = isMillionCode(word) ? word.trim().slice(1) : word.trim().replace(/\s+/g, " ");
  if (UPPER_CASE_ONLY.has(token.toUpperCase()) && token !== token.toUpperCase()) return null;
  for (const c of compiled) if (c[side].test(token)) return c.code;
  return OTHER_CODES.includes(token) ? token : null;
}

const TRADITIONAL: Record<string, string> = {
  幣: "币",
  圓: "圆",
  塊: "块",
  錢: "钱",
  門: "门",
  臺: "台",
  歐: "欧",
  鎊: "镑",
  盧: "卢",
  韓: "韩",
  銖: "铢",
  馬: "马",
};

/** Traditional characters of the currency words, one for one so text offsets stay put. */
export function foldCurrencyChars(text: string): string {
  return text.replace(/[幣圓塊錢門臺歐鎊盧韓銖馬]/gu, (ch) => TRADITIONAL[ch] ?? ch);
}
