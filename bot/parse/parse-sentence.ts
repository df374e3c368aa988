import { blankUnitPriceChange } from "./quantity-rescale.js";
import { splitClauses } from "./split-clauses.js";
import { customerActed, reportsBesidePlan } from "./reports-beside-plan.js";
import { isOwnTask } from "./own-task.js";
import type { ParseProblem, ParsedAmount, ParsedDate, ParsedSentence } from "./types.js";
import { detectLocale } from "./detect-locale.js";
import { extractNames } from "./extract-names.js";
import { activityTime, arrangedByDate, arrangedByDateZh, happenedByDate, plannedTime } from "./activity-time.js";
import { inferActivityIntent } from "./infer-activity.js";
import { inferStage, inferWantsQuote } from "./infer-stage.js";
import { MAX_PARSE_CHARS, collapseWhitespace, toHalfWidth, truncate } from "./normalize-text.js";
import { bareUnitPriceTotal, perUnitTotal } from "./amount-per-unit.js";
import { perPeriodTotal } from "./amount-per-period.js";
import { blankCancelledClauses, cancelsAppointment } from "./cancelled-clauses.js";
import { carrySameTimeClock } from "./same-time.js";
import { followUpTurnedDown } from "./no-follow-up.js";
import { figureToDeliver } from "./figure-to-deliver.js";
import { unchangedValueWindow } from "./value-unchanged.js";
import { blankNoReminderClauses } from "./no-reminder-clauses.js";
import { blankTallyClauses } from "./tally-clauses.js";
import { blankMealTimes } from "./meal-time-words.js";
import { yearlessByTense } from "./yearless-by-tense.js";
import { parseAmount } from "./parse-amount.js";
import { blankExpenses } from "./blank-expenses.js";
import { blankCustomerFacts } from "./customer-facts.js";
import { blankPaidAmounts } from "./paid-amounts.js";
import { OUR_POSITION_BEFORE, amountChangeBy, isOtherPhaseFigure, offeredOnCondition } from "./amount-change-by.js";
import { keptAfterDiscount, percentChange } from "./percent-change.js";
import { parseDates } from "./parse-dates.js";
import { joinMaskedLists, maskNames } from "./mask-names.js";
import { allMatches } from "./all-matches.js";
import { isBareAppointment } from "./bare-appointment.js";
import { foldTraditionalChars } from "./traditional-chars.js";
import { joinSpacedDateWords } from "./spaced-date-words.js";
import { namesCurrency } from "./amount-names-currency.js";
import { plannedByClockToday, plannedByClockTodayEn, plannedByPartOfDay } from "./part-of-day-ahead.js";
import { blankGoneHeadings, headedByGoneDay } from "./weekday-heading.js";
import { inWriterCurrency } from "./writer-currency.js";
import { blankTheirAway, followUpBesideTravel, tellsCustomerAway } from "./customer-away.js";

export type {
  ActivityKind,
  Locale,
  ParseProblem,
  ParsedAmount,
  ParsedDate,
  ParsedSentence,
  StageKey,
} from "./types.js";
export { parseAmount } from "./parse-amount.js";
export { parseDates } from "./parse-dates.js";
export type { DateContext, ParsedDates } from "./parse-dates.js";

/** What a figure says the deal is worth: a price per unit times the units, a rate per month times the months. */
function worth(text: string, amount: ParsedAmount | null): ParsedAmount | null {
  return perPeriodTotal(text, perUnitTotal(text, amount));
}

/** The figure said to stay, right before the words or else right after them; a change read there is none. */
function unchangedValue(around: { before: string; after: string }, options: ParseSentenceOptions): ParsedAmount | null {
  const figure = parseAmount(around.before, options.defaultCurrency) ?? parseAmount(around.after, options.defaultCurrency);
  return figure && figure.minor > 0 && !figure.change ? figure : null;
}

function amountOf(text: string, options: ParseSentenceOptions): ParsedAmount | null {
  // "40 licenses at 120 each": with no figure read as money, a bare price for each unit times their count
  const amount =
    dealAmountOf(text, options.defaultCurrency) ??
    (/\p{Script=Han}/u.test(text) ? null : bareUnitPriceTotal(text, options.defaultCurrency ?? options.writerCurrency ?? "USD"));
  if (!amount || options.defaultCurrency || !options.writerCurrency || amount.currency === options.writerCurrency) return amount;
  return inWriterCurrency(amount, !namesCurrency(amount), options.writerCurrency);
}

