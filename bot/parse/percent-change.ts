import { quantityRescale } from "./quantity-rescale.js";
import { offeredOnCondition } from "./amount-change-by.js";
import { parseChineseNumber } from "./chinese-numerals.js";

const DIGIT: Record<string, string> = { 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };

/**
 * "华为的报价在原来基础上打个九折", "Globex added another 15%", "price cut by 10%", "涨了5%": the deal's value
 * moved by a share of itself. Only with a word of changing the price (a probability, a deposit or a growth rate
 * is no change), and never one only asked for ("they want 10% off", "要求打八折").
 */
export interface PercentChange {
  change: "up" | "down";
  /** the share of the current value, in percent (0 < percent < 100 for a cut) */
  percent: number;
}

const ZH_DIGITS = "[一二三四五六七八九]";
/** 打九折 / 打个八五折 / 按8.5折 / 给了九五折 / 九折成交 */
const DISCOUNT_ZH = new RegExp(
  `(?<!不)(?:打|按|给了?|给个|做到|谈到|降到|让到|压到|砍到|调成|调到|改成|变成|(?:谈下来|谈成了?|最终|最后|定下来)(?:的)?是|(?<=要)(?:个)?)(?:了个|了一个|了|个|一个)?(?:原来的|原价的|原先的|之前的)?(?<rate>${ZH_DIGITS}{1,2}|\\d(?:\\.\\d)?|\\d{2})折|(?<rate2>${ZH_DIGITS}{1,2}|\\d(?:\\.\\d)?)折(?=\\s*(?:成交|签|拿下|优惠|(?:客户|对方|他们|老板|领导)?(?:已经)?(?:同意|答应|批|接受)了?))`,
  "u",
);
const PERCENT = String.raw`(?:(?<num>\d{1,2}(?:\.\d+)?)\s*%|百分之(?<zh>[一二三四五六七八九十]{1,3}))`;
/** "再让5个点", "涨了三个点": points of the price in Chinese talk of a price */
const PERCENT_ZH = String.raw`(?:${PERCENT}|(?<pts>\d{1,2}|[一二两三四五六七八九十]{1,2})个点)`;
const DOWN_ZH = new RegExp(`(?:降价|降了|降|便宜了?|优惠了?|下调了?|下浮了?|减了|砍了|砍掉|(?<![转出])让(?:了|利)?)\\s*(?:了)?${PERCENT_ZH}`, "u");
// ("加6%的税" is tax on top, not the deal growing)
const UP_ZH = new RegExp(`(?:涨价|涨了|涨|上调了?|上浮了?|提高了?|增加了?|追加了?|加了|(?<![参附外增追])加)\\s*${PERCENT_ZH}(?!\\s*(?:的)?(?:增值)?税)`, "u");
const DOWN_EN_BEFORE = new RegExp(
  String.raw`\b(?:(?:cut|reduced|lowered|dropped|trimmed|slashed)\s+(?:it|(?:the|their|our)\s+(?:price|deal|quote|budget|order|contract))?\s*by|(?:deal|price|quote|order|contract|budget|it)\s+(?:is\s+|went\s+)?down\s+(?:by\s+)?|(?:gave|giving|give)\s+(?:them|him|her)\s+(?:an?\s+)?(?:extra\s+)?|discount\s+of)\s*${PERCENT}(?!\s*(?:more|less)\b)`,
  "iu",
);
const DOWN_EN_AFTER = new RegExp(String.raw`${PERCENT}\s+(?:off|discount)\b`, "iu");
/** "globex down 25% after…", "globex negotiated us down 10%": the customer named, then which way it went */
const NAME_DOWN_EN = new RegExp(
  String.raw`^\s*(?!(?:revenue|sales|traffic|stock|shares?|margins?|usage|growth|profits?|costs?)\b)[A-Za-z][\w&'’.-]*(?:\s+(?!(?:is|was|are|were|revenue|sales|traffic|stock|shares?|margins?|usage|growth|profits?|costs?)\b)[\w&'’.-]+){0,3}?\s+(?:negotiated\s+(?:us|it|the\s+price)\s+)?down\s+(?:by\s+)?${PERCENT}`,
  "iu",
);
/** "Globex +25%!! they're adding…", "华为那单 +10%": a plus sign and a share, on the customer named first or as a clause of its own */
const PLUS_PERCENT = new RegExp(
  String.raw`(?:^\s*(?!(?:revenue|sales|growth|traffic|margins?|usage|profits?|costs?|stock|shares?)\b)[\p{L}][\p{L}\p{N}&'’.\-]*(?:\s+[\p{L}\p{N}&'’.\-]+){0,3}?|(?:^|[,，;；:：])|(?:deal|order|contract|那单|这单|单子|合同|订单|金额))\s*[+＋]\s*${PERCENT}`,
  "iu",
);
/** "Globex up 25% - they're adding the APAC rollout": the customer named, then which way it went */
const NAME_UP_EN = new RegExp(
  String.raw`^\s*(?!(?:revenue|sales|traffic|stock|shares?|margins?|usage|growth|profits?|costs?)\b)[A-Za-z][\w&'’.-]*(?:\s+(?!(?:is|was|are|were|revenue|sales|traffic|stock|shares?|margins?|usage|growth|profits?|costs?)\b)[\w&'’.-]+){0,3}?\s+up\s+(?:by\s+)?${PERCENT}`,
  "iu",
);
/** 翻倍 / 翻一番 / doubled; 减半 / cut in half / halved: the value times two or by half */
const DOUBLED =
  /(?:金额|预算|订单|单子|合同|项目|报价|量)?(?:翻倍|翻了?一番|翻了?一倍|增加了?一倍)|\b(?:doubl(?:ed|ing|es)|double)\s+(?:the\s+|their\s+|our\s+)?(?:order|deal|budget|quote|contract|seats|licen[cs]es|size|scope)\b|\b(?:order|deal|budget|quote|contract)\s+(?:has\s+|is\s+)?doubled\b/iu;
