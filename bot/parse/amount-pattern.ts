import { CN_NUMBER_CLASS } from "./chinese-numerals.js";
import { CURRENCY_AFTER, CURRENCY_BEFORE } from "./currency-words.js";
import { EN_NUMBER_WORDS } from "./english-number-words.js";

/** The shape of one written amount; parse-amount.ts decides whether a match is money. */

// Western grouping (1,200,000), Chinese full-width (82，225.00) and Indian lakh grouping (12,34,567.89)
const ARABIC = String.raw`\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const CN = CN_NUMBER_CLASS;
const CN_DIGIT = "一二两三四五六七八九";
// digits and Chinese numerals mixed ("12万5", "1千2百", "20多万", "十几万", "四五千")
const CORE = `(?:${ARABIC}|[${CN}几])(?:${ARABIC}|[${CN}]|[多几余来](?=[${CN}\\d]|$|[^\\p{L}\\p{N}]|[元块美欧英日港]))*(?:多|余)?`;
// a minus glued to a digit or an amount is a range or a date ("20-30万", "12-5", "三元-四元"), not a sign
const SIGN = String.raw`(?<![\d.,A-Za-z元圆块角毛分毫仙蚊${CN}])(?<sign>[-−]|负|minus\s)?`;
const PREFIX = String.raw`(?:(?<prefix>${CURRENCY_BEFORE})\s*(?<innerSign>[-−])?)?`;
// "a dollar", "a buck": the article is the number only right before a currency word
const ONE = String.raw`\ban?(?=\s+(?:${CURRENCY_AFTER}|cents?|penny)(?![A-Za-z])(?!\s?\d))`;
const NUMBER = `(?<num>${CORE})|(?<words>${EN_NUMBER_WORDS}|${ONE})`;
// Chinese units here only when spaced ("8.8 万元"); glued ones are part of the numeral
const MULT = String.raw`(?:\s?(?<mult>hundred\s+thousand|hundred|thousand|million|billion|trillion|grand|lakhs?|crores?|mil|mill|mio|mln|mn|mm|bn|[kKmMbB]|[wW](?!\/\s*[A-Za-z])|万亿|千万|百万|十万|万|亿|千)(?![A-Za-z]))?`;
// "5-dollar bill", "one-yen bid": a hyphen may join the number to its currency word
// a code glued to the next number ("3 USD50 cards") names that number, not this one;
// "75 USD million": finance style puts the scale after the code; "20个比特币", "3个亿": a measure word may come between
const AFTER = String.raw`(?:\s|-(?=[A-Za-z])|个(?![元块圆]))?(?<suffix>(?:${CURRENCY_AFTER})(?![A-Za-z])(?!(?<=[A-Za-z])\d))(?:\s?(?<suffix2>人民币|rmb)(?![A-Za-z]))?(?:\s(?<scaleAfter>million|billion|mn|bn)(?![A-Za-z]))?`;
// a lone digit after 块 is 角 (两块五), unless it starts a count ("3块5个"); a range may follow (两块五到三块)
// …and so may a price per item or a shop word ("一块二一个", "九块九包邮", "五毛钱一个")
const EACH = "一[个件张台套只本份瓶盒条支斤]|每|包邮|起";
const LONE = `[${CN_DIGIT}\\d](?:(?![\\d${CN}%％\\p{L}])|(?=[到至])|(?=${EACH}))`;
// 元 followed by 角/毛/毫 and 分/仙, 零 and a fen digit (三块零四), 半 (两块半) or a lone digit
const SUBUNITS = String.raw`(?<sub>(?:[${CN}\d]{1,2}[角毛毫](?:钱)?(?:[${CN}\d]{1,2}[分仙]|${LONE})?|[${CN}\d]{1,2}[分仙]|零[${CN_DIGIT}\d][分仙]?|半|${LONE})(?:整|正)?|整|正)`;
// "13 dollars and 45 cents", "$20 and 43c", "15 dollars 50." (a trailing one- or two-digit number is cents)
const CENT_WORD = String.raw`(?:\s*(?:cents?|pence|sens?|kopiykas?|kopecks?)(?![A-Za-z])|\s?¢|c(?![A-Za-z])|美分|(?=\s*(?:[.,;!?](?!\d)|$)))`;
const cents = (name: string) => String.raw`\s*(?:and\s+|又|和)?(?<${name}>\d{1,2}|${EN_NUMBER_WORDS}|[${CN_DIGIT}十]{1,3})${CENT_WORD}`;
// 毛/角 may carry a fen digit (两毛五, 三角五分) but not run into a word (五角大楼, 三角形); a range may follow (5毛到1块)
const NOT_A_WORD = String.raw`(?:(?!\p{Script=Han})|(?=[到至])|(?=${EACH}))`;
const JIAO = String.raw`(?:毛|角|毫)(?:钱)?(?:[${CN_DIGIT}\d][分仙]?(?:钱)?)?${NOT_A_WORD}`;
const MINOR_UNIT = String.raw`\s?(?<minorUnit>cents?|pence|pennies|penny|美分|¢|(?<=\d)c|分钱|${JIAO}|[分仙]${NOT_A_WORD})(?![A-Za-z])`;

export const AMOUNT_RE = new RegExp(
  `${SIGN}${PREFIX}(?:${NUMBER})${MULT}(?:${MINOR_UNIT}|${AFTER}(?:${SUBUNITS}|${cents("cents")})?|${cents("prefixCents")})?`,
  "gdiu",
);

export const MULTIPLIERS: Record<string, bigint> = {
  k: 1_000n,
  hundred: 100n,
  "hundred thousand": 100_000n,
  thousand: 1_000n,
  grand: 1_000n,
  lakh: 100_000n,
  lakhs: 100_000n,
  crore: 10_000_000n,
  crores: 10_000_000n,
  m: 1_000_000n,
  mn: 1_000_000n,
  mm: 1_000_000n,
  mil: 1_000_000n,
  mill: 1_000_000n,
  mio: 1_000_000n,
  mln: 1_000_000n,
  million: 1_000_000n,
  b: 1_000_000_000n,
  bn: 1_000_000_000n,
  billion: 1_000_000_000n,
  trillion: 1_000_000_000_000n,
  // pinyin "wan": chat shorthand for 万
  w: 10_000n,
  千: 1_000n,
  万: 10_000n,
  十万: 100_000n,
  百万: 1_000_000n,
  千万: 10_000_000n,
  亿: 100_000_000n,
  万亿: 1_000_000_000_000n,
};