/** "报价120万打88折": the deal is worth the figure after its discount. */
function discounted(text: string, amount: ParsedAmount | null): ParsedAmount | null {
  if (!amount || amount.change || amount.approximate) return amount;
  const kept = keptAfterDiscount(text, amount.text);
  return kept === null ? amount : { ...amount, minor: Math.round((amount.minor * kept) / 100) };
}

/**
 * "waived the $5k setup fee, so deal is 75k now", "removing the add-on ($15k). New total 65k", "we settled at 76,500",
 * "预算多批了20万 总价调到220万": the deal's value said outright, whatever other figure came first.
 */
const VALUE_SAID =
  /\b(?:(?:deal|total|contract|order)(?:['’]s|\s+is|\s+now|\s+comes\s+to|\s+stands\s+at|\s+at)|(?:new|final|revised|updated|adjusted)\s+(?:deal\s+)?(?:total|amount|value|price|number)(?:\s*[:：=]|\s+is|\s+of|\s+now|\s+comes\s+to)?|(?:we|they|both\s+sides)\s+(?:finally\s+)?(?:settled|landed|agreed)\s+(?:on|at))\s+(?:now\s+)?(?:at\s+)?(?=[$€£¥]?\s*\d)|(?:打完|打了)\s*[\d一二三四五六七八九.]+\s*折(?:后|以后|之后)?(?:是|为|就是|变成)\s*(?=[¥￥]?\s*[\d一二三四五六七八九十两])|折后(?:价|总价)?(?:是|为)?\s*(?=[¥￥]?\s*[\d一二三四五六七八九十两])|(?:总价|总额|总金额|合同(?:总)?(?:金)?额|合同金额|成交价|最终价)(?:最终)?(?:调到|调整到|调整为|改成|改为|改到|降到|降为|涨到|提到|定在|定为|变成|变为|是|为|[:：=])\s*(?=[¥￥]?\s*[\d一二三四五六七八九十两])/giu;
function valueSaid(text: string, currency: string | undefined): ParsedAmount | null {
  for (const m of allMatches(text, VALUE_SAID)) {
    const rest = text.slice((m.index ?? 0) + m[0].length);
    // (read with the words before it, which make a bare "76,500" money)
    const figure = parseAmount(`${m[0]}${rest.split(/[,;.!?，。；]\s/u)[0] ?? rest}`, currency);
    // (the figure right after the words, not one further on in the clause)
    const opensRest = figure !== null && rest.trimStart().startsWith(figure.text.trimStart().slice(0, 1));
    if (figure && figure.minor > 0 && opensRest) return figure;
  }
  return null;
}

/** "他们预算可能到300万，不过还没定", "maybe 90k, nothing final yet": a figure said to be unsettled (or offered on a condition) changes no deal. */
const UNSETTLED_AFTER =
  /^[^。.;；!！?？]{0,12}?(?:还没(?:有)?(?:定|确定|最终确定|批|敲定)|没定|未定|待定|不确定|还不确定|说不准|不一定)|^[^.;!?]{0,24}?\b(?:not\s+(?:yet\s+)?(?:final|confirmed|settled|decided|firm|agreed)|nothing(?:['’]s|\s+is)?\s+(?:final|confirmed|settled|firm)|tbd|tbc|to\s+be\s+(?:confirmed|decided)|not\s+committ(?:ing|ed)|no\s+commitment)\b/iu;
/** "…cut the deal to 65k. I said I can do 70k max, they haven't confirmed yet.": the customer has not said yes. */
const NOT_CONFIRMED_LATER =
  /\b(?:they|he|she|the\s+(?:client|customer))\s+(?:haven['’]?t|hasn['’]?t|have\s+not|has\s+not)\s+(?:yet\s+)?(?:confirmed|agreed|signed\s+off|decided|come\s+back)\b|(?:对方|客户|他们)(?:还)?没(?:有)?(?:确认|答应|同意|回复|回话)|(?:我说)?(?:要|得|需要)?(?:请示|回去申请|申请一下|回去商量|跟领导商量|问一下领导|问问老板)|(?:让|要|希望)我们(?:再)?(?:降|便宜|让)|等(?:客户|对方|他们|老板|领导)?(?:确认|定了?|签字|批)|待(?:客户)?确认|有待确认|\b(?:i['’]?d|i\s+will|i['’]ll|we['’]ll)\s+get\s+back\s+to\s+them\b|\b(?:need\s+to\s+(?:check|talk|run\s+it\s+by|ask|clear\s+it)\b[^.;!?]{0,30}\b(?:manager|boss|vp|director|finance|leadership)|before\s+agreeing|not\s+agreeing|haven['’]?t\s+agreed|not\s+(?:yet\s+)?agreed|(?:will|'ll|going\s+to)\s+counter|countering)\b/iu;
const WISHED_VALUE_BEFORE =
  /(?:想|希望|要求|想要|打算)(?:把价格|把价钱)?(?:砍|降|压|谈|让)到\s*$|\b(?:can['’]?t|cant|cannot|won['’]?t|wont|unable\s+to)\s+go\s+(?:above|over|beyond|past|higher\s+than)\s*$|(?:最多只能|最多|顶多)(?:出|给|付)?到?\s*$|\basked\s+(?:us\s+)?(?:whether|if)\s+we\s+(?:can|could)\s+(?:do|go\s+(?:down\s+)?to|come\s+down\s+to|match)\s*$/iu;
/**
 * "金额预计会涨到260万左右，先别改", "价格先别动，等他们领导批了再说，大概能到180万", "hold off on the amount": the rep says not to
 * apply a value yet, wherever in the message (before the figure too).
 */
const HOLD_OFF =
  /先别(?:改|动)|先不(?:要)?(?:改|动)|暂(?:时)?(?:不要?|别)(?:改|动)|别急着(?:改|动)|等[^，,。；;]{0,10}?(?:确认|批|签字|定|拍板)了?再(?:说|改|定|动)|\b(?:hold\s+off|don['’]?t\s+(?:change|update|touch)\s+(?:it|the\s+deal|the\s+amount\s+)?\s*(?:yet|for\s+now)|(?:pending|awaiting|waiting\s+(?:for|on))\s+(?:their\s+|the\s+)?(?:confirmation|approval|sign-?off|signature))\b/iu;
const AGREED_LATER = /(?<![没不未])(?:同意了?|答应了?|接受了?|批了)|\b(?:agreed|accepted|approved)\b/iu;
function unsettled(text: string, amount: ParsedAmount): boolean {
  const at = text.indexOf(amount.text);
  // ("如果能做的话金额要加到260万": a value only if something happens is not the deal's yet)
  if (at < 0) return false;
  const after = text.slice(at + amount.text.length);
  // ("华为那边嫌200万太贵，想砍到170": the value they wish for, not agreed)
  // ("asked whether we could go down to 40k": the English words run longer than the Chinese)
  const wished = WISHED_VALUE_BEFORE.test(text.slice(Math.max(0, at - 48), at)) && !AGREED_LATER.test(after.slice(0, 40));
  return (
    wished ||
    HOLD_OFF.test(text) ||
    UNSETTLED_AFTER.test(after.slice(0, 40)) ||
    NOT_CONFIRMED_LATER.test(after.slice(0, 120)) ||
    offeredOnCondition(text, at, amount.text.length)
  );
}

const MINUS_ON_DEAL_BEFORE = /(?:\bdeal|\border|\bcontract|\bprice|\bquote|那单|这单|单子|合同|订单|金额|报价)\s*[:：]?\s*$/iu;

/**
 * "华为那单 -10万", "华为 -12万，客户砍掉了一个模块" (the customer alone before it, opening the message), "dropped the
 * training add-on (-$5k)" (in brackets after what was dropped): a minus sign on the deal is a cut.
 */
const REFUND_WORD = /refund|credit|chargeback|paid|payment|退|返|赔|付/iu;
function minusOnDeal(text: string, amount: ParsedAmount): boolean {
  const at = text.indexOf(amount.text);
  if (at < 0) return false;
  const before = text.slice(0, at);
  return (
    MINUS_ON_DEAL_BEFORE.test(before.slice(-16)) ||
    (/^\s*[^\s，,。；;:：]{1,24}\s*[:：]?\s*$/u.test(before) && !REFUND_WORD.test(before)) ||
    (/[(（]\s*$/u.test(before) && /^\s*[)）]/u.test(text.slice(at + amount.text.length))) ||
    // ("dropping the training package, so minus $8k": the word itself)
    (/^minus\b/iu.test(amount.text) && !REFUND_WORD.test(before))
  );
}

/** A refund or a minus sign is money going back, never a deal's value (a minus sign on the deal is a cut). */
function dealAmountOf(text: string, currency: string | undefined): ParsedAmount | null {
  const first = parseAmount(text, currency);
  // (when it is the first figure anyway, the usual reading below applies to it)
  const said = valueSaid(text, currency);
  if (said && said.text !== first?.text) return said;
  const read = usualReading(text, first, currency);
  // ("压价…我们内部商量了下，总价降到190万": said outright, the value stands where the usual reading doubts it, or reads
  // a change: "华为又追加了一个站点，合同金额改成210万" is ¥2,100,000, not 210万 more)
  return said && !unsettled(text, said) && (!read || read.change) ? said : read;
}

function usualReading(text: string, first: ParsedAmount | null, currency: string | undefined): ParsedAmount | null {
  const amount = worth(text, first);
  // "globex deal -5k (removed training package)", "华为那单 -10万": a minus sign on the deal is a cut
  if (amount && amount.minor < 0 && minusOnDeal(text, amount)) return { ...amount, minor: -amount.minor, change: "down" };
  if (!amount || amount.minor <= 0 || unsettled(text, amount)) return null;
  const change = amountChangeBy(text, amount);
  // "3 month trial at $2k/month, then 50k/yr": the price after a trial is what the deal is worth;
  // "Globex wants a 3 year deal at 70k/yr, I proposed 75k/yr": our own figure said after theirs is the deal's
  if (!change) return yearlyAfterTrial(text, amount, currency) ?? ourFigureAfter(text, amount, currency) ?? amount;
  // "discount 10k off list, final 90k", "they countered at 65k, we're at 72k": a value said beside the
  // change or the counter is the new value
  const rest = text.replace(amount.text, " ".repeat(amount.text.length));
  const other = worth(rest, parseAmount(rest, currency));
  if (other && other.minor > 0 && amountChangeBy(rest, other) === null) {
    // Beside a figure that is no value ("countered at 65k", "lower than Initech's 70k"), only our own position counts.
    const at = rest.indexOf(other.text);
    // ("一期合同总额90万 二期预算300万": beside a later phase's figure, this phase's is the value)
    if (change !== "ignore" || (at >= 0 && OUR_POSITION_BEFORE.test(rest.slice(Math.max(0, at - 24), at))) || isOtherPhaseFigure(text, amount)) return other;
  }
  // "fabrikam came back at 52k, we're holding at 58"
  const counter = change === "ignore" && !other ? bareCounter(text.slice(text.indexOf(amount.text) + amount.text.length), amount) : null;
  return change === "ignore" ? counter : { ...amount, change };
}

/**
 * "华为15号签约了" typed on the 9th, "they sign on the 15th": a signing dated ahead is settled, not done; the
 * parser reads 签约了 as a win and only the date says it is still to come.
 */
function signingAhead(text: string, dates: readonly { at: Date; text: string }[], now: Date): boolean {
  return dates.some((d) => {
    if (d.at.getTime() <= now.getTime() || !d.text) return false;
    const at = text.indexOf(d.text);
    if (at < 0) return false;
    const after = text.slice(at + d.text.length, at + d.text.length + 8);
    const before = text.slice(Math.max(0, at - 16), at);
    // "下周一盖章", "15号用印": a stamp is the signing of a Chinese contract
    // ("九号上午十点 我过去签合同": who goes to sign may stand between the day and the signing)
    return (
      /^\s*(?:我们?|咱们?|他们|对方)?\s*(?:的|就|再|会|要|来|去|过去|过来|上门)?\s*(?:签|盖章|盖公章|用印)/u.test(after) ||
      /\bsign(?:s|ing)?\s+(?:the\s+\w+\s+)?(?:on\s+)?$/iu.test(before)
    );
  });
}

const TRIAL = /\b(?:trial|pilot|poc|proof\s+of\s+concept)\b|试用|试点|试运行/iu;
const THEN_YEARLY =
  /(?:\bthen\b|\bafter\s+that\b|之后|然后|转正后)[^.;。；]{0,12}?(?<figure>(?:每年|一年|年费)\s*[$¥￥]?\s*\d[\d,.]*\s*(?:k|m|万)?|[$¥￥]?\s*\d[\d,.]*\s*(?:k|m|万)?\s*(?:\/\s*(?:yr|year)|per\s+year|a\s+year|annually|每年|一年|\/年))/iu;
function yearlyAfterTrial(text: string, amount: ParsedAmount, currency: string | undefined): ParsedAmount | null {
  if (!TRIAL.test(text)) return null;
  const m = THEN_YEARLY.exec(text);
  const figure = m?.groups?.figure;
  if (!m || !figure || text.indexOf(amount.text) > (m.index ?? 0)) return null;
  const yearly = parseAmount(figure, currency ?? amount.currency);
  return yearly && yearly.minor > 0 ? { ...yearly, currency: namesCurrency(yearly) ? yearly.currency : amount.currency } : null;
}

/** A figure after `amount` that we proposed or quoted, or that both sides agreed, when `amount` itself was not ours. */
function ourFigureAfter(text: string, amount: ParsedAmount, currency: string | undefined): ParsedAmount | null {
  const at = text.indexOf(amount.text);
  if (at < 0 || OUR_POSITION_BEFORE.test(text.slice(Math.max(0, at - 24), at))) return null;
  const rest = text.slice(0, at) + " ".repeat(amount.text.length) + text.slice(at + amount.text.length);
  const other = worth(rest, parseAmount(rest, currency));
  if (!other || other.minor <= 0) return bareCounter(text.slice(at + amount.text.length), amount);
  const otherAt = rest.indexOf(other.text);
  // "…预算砍到一百五十万，我们坚持一百七十万", "they want 60k, we're holding at 72k": our position said after theirs
  const ours = (before: string) => OUR_PROPOSAL_BEFORE.test(before) || OUR_POSITION_BEFORE.test(before);
  return otherAt > at && ours(rest.slice(Math.max(0, otherAt - 24), otherAt)) && amountChangeBy(rest, other) === null ? other : null;
}
/**
 * "initech at 50k, we're holding at 55", "offered 20k we countered 25": our counter said as a bare number is in
 * the unit of their figure before it (55 → 55k), when it is near it.
 */
const BARE_COUNTER =
  /(?:\bwe(?:'re|\s+are)\s+(?:still\s+)?(?:(?:holding|staying|sticking|standing)(?:\s+firm)?\s+)?at|\bwe\s+(?:hold|held|stay(?:ed)?|stick|stuck|stand|stood)(?:\s+firm)?\s+at|\b(?:we\s+|i\s+)?countered(?:\s+(?:at|with))?|\bour\s+(?:price|number|counter|ask)\s*(?:is|was|at|:)?)\s*[$€£¥]?(?<n>\d{1,4}(?:\.\d+)?)(?![\d.,]|\s*(?:%|k|m|mm|bn|万|千|w|seats?|users?|units?|licen\w*|days?|weeks?|months?|years?|pm|am|hrs?|hours?|percent)\b)/iu;

function bareCounter(after: string, theirs: ParsedAmount): ParsedAmount | null {
  const m = BARE_COUNTER.exec(after);
  const written = /\d+(?:\.\d+)?/u.exec(theirs.text)?.[0];
  if (!m?.groups?.n || !written || !/(?:k|m|mm|bn|万|w)\s*$/iu.test(theirs.text)) return null;
  const n = Number(m.groups.n);
  const base = Number(written);
  if (!(n > 0 && base > 0 && n >= base / 2 && n <= base * 2)) return null;
  return { ...theirs, minor: Math.round((theirs.minor / base) * n), text: m.groups.n };
}

const OUR_PROPOSAL_BEFORE =
  /\b(?:we|i)\s+(?:proposed|offered|quoted|pitched|came\s+in|came\s+back|bid|countered)\b[^,.;]{0,12}$|\b(?:we|they|both\s+sides)\s+(?:(?:finally|eventually|just)\s+)?(?:agreed|settled|landed)\s+(?:to|on|at)\s*$|\bour\s+(?:quote|offer|proposal|price|bid)\b[^,.;]{0,8}$|(?:我们|我方|我)(?:的)?(?:报价|报了|报的|出价|给的价|提的价|建议价)[^，,。；;]{0,4}$/iu;

/**
 * "initech has a board mtg thurs, f/u fri", "they're meeting w/ legal thurs, ping them fri": a day named as our
 * step outranks the time of the activity planned (often the customer's own meeting).
 */
const STEP_CUE_BEFORE =
  /\b(?:f\/u|fu|follow[\s-]?up|ping|nudge|chase|regroup|check\s+in|circle\s+back|touch\s+base|reach\s+out|call\s+(?:them\s+|him\s+|her\s+)?back)\b(?:\s+(?:them|him|her|w\/?\s*\S+|with\s+\S+))?\s*(?:on\s+|by\s+)?$/iu;
/** "会议推迟到周五 下周一再跟进": the step word after the day in Chinese. */
const STEP_CUE_AFTER_ZH = /^\s*(?:再|要|需要)?(?:跟进|回访|联系|催)/u;
function stepCued(text: string, followUp: ParsedDate): boolean {
  const at = followUp.text ? text.indexOf(followUp.text) : -1;
  if (at < 0) return false;
  return (
    STEP_CUE_BEFORE.test(text.slice(Math.max(0, at - 30), at)) || STEP_CUE_AFTER_ZH.test(text.slice(at + followUp.text.length, at + followUp.text.length + 8))
  );
}

/** Today or a part of it said without a clock time ("今天", "下午", "this afternoon"). */
const TODAY_ALONE = /^(?:(?:今天|今日)?(?:上午|中午|下午|傍晚|晚上)|今天|今日|today|this\s+(?:morning|afternoon|evening))$/iu;

export interface ParseSentenceOptions {
  now: Date;
  /** IANA zone of the user, e.g. 'Asia/Shanghai' */
  timezone: string;
  /** default: 'CNY' for Chinese text, 'USD' for English */
  defaultCurrency?: string;
  /** Customers the text is known to name (see maskNames): read as names, never as words. */
  names?: readonly string[];
  /** The writer's own currency: a figure with no currency and no Chinese unit is in it, among Chinese words too (writer-currency.ts). */
  writerCurrency?: string;
}

/**
 * Turns a rep's free sentence into structured hints. Pure and deterministic
 * for a given `now`; never throws on garbage, it reports problems instead.
 */
export function parseSentence(text: string, options: ParseSentenceOptions): ParsedSentence {
  const collapsed = collapseWhitespace(typeof text === "string" ? text : "");
  const summary = truncate(collapsed, MAX_PARSE_CHARS);
  const locale = detectLocale(summary);
  const problems: ParseProblem[] = [];
  const base: ParsedSentence = {
    locale,
    activity: null,
    planned: false,
    alsoReports: false,
    taskOnly: false,
    companyHints: [],
    contactHints: [],
    followUp: null,
    occurredAt: null,
    amount: null,
    stageHint: null,
    wantsQuote: false,
    problems,
    summary,
  };

  // Emoji, punctuation or nothing at all: there is no sentence to log.
  if (!/[\p{L}\p{N}]/u.test(summary)) {
    problems.push({ code: "empty" });
    return base;
  }
  if (collapsed.length > MAX_PARSE_CHARS) problems.push({ code: "too-long", length: collapsed.length });

  // Everything below works on the capped text so a 10 kB paste stays fast.
  // "华为 下 周 五 开会": a date word typed with spaces inside reads as typed together
  const written = joinSpacedDateWords(toHalfWidth(summary));
  // Traditional characters of the parser's words read as simplified ("華為的合同簽了", "輸單了"), one for one;
  // names are looked up as written.
  const work = joinMaskedLists(
    maskNames(
      foldTraditionalChars(written),
      (options.names ?? []).map((name) => foldTraditionalChars(toHalfWidth(name))),
    ),
  );
  // A cancelled appointment's date and kind are no follow-up and no activity, nor are a reminder turned
  // down and a count of the period's activities.
  const live = blankTallyClauses(blankNoReminderClauses(blankCancelledClauses(carrySameTimeClock(work, cancelsAppointment))));
  const found = parseDates(live, { now: options.now, timezone: options.timezone });
  const read = inferActivityIntent(blankTheirAway(blankGoneHeadings(blankMealTimes(live), found.dates, options.now)));
  const dates = yearlessByTense(live, found, read.logged, options.now);
  problems.push(...dates.problems);
  const names = extractNames(written);
  const stage = inferStage(work);
  const intent =
    (happenedByDate(live, dates, read.logged, options.now) || headedByGoneDay(live, dates.dates, options.now)) && read.logged && !read.logged.notDone
      ? { ...read, planned: false, logged: { ...read.logged, planned: false } }
      : (arrangedByDate(live, dates, read.logged, options.now) ||
            arrangedByDateZh(live, dates, read.logged, options.now) ||
            plannedByPartOfDay(live, dates, read.logged, options.now, options.timezone) ||
            plannedByClockToday(live, dates, read.logged, options.now, options.timezone) ||
            plannedByClockTodayEn(live, dates, read.logged, options.now, options.timezone)) &&
          read.logged &&
          // ("zoom demo w/ Acme at noon": one meeting named twice in its clause; "去顺丰总部开会": a visit and its meeting)
          !read.mentions.some((m) => !m.planned && m !== read.logged && m.clause !== read.logged?.clause)
        ? { ...read, planned: true, logged: { ...read.logged, planned: true } }
        : read;
  // "Northwind at 3 tmrw": a customer and a clock time alone are an appointment
  const appointment = !intent.activity && dates.followUp?.hasTime === true && isBareAppointment(live, dates.followUp.text);
  const occurredAt = activityTime(live, dates, intent.logged, options.now);
  // A plan happens when its own clause says; a later date elsewhere is no reason to move it.
  // …unless the rep said when to be reminded ("明天上午提醒我，下周三华为来公司").
  const told = followUpBesideTravel(
    live,
    dates.dates,
    (intent.planned &&
      dates.followUp &&
      !dates.reminded &&
      !stepCued(live, dates.followUp) &&
      plannedTime(live, dates, intent.logged, options.now, options.timezone)) ||
      dates.followUp,
    options.now,
    options.timezone,
  );
  // "…八月中旬会启动招标。暂时不用跟进": the rep turns the follow-up down (an appointment planned keeps its day)
  const followUp = !intent.planned && followUpTurnedDown(live, told) ? null : told;
  // "今天拜访京东，客户对方案比较满意": told with what came of it, the day said in the held activity's
  // clause is when it was held, not a follow-up an hour from now. ("今天拜访京东" alone may be today's plan.)
  const clauses = intent.logged && !intent.planned && !dates.reminded ? splitClauses(live) : [];
  const heldClause = clauses.length > 1 && intent.logged ? clauses[intent.logged.clause]?.text : undefined;
  const heldThen = followUp && !followUp.hasTime && heldClause !== undefined && TODAY_ALONE.test(followUp.text.trim()) && heldClause.includes(followUp.text);
  const unchanged = unchangedValueWindow(work);
  const amount = unchanged
    ? unchangedValue(unchanged, options)
    : discounted(work, amountOf(blankUnitPriceChange(blankPaidAmounts(blankExpenses(blankCustomerFacts(work)))), options));
  const amountShare = amount === null && !unchanged ? percentChange(work) : null;
  const alsoReports = intent.planned && intent.logged !== null && reportsBesidePlan(live, intent.logged.index);
  const amountToDeliver = amount !== null && followUp !== null && figureToDeliver(live, amount.text);
  return {
    ...base,
    activity: appointment ? "meeting" : intent.activity,
    planned: appointment || intent.planned,
    alsoReports,
    // a figure or a share said ("谈下来打9折") is news about the deal, kept as a note with it
    taskOnly:
      intent.activity === null &&
      followUp !== null &&
      (amount === null || amountToDeliver) &&
      amountShare === null &&
      isOwnTask(written, work) &&
      !customerActed(live) &&
      !tellsCustomerAway(live),
    companyHints: names.companyHints,
    contactHints: names.contactHints,
    // "call with initech at 3pm, went great": the words that date the held call are not also its next step
    followUp: heldThen || (followUp && occurredAt && intent.logged && !intent.planned && followUp.text.trim() === occurredAt.text.trim()) ? null : followUp,
    occurredAt,
    // without an explicit default, parseAmount picks CNY for Chinese text and units, USD otherwise
    amount,
    amountToDeliver,
    amountShare,
    stageHint: stage === "won" && signingAhead(live, dates.dates, options.now) ? "negotiation" : stage,
    wantsQuote: inferWantsQuote(work),
    problems,
  };
}