const HALVED =
  /\b(?:halved|halving|halves)\s+(?:the\s+|their\s+|our\s+)?(?:deal|order|budget|quote|contract|scope|price|seats)\b|(?:金额|预算|订单|单子|合同|项目|报价)(?:砍了?一半|减半|少了一半|缩水(?:了)?一半|缩了一半|打了?对折)|\b(?:cut|slashed|chopped)\s+(?:the\s+|their\s+|our\s+)?(?:budget|order|deal|quote|contract|scope)\s+in\s+half\b|\b(?:budget|order|deal|quote|contract)\s+(?:was\s+|got\s+)?halved\b/iu;
/** "要求打九五折 老板同意了", "asking for 10% off, told them ok": a change asked for and then agreed is made. */
const AGREED_AFTER =
  /^[^。！？!?]{0,30}?(?:(?<![没不未])(?:同意了?|答应了?|接受了?|批了)|\b(?:told\s+them\s+(?:ok|okay|yes|fine)|(?:i|we)\s+said\s+(?:ok|okay|yes|fine|sure)|agreed|accepted|approved|said\s+yes|we\s+(?:accepted|agreed)|done\s+deal|ok['’]?e?d|okayed|gave\s+(?:it\s+)?(?:the\s+|an?\s+)?(?:ok|okay|green\s+light)|signed\s+off|green[\s-]?lit)\b)/iu;
const UP_EN = new RegExp(
  String.raw`\b(?:(?:added|adding|add)\s+(?:another\s+|an?\s+(?:extra|additional)\s+)?|(?:raised|raising|increased|increasing|bumped|bumping|upped|upping|grew)\s+(?:it|(?:the|their|our)\s+(?:price|deal|quote|budget|order|contract))?\s*by\s+|(?:deal|price|quote|order|contract|budget|it)\s+(?:is\s+|went\s+)?up\s+(?:by\s+)?)${PERCENT}`,
  "iu",
);
/** "they want 10% off", "要求打八折", "如果打九折就签": a change asked for or offered on a condition is not made. */
const ASKED_BEFORE =
  /\b(?:ask(?:ed|s|ing)?|wants?|wanted|request(?:ed|s)?|hoping|pushing|if|unless)\b[^,.;]{0,28}$|(?:要求|希望|想要|想|如果|要是|能不能|可不可以|申请|(?<!不)要|打算|准备|考虑|计划)[^，,。；;]{0,8}$/iu;

function percentOf(m: RegExpExecArray): number | null {
  const g = m.groups ?? {};
  if (g.num) return Number(g.num);
  if (g.zh) return parseChineseNumber(g.zh);
  if (g.pts) return /^\d/u.test(g.pts) ? Number(g.pts) : parseChineseNumber(g.pts);
  return null;
}

function rateToPercentOff(rate: string): number | null {
  const digits = /^\d/u.test(rate) ? rate : [...rate].map((c) => DIGIT[c] ?? "").join("");
  if (!/^\d(?:\.\d)?$|^\d{2}$/u.test(digits)) return null;
  // 九折 is 90%, 八五折 / 85折 85%, 8.5折 85%
  const kept = digits.length === 2 && !digits.includes(".") ? Number(digits) : Number(digits) * 10;
  return kept > 0 && kept < 100 ? Math.round((100 - kept) * 100) / 100 : null;
}

/** "赢率提高了5个点", "margin up 5%", "同比增长了10%": a share of something other than the price. */
const OTHER_SHARE_BEFORE =
  /(?:赢率|胜率|赢单率|概率|把握|可能性|毛利率?|利润率?|增长率?|增速|同比|环比|份额|转化率|税率|\b(?:probability|chance|odds|likelihood|margins?|growth|conversion|win\s+rate|tax|revenue|sales|traffic|usage|headcount))[^，,。；;.!?！？]{0,8}$/iu;

/** "我还没答应", "老板没批", "haven't agreed yet": said after the change, it was not made. */
const NOT_AGREED =
  /(?:还?没有?|未|不)(?:答应|同意|接受|批)|\b(?:not\s+(?:yet\s+)?(?:agreed|approved|accepted)|haven['’]?t\s+(?:yet\s+)?(?:agreed|approved|accepted)|told\s+them\s+no)\b/iu;

/** "asked for 5% off, I agreed to 3%", "要九折，最后同意了九五折": the share we agreed to, said after the one asked for. */
const AGREED_SHARE_AFTER =
  /\b(?:i|we)\s+(?:agreed|settled|met\s+them)\s+(?:to|on|at)\s+(?:a\s+|an\s+)?(?<num>\d{1,2}(?:\.\d+)?)\s*%|(?:我|我们|最后|最终)(?:只)?(?:同意|答应)了?(?:给)?(?:他们)?(?<pct>\d{1,2}(?:\.\d+)?)\s*%/iu;

export function percentChange(text: string): PercentChange | null {
  // "数量从100台改成120台 单价不变": the quantity changed at the same price per unit
  const rescaled = quantityRescale(text);
  if (rescaled) return rescaled;
  const agreed = AGREED_SHARE_AFTER.exec(text);
  const agreedPercent = agreed ? Number(agreed.groups?.num ?? agreed.groups?.pct) : Number.NaN;
  if (agreed && agreedPercent > 0 && agreedPercent < 100 && /\b(?:off|discount|cut|lower)\b|折扣|优惠|降|便宜/iu.test(text))
    return { change: "down", percent: agreedPercent };
  // ("再让3个点就签 我还没答应": a change they would sign for, and one not agreed to, is not made either)
  const asked = (m: RegExpExecArray) =>
    OTHER_SHARE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) ||
    // ("will sign … if we give 15% off. I said yes": a condition met is a change made)
    (offeredOnCondition(text, m.index, m[0].length) && !AGREED_AFTER.test(text.slice(m.index + m[0].length))) ||
    NOT_AGREED.test(text.slice(m.index + m[0].length)) ||
    // ("asked on today's call for 15% off": the words between may run long)
    (ASKED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) && !AGREED_AFTER.test(text.slice(m.index + m[0].length)));
  const doubled = DOUBLED.exec(text);
  if (doubled && !asked(doubled)) return { change: "up", percent: 100 };
  const halved = HALVED.exec(text);
  if (halved && !asked(halved)) return { change: "down", percent: 50 };
  const discount = DISCOUNT_ZH.exec(text);
  if (discount && !asked(discount)) {
    const off = rateToPercentOff(discount.groups?.rate ?? discount.groups?.rate2 ?? "");
    if (off !== null) return { change: "down", percent: off };
  }
  for (const [re, change] of [
    [DOWN_ZH, "down"],
    [UP_ZH, "up"],
    [DOWN_EN_BEFORE, "down"],
    [DOWN_EN_AFTER, "down"],
    [NAME_DOWN_EN, "down"],
    [UP_EN, "up"],
    [PLUS_PERCENT, "up"],
    [NAME_UP_EN, "up"],
  ] as const) {
    const m = re.exec(text);
    if (!m || asked(m)) continue;
    const percent = percentOf(m);
    if (percent !== null && percent > 0 && (change === "up" ? percent <= 500 : percent < 100)) return { change, percent };
  }
  return null;
}

/** "-15% on the quoted 40k", "15% off the 40k list": the discount said before the figure it applies to */
const DISCOUNT_BEFORE_EN = new RegExp(
  String.raw`(?:[-−–]\s*(?=\d)|(?=\d{1,2}(?:\.\d+)?\s*%\s+off\b))${PERCENT}(?:\s+off)?\s+(?:on\s+)?(?:of\s+)?(?:the\s+|our\s+|their\s+)?(?:quoted\s+|list\s+|original\s+)?(?:price\s+of\s+)?[$€£¥]?\s*$`,
  "iu",
);

/** What may stand between a figure and its discount: "120万打88折", "65万的单子给了95折", "quoted 120k with 10% off". */
const FIGURE_TO_DISCOUNT = /^[^。；;!！?？.]{0,10}$/u;

/**
 * The figure said with a discount on it ("给腾讯发了报价 120万打88折" is ¥1,056,000): the share of it that is
 * kept, in percent, or null when no discount follows the figure in its clause (or the discount was only asked for).
 */
export function keptAfterDiscount(text: string, figure: string): number | null {
  const at = text.indexOf(figure);
  if (at < 0) return null;
  const before = discountBefore(text, at, figure.length);
  if (before !== null) return before;
  const after = text.slice(at + figure.length, at + figure.length + 24);
  for (const re of [DISCOUNT_ZH, DOWN_EN_AFTER]) {
    const m = re.exec(after);
    if (!m || !FIGURE_TO_DISCOUNT.test(after.slice(0, m.index))) continue;
    const discountAt = at + figure.length + m.index;
    if (onlyAsked(text, discountAt, text.slice(discountAt + m[0].length))) return null;
    return kept(re === DISCOUNT_ZH ? rateToPercentOff(m.groups?.rate ?? m.groups?.rate2 ?? "") : percentOf(m));
  }
  return null;
}

/** "-15% on the quoted 40k": the share kept of the figure at `at`, by a discount said just before it. */
function discountBefore(text: string, at: number, length: number): number | null {
  const windowStart = Math.max(0, at - 40);
  const m = DISCOUNT_BEFORE_EN.exec(text.slice(windowStart, at));
  if (!m || onlyAsked(text, windowStart + m.index, text.slice(at + length))) return null;
  return kept(percentOf(m));
}

/** A discount that starts at `at` was only asked for: asking words right before it, and no agreement after. */
function onlyAsked(text: string, at: number, after: string): boolean {
  return ASKED_BEFORE.test(text.slice(Math.max(0, at - 24), at)) && !AGREED_AFTER.test(after);
}

function kept(off: number | null): number | null {
  return off !== null && off > 0 && off < 100 ? 100 - off : null;
}
