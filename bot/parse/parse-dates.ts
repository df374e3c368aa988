import { clauseAround } from "./clause-bounds.js";
import { endOfDayFollowUp } from "./end-of-day-follow-up.js";
import { createRequire } from "node:module";
import type { Chrono, ParsedResult } from "chrono-node";
import type { ParseProblem, ParsedDate } from "./types.js";
import type { DateCandidate } from "./date-candidate.js";
import { weekdayBesideDate } from "./weekday-beside-date.js";
import { weekdayAfterAnchor } from "./weekday-after-anchor.js";
import { fromChrono } from "./chrono-candidate.js";
import { findRuleDates } from "./date-rules.js";
import { findInvalidDates } from "./invalid-dates.js";
import { applyDurationAnchors } from "./duration-anchor.js";
import { dropOverlaps, mergeDateAndTime, overlaps, partOfDayOnEarlierDay } from "./merge-candidates.js";
import { applySpelledZones } from "./spelled-zone.js";
import { SUMMARY_NOUNS } from "./weekday-heading.js";
import { rangedCountsAsUpper } from "./ranged-count-upper.js";
import { timeNeededAhead } from "./time-needed-ahead.js";
import { isContractTerm } from "./contract-term.js";
import { isSilenceLength } from "./silence-length.js";
import { shiftPostponedDates } from "./postponed-by.js";
import { simplifyDateChars } from "./simplify-date-chars.js";
import { spellOutDayNumbers } from "./english-day-words.js";
import { rewriteUnitAbbreviations } from "./unit-abbreviations.js";
import { mayBeYear } from "./date-rules-en-military-time.js";
import { isNowAlone } from "./now-words.js";
import { guardClockMinutes } from "./clock-minute-guard.js";
import { guardMonthCommaCount } from "./month-comma-count.js";
import { hasHan, hasLatinWord } from "./detect-locale.js";
import { clauseTense, DONE_WITH_DE_ZH, opensWithOrder, plannedBefore } from "./clause-tense.js";
import { splitAtClauses } from "./chrono-clauses.js";
import { followUpWithin, followUpWithinRange, partOfDayUntil, rangeEndInstant } from "./range-follow-up.js";
import { monthLongPeriodEnd, periodStartOnWorkingDay } from "./period-start-working-day.js";
import { reschedulesTo } from "./detect-reschedule.js";
import { joinEnglishRanges } from "./date-range-join-en.js";
import { weekdaysInListedWeek } from "./weekday-list-week.js";
import { thisWeekdaysAhead } from "./this-weekday-gone.js";
import { blankReminderLead, findReminderLead } from "./reminder-lead.js";
import { applySameTime, maskSameTimeWords } from "./same-time.js";
import { MAX_PARSE_CHARS, toHalfWidth, truncate } from "./normalize-text.js";
import { spellOutWeekdayDigits } from "./zh-weekday-digits.js";
import { blankYixiaBeforeNext } from "./zh-yixia-before-next.js";
import {
  addDays,
  compareDates,
  isValidLocalDate,
  type LocalDate,
  offsetMinutes,
  safeTimeZone,
  sameLocalDay,
  zonedParts,
  zonedTimeToInstant,
} from "./zoned-time.js";

export interface DateContext {
  now: Date;
  /** IANA zone of the user, e.g. 'Asia/Shanghai'; an unknown zone falls back to UTC */
  timezone: string;
}

export interface ParsedDates {
  /** first date after `now`: when to follow up */
  followUp: ParsedDate | null;
  /** first date before `now`: when the logged activity happened */
  occurredAt: ParsedDate | null;
  /** every date found, in text order; a bare date argument just takes dates[0] */
  dates: ParsedDate[];
  /** the follow-up is the rep's own "提醒我…" / "remind me…" time: no plan's own date replaces it */
  reminded?: true;
  /** "合同6月30号到期，提前两周联系": how long before its appointment the follow-up is (yearless-by-tense.ts moves both) */
  leadMinutes?: number;
  problems: ParseProblem[];
}

type ChronoLocales = { en: typeof import("chrono-node/en"); zh: typeof import("chrono-node/zh") };
let chronoLocales: ChronoLocales | undefined;

/**
 * The two locales we read, not the package root, which loads a dozen (about 13 MB more per process);
 * required at the first sentence, not at start: they are ~25 MB resident, which a process that never
 * reads a sentence (an import on the command line, an idle app) does not need. Kept synchronous,
 * like jieba in segment-zh.ts, so parsing stays a plain function.
 */
function chrono(): ChronoLocales {
  if (chronoLocales) return chronoLocales;
  const require = createRequire(import.meta.url);
  chronoLocales = { en: require("chrono-node/en") as ChronoLocales["en"], zh: require("chrono-node/zh") as ChronoLocales["zh"] };
  return chronoLocales;
}

/** Reps say "明天" and mean the start of the working day, not chrono's noon. */
/** A clause in which the rep says what they will do ("我打算明天一早回电话", "I'll call them tomorrow"). */
const OWN_STEP =
  /(?:我|我们)(?:这边|明天|后天|下周)?(?:打算|准备|计划|会|要|再|就)|\b(?:I|we)(?:['’]ll|\s+will|\s+plan\s+to|\s+am\s+going\s+to|['’]m\s+going\s+to|\s+are\s+going\s+to|['’]re\s+going\s+to|\s+need\s+to|\s+have\s+to|\s+must)\b|\bmake\s+sure\s+(?:we|I)\b|\b(?:booked|scheduled|set\s+up|locked\s+in|pencil+ed\s+in)\s+(?:it|them|a\s+\w+|the\s+\w+)?\s*(?:for|on)\b|(?:已经)?(?:约在|定在|安排在)/iu;

const DEFAULT_HOUR = 9;

/** Words that mark a date as the next step rather than background. */
/** "明年预算下来再说": the year named, then our next step; still a date to follow up on */
const TOPIC_THEN_STEP = /^[^，,。；;]*(?:再说|再联系|再约|再谈|再跟进|跟进|联系)/u;
const WEEKEND_WORD = /^(?:这个?|本|下个?|下下个?)?周末$|^(?:this|next|the)?\s*weekend$/iu;
const TALKED_OF_BEFORE = /(?:聊|谈|说|讲|提|问)(?:到|了|起|及)\s*$/u;
/** What a budget, plan or target after a year or a period names ("明年预算", "下季度目标"). */
const PLAN_WORDS = "预算|规划|计划|目标|营收|业绩|战略";
const WEEK_ALONE = /^(?:下下?个?(?:周|星期|礼拜)|(?:the\s+)?week\s+after\s+next)$/iu;
/** The words that offer the likely day after an "asap". */
const LIKELY_BETWEEN = /\b(?:prob(?:ably)?|maybe|likely|possibly|perhaps|ideally|realistically|say)\b|大概|可能|估计|预计|争取/iu;
/** "节后", "国庆后", "after the holiday": the days right after a break, which a day said beside it narrows */
const AFTER_BREAK =
  /^(?:等|到)?(?:节|年|国庆节?|春节|五一|中秋|假期|放假|长假)(?:过)?(?:后|之后|以后|回来)$|^(?:等|到)?(?:过完了?|过了)(?:节|年)$|^after\s+(?:the\s+)?(?:holidays?|break|national\s+day|golden\s+week|cny|chinese\s+new\s+year)$/iu;
/** how far after the break a day said beside it still narrows it ("节后…九号上午十点", "节后再联系 就十月十一号吧") */
const AFTER_BREAK_DAYS = 14;
const WEEKDAY_WORD_ANY = /(?:周|星期|礼拜)[一二三四五六日天]|\b(?:mon|tue|wed|thu|fri|sat|sun)/iu;

/** A customer's date said as a maybe ("may" is also a month; "probably slips to Feb" is their forecast). */
const HEDGED = /\b(?:might|maybe|possibly|perhaps)\b|可能|也许|或许|说不定/iu;
/** A year, half, quarter or month, or the time after a holiday: a period, not a day. */
const FAR_PERIOD =
  /明年|后年|[上下]半年|年底|年后|节后|季度|^(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?$|下个?月|\bnext\s+month\b|^(?:in\s+)?(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|\b(?:q[1-4]|next\s+(?:year|quarter)|after\s+(?:cny|the\s+holidays?|christmas|new\s+year|chinese\s+new\s+year|spring\s+festival))\b/iu;
/** …not a maybe of ours ("maybe call them next week", "we may meet next tuesday", "可能下周再去一趟"). */
const HEDGED_OURS =
  /\b(?:i|we)\s+(?:might|may)\b|\b(?:maybe|perhaps|probably|possibly)\s+(?:i|we|call|send|ping|e-?mail|meet|visit|follow|reach|check|circle|touch|drop|swing|go)\b|(?:我|我们)[^，,。；;]{0,4}(?:可能|也许|或许)|(?:可能|也许|或许)(?:我|我们)?(?:再|要|会)?(?:联系|打|拜访|发|约|跟进|去|过去|见)/iu;
/** The rep says there is nothing to follow up. */
const STOP_FOLLOWING =
  /(?:先|暂时|暂且)?不(?:再)?跟(?:进)?了|放弃(?:跟进)?了|\b(?:not\s+(?:pursuing|following\s+up)|stop(?:ped)?\s+(?:pursuing|following\s+up)|dropping\s+(?:it|them|this))\b/iu;
const LAST_OF_PERIOD = /^(?:年前|节前|年底前?|年内|今年|本月|这个?月|月底前?|本周|这周)$/u;
const LAST_ONE_AFTER = /^\s*(?:的)?\s*最后(?:一|的)/u;
const PERIOD_AS_TOPIC =
  /^(?:(?:明年|今年|后年|(?:20)?\d{2}年)的?)?(?:下个?季度|本季度|这个?季度|下半年|上半年|下个?月|本月|这个?月|[Qq][1-4]|第?[一二三四1-4]季度|年底|年末|月底|季度末)$/u;
// "Acme wants Q1 pricing", "Q1 budget is 200k": the quarter the figure or plan is for
const PERIOD_TOPIC_AFTER = new RegExp(
  `^\\s*(?:的|有|没有|还有|会有)?\\s*(?:新的?|更多的?|额外的?|一笔)?\\s*(?:${PLAN_WORDS}|采购计划|指标|KPI|kpi|销售额|任务|(?:budget|pricing|prices?|forecast|numbers|targets?|quota|revenue|spend|roadmap|plans?)\\b)`,
  "iu",
);
const YEAR_TOPIC_AFTER = new RegExp(
  `^\\s*(?:的|有|还有|会有|还要上|(?:整体|总体|全年|全部|整个|全公司)?(?:的)?(?:信息化|数字化|研发)?[A-Za-z]{0,4}\\s*(?:${PLAN_WORDS}|采购|需求|投入|项目|合同|订单|框架)|(?:我们|咱们)?(?:这单|这个单子|这个项目))`,
  "u",
);
const COMPARED_WITH_BEFORE = /(?:比|相比|同比|较)\s*$|\b(?:than|vs\.?|versus|compared\s+(?:to|with))\s+$/iu;
const DOCUMENT_OF_PERIOD_AFTER =
  /^\s*的?\s*(?:放假|值班|工作|发货|上线|排产|交付)?\s*(?:安排|计划|排期|时间表)\s*的?\s*(?:邮件|通知|表格?|文件|说明|文档)|^\s*(?:holiday\s+|delivery\s+|shipping\s+|support\s+|rollout\s+)?(?:schedule|plan|calendar|timeline)\s+(?:e-?mail|notice|doc|deck|pdf|sheet)\b/iu;
const YEAR_AS_TOPIC = /^(?:明年|今年|后年|去年|明年上半年|明年下半年|(?:20)?\d{2}年)$/u;
// "pied piper budget 1.2M for next year's rollout": the figure between the budget and its year too
const BUDGET_FOR =
  /\b(?:budget(?:ed)?|funding|funds?|money|spend)\s+(?:(?:of\s+|is\s+|~\s*|about\s+|around\s+)?[$€£¥]?\s*\d[\d,.]*\s*(?:k|m|mm|bn|million|billion|usd|rmb|eur)?\s+)?(?:is\s+|was\s+|has\s+been\s+|got\s+|now\s+)?(?:approved|allocated|signed\s+off|set\s+aside|earmarked|reserved|planned|available|there)?\s*(?:for|in)\s+(?:the\s+)?$/iu;

// "follow-up email sent today": follow-up naming a kind of e-mail or call is no cue
const FOLLOW_UP_BEFORE =
  /(?:follow(?:ing)?[\s-]?up(?!s?\s+(?:e-?mails?|mails?|calls?|messages?|notes?|texts?|letters?|visits?)\b)|\bf\/u\b|call\s+(?:them\s+|him\s+|her\s+|[\w'’-]+\s+)?back|check[\s-]in|(?:check|circle|come|get|reach)\s+back|\b(?:ping|nudge|chase|regroup)\b|\btouch\s+base|\breach(?:ing)?\s+out\b|\bget\s+in\s+touch\b|\b(?:start|begin|kick\s+off|open|initiate)\s+(?:the\s+)?(?:renewal\s+)?(?:conversations?|talks|discussions?|outreach|negotiations?)\b|remind(?:\s+me)?|due|\b(?:goes|go|going|will\s+go)\s+out\b|deadline|till|til|'til|(?<!\b(?:stop(?:ped)?|swung|swing|drop(?:ped)?|came|come|popped|pop|pass(?:ed)?|went|go|walk(?:ed)?|stand|stood)\s)by(?!\s+(?:e-?mail|mail|courier|post|phone|fax|hand|fedex|dhl|ups|sf|express|wechat|text|car|train|plane|air|sea)\b)|before|until|跟进|回访|再约|再联系|提醒|截止|约了|约在|定在)[^.!?。！？,，]{0,12}$/iu;
/** "结果对方临时取消了", "没想到…": the next clause tells how the one before turned out, so that one happened. */
const OUTCOME_NEXT_ZH = /^(?:结果|没想到|谁知道?|可惜|扑了个空|白跑)/u;
/** 约了 / 约好 / 说好: the appointment arranged is still to come, though the arranging is done. */
const ARRANGED_ZH = /(?<![续签合违解预大节制婚])约(?:了|好|在)|说好了?/u;
/** "下一步：下周三电话跟进", "next: send the case study friday": what the rep labels the next step is it. */
const NEXT_STEP_LABEL_BEFORE =
  /(?:下一步|下步)\s*[:：]?[^。！？!?]{0,20}$|\bnext(?:\s+steps?)?\s*[:：-][^.!?。！？]{0,40}$|\bnext\s+steps?\s+(?!(?:was|were)\b)[^.!?。！？]{0,40}$|\bnext\s+(?:touch\s*-?\s*points?|check[\s-]?ins?|sync|call|meeting|mtg)\s*(?:is\s+|on\s+|[:：-]\s*)?$/iu;
/** "follow up with Northwind Traders today": the customer's name sits between the cue and the date. */
const FOLLOW_UP_WITH_BEFORE = /\b(?:follow[\s-]?up|check\s+in|circle\s+back|touch\s+base)\s+(?:with|on)\s+[^.!?。！？,，;；]{1,36}$/iu;
/** "提醒我下周五下午3点", "周一上午提醒我", "remind me Friday 3pm": the rep's own reminder outranks every other date. */
const REMIND_BEFORE = /(?:提醒(?:我|一下|下)?|\bremind\s+me(?:\s+(?:on|at|by|again))?|\bping\s+me(?:\s+(?:on|at))?)\s*$/iu;
const REMIND_AFTER = /^\s*(?:再|记得)?(?:提醒(?:我|一下)|\bremind\s+me(?:\s+then)?\s*(?:[.!]|$))/iu;
const MONTH_ALONE_END = /\bto\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/iu;
const MOVED_FROM =
  /\b(?:moved|moving|move|pushed|pushing|push|resched\w*|changed|shifted|bumped|postpone[sd]?|postponing|delay(?:ed|ing|s)?|switched|slipped|slips|slid|pulled)\b[^.!?,;]*\bfrom\s+$/iu;
// a task right after the date ("明天先发方案，下周再约"): the first step is the next follow-up, not only the one marked 再
// ("他们要下周给我们一个数量": 给 to us is the customer's step, not ours)
// ("周三我跟进": we may be said between the day and the step; "下周一开通试用账号": so is setting their trial up)
const FOLLOW_UP_AFTER =
  /^\s*(?:左右|前后)?\s*(?:我们?|咱们)?(?:必须|务必|一定要|得|要|需要)?(?:(?:上班|回来|开工|复工|到岗|回公司)(?:后|以后|之后)|之?前|再|给(?!我们|我|咱们|咱)|跟进|回访|联系|报价|签|提交|交付|截止|先|发(?!来|过来)|打电话(?!来|过来)|约|去|拜访|回复|回过去|回电话?|回个电话|确认|安排|提供|寄|送|把|开通|部署|安装|搭建|上线|培训|演示|问(?:一?下|问)|催(?:一?下|催)?|查(?:一?下)|核实|follow|due)/iu;

/** "asked if we can do 72k if they sign by 12/15": the day of their condition is no step of ours. */
const CONDITION_BEFORE = /\b(?:if|unless|provided|as\s+long\s+as)\s+(?:they|he|she|the\s+client|the\s+customer)\b[^,.;!?]*$/iu;

/** "before CNY, say feb 3", "月底前，比如28号": the day said next makes the one before precise. */
const REFINES_BEFORE = /[,，]\s*(?:say|let['’]s\s+say|ideally|i\.e\.?|比如|譬如|最好是?)\s*$/iu;

const DURATION_LEAD =
  /^\s*(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:day|week|month|year)s?\s+(?:before|after|from|following)\s+(?:the\s+)?/iu;

const AFTER_CURRENCY = /[$€£¥]\s*$/u;
const AMOUNT_LEAD = /^\d[\d,.]*\s+(?=\D)/u;
/** A date chrono closed with four digits it took for the year ("12/17 1030"). */
const TRAILING_CLOCK = /(?<=\/\d{1,2}|\d(?:st|nd|rd|th)?)\s+(?<digits>(?:[01]\d|2[0-3])[0-5]\d)$/iu;

/** Words that put a bare "today" ahead of the message rather than behind it. */
// "sending the proposal this week": a deliverable in the progressive is our plan (not after "been", "was")
const FUTURE_MARKER =
  /要|将|再|待|计划|安排|准备|打算|记得|需要|\b(?:will|going\s+to|gonna|need\s+to|have\s+to|plan(?:ning)?\s+to|should|must|let'?s|todo|to-do|make\s+sure|ensure|gotta|got\s+to)\b|(?<!\b(?:been|was|were|kept|am|are|is)\s+)\b(?:sending|submitting|drafting|prepping|finalizing)\b/iu;

/**
 * "小米今天发邮件说项目暂停", "今天来电话表示价格能降": what the message or call said is relayed, so it
 * came; "今天发邮件说一下" / "说明报价" is what we are to say.
 */
const RELAYS_WHAT_WAS_SAID = /(?:发|打|来|回).{0,4}?(?:说|表示|称|告知|反馈|提到)(?!一下|下|明|清楚)/u;

// "around 150k USD", "预算大概50万", "at 6.45 percent": a number with an amount's unit after it is money or a rate, not a clock time or a day
const AMOUNT_UNIT_AFTER =
  /^\s?(?:[km](?![a-z])|bn\b|万|千|亿|w(?![a-z]|\/\s*[a-z])|%|元|块|美元|美金|人民币|个百分点|(?:usd|rmb|cny|eur|dollars?|yuan|bucks|percent|per\s+cent|pct)\b)/iu;

// "the call will last 2 hours", "it should last about a week": a length of time, not "the last 2 hours"
const VERB_LAST_BEFORE =
  /\b(?:will|won'?t|would(?:n'?t)?|should(?:n'?t)?|could(?:n'?t)?|can(?:not|'t)?|may|might|must|does(?:n'?t)?|did(?:n'?t)?|usually)\s+$|'ll\s+$/iu;

// "spoke with their CFO for 30 mins", "talked for an hour": how long it lasted, not when; so is "signed
// for 3 years" (a term, no follow-up in 2029) and a vague "for several weeks". "out for 2 weeks" stays a date.
const LASTED_FOR =
  /^for\s+(?:(?:\d{1,3}(?:\.\d+)?|an?|one|two|three|half\s+an?|a\s+couple\s+of|a\s+few|few|several)\s*(?:min(?:ute)?s?|hrs?|hours?|h|secs?|seconds?)|(?:\d{1,2}(?:\.\d+)?|an?|one|two|three|four|five|ten|a\s+few|few|several)\s*(?:years?|yrs?|y)|(?:a\s+few|few|several)\s+(?:days|weeks|months))\b/iu;

function isLength(text: string, c: { index: number }): boolean {
  return LASTED_FOR.test(text.slice(c.index));
}

function isVerbLast(text: string, c: { index: number }): boolean {
  return /^last\b/iu.test(text.slice(c.index)) && VERB_LAST_BEFORE.test(text.slice(Math.max(0, c.index - 16), c.index));
}

// "the 2nd meeting", "the 3rd round", "in the 1st week": an ordinal counting things is no day of the month
const ORDINAL_ALONE = /^(?:(?:for|after|in)\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)$/iu;
const THING_AFTER =
  /^\s+(?:week|month|quarter|half|year|time|round|call|meeting|visit|demo|presentation|phase|step|stage|place|floor|batch|order|payment|instal?lment|invoice|draft|version|option|attempt|try|contact|session|email|reminder|item|line|row|page|slide|quote|offer|proposal|contract|deal|customer|client|person)s?\b/iu;

function isOrdinalOfThing(text: string, c: { index: number; end: number }): boolean {
  return ORDINAL_ALONE.test(text.slice(c.index, c.end).trim()) && THING_AFTER.test(text.slice(c.end));
}

/**
 * "looking at 5 vendors", "Globex now at 100", "at 120 now": "at" and a bare number is a count or a
 * figure, not a clock time, when a thing is counted after it, a price or position stands before it,
 * or (written without a colon, "at 930") it is no clock or names a small hour off the quarter ("at 120", "at 100").
 */
const BARE_AT_NUMBER = /^at\s+(\d{1,4})$/iu;
const CLOCK_WORD_AFTER =
  /^\s*(?:$|[,.;!?)]|(?:am|pm|a\.m|p\.m|o['’]?clock|oclock|sharp|ish|hrs?|h|tomorrow|tmrw?|today|tonight|now|on|this|next|their|your|my|our|local|et|pt|ct|mt|est|edt|pst|pdt|cst|cdt|gmt|utc|bst|cet|sgt|hkt|jst|for|with|and|or|to|in|at|by|if|then|so|but|about|re|pls|please|ok|latest|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|w\/|-|–|~)/iu;
const FIGURE_POSITION_BEFORE =
  /\b(?:(?:has|have|had)\s+(?:us|them|it)|ranked|ranking|number|#|now|price[ds]?|pricing|quoted?|budget|offer(?:ed)?|bid|we['’]re|we\s+are|they['’]re|they\s+are|down|up|holding|stuck|stays?|staying|sitting|settled|came\s+in|looking)\s+$/iu;
function isAtCount(text: string, c: { index: number; end: number }): boolean {
  const m = BARE_AT_NUMBER.exec(text.slice(c.index, c.end).trim());
  if (!m) return false;
  if (!CLOCK_WORD_AFTER.test(text.slice(c.end))) return true;
  if (FIGURE_POSITION_BEFORE.test(text.slice(Math.max(0, c.index - 16), c.index))) return true;
  const n = Number(m[1]);
  if (n < 100) return false;
  const hour = Math.floor(n / 100);
  const minute = n % 100;
  // "at 1040", "at 930" are clock times; "at 120", "at 100" are figures (one in the morning is no meeting time)
  if (minute > 59 || hour > 23) return true;
  return hour < 7 && (minute % 15 !== 0 || minute === 0);
}

/** "seeing Initech Thursday for lunch", "周五约了饭局": a meal named beside a day sets its hour. */
const MEAL_HOURS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\bbreakfast\b|早饭|早餐|早茶/iu, 8],
  [/\blunch(?:eon)?\b|午饭|午餐|中饭|吃个?中午饭/iu, 12],
  [/\bdinner\b|晚饭|晚餐|晚宴|饭局/iu, 18],
];
function mealHour(clause: string): number | null {
  for (const [re, hour] of MEAL_HOURS) if (re.test(clause)) return hour;
  return null;
}

/** "祝他国庆快乐", "中秋节快乐", "Happy Thanksgiving", "merry christmas": a festive greeting names the day, but no day to act on. */
const FESTIVE_AFTER = /^\s*(?:节)?(?:快乐|愉快)/u;
const FESTIVE_BEFORE = /\b(?:happy|merry)\s+(?:belated\s+|early\s+)?$/iu;

/** "Good morning!", "good night", "早上好", "下午好": a greeting names no time of day. */
function isGreeting(text: string, c: { index: number; end: number }): boolean {
  const words = text.slice(c.index, c.end).trim();
  if (/^(?:morning|afternoon|evening|night)$/iu.test(words)) return /\bgood\s*$/iu.test(text.slice(0, c.index));
  return /^(?:早上|早晨|上午|中午|下午|晚上)$/u.test(words) && /^好(?![好像])/u.test(text.slice(c.end));
}

/**
 * "便宜一点", "快一点给报价", "200万多一点", "早一点到": 一点 after a word of degree is "a little", not
 * one o'clock (each set a follow-up at 13:00 today). "下午一点", "一点钟", "一点半" stay the hour.
 */
const DEGREE_BEFORE =
  /(?:多|少|好|快|慢|早|晚|便宜|贵|高|低|大|小|长|短|再|有|稍微?|优惠|降|加|松|紧|详细|清楚|简单|积极|主动|耐心|认真|提前|往后|往前|强|弱|轻|重|近|远|细|宽|严|让|砍|压|打折|退|放|缓)$/u;

function isALittle(text: string, c: { index: number; end: number }): boolean {
  const words = text.slice(c.index, c.end).trim();
  const little = words.match(/^(.{0,2}?)一点儿?$/u);
  if (!little) return false;
  // the candidate may have taken the degree word in ("早一点"): what stands before 一点 decides
  const before = text.slice(Math.max(0, c.index - 3), c.index) + (little[1] ?? "");
  return DEGREE_BEFORE.test(before) && !/^[钟半整]|^\d|^[一二三四五六七八九十]+分/u.test(text.slice(c.end));
}

/** "24/7 support", "7x24小时服务": around the clock, no 24 July. */
function isAroundTheClock(text: string, c: { index: number; end: number }): boolean {
  const near = text.slice(Math.max(0, c.index - 3), c.end + 3);
  return /(?<!\d)24\s*\/\s*7(?!\d)|(?<!\d)(?:7\s*[x×*]\s*24|24\s*[x×*]\s*7)(?!\d)/u.test(near);
}

/**
 * "客户提了两点要求", "有三点顾虑", "主要是两点：价格和交付", "第一点是价格", "一点点": points counted, not
 * the hour (each set a follow-up that afternoon).
 */
const POINTS_AFTER =
  /^(?:要求|顾虑|疑虑|建议|意见|看法|想法|问题|需求|原因|理由|好处|优势|劣势|担心|疑问|考虑|内容|事项?|共识|变化|差异|区别|原则|不足|改进|补充|说明|反馈|诉求|条件|点|[:：])/u;

/**
 * "reduce seats from 200 to 150", "from 120 to 90 users": bare figures of three or four digits read as a clock range
 * (chrono's 2:00–1:50) are counts when the first is no meeting time (before 07:00 on the hour, or no clock at all)
 * or the range runs backwards; "from 930 to 1030" stays a time.
 */
// a hyphen only after from/between: "2027-09" is a year and month
const BARE_FIGURE_RANGE = /^(?:(?:from|between)\s+(\d{3,4})\s*(?:-|–|to|and)|(\d{3,4})\s*(?:to|and))\s*(\d{2,4})$/iu;
const BARE_FIGURES = /^(?:(?:from|between|to)\s+)?\d{2,4}(?:\s*(?:-|–|to|and)\s*\d{2,4})?$/iu;
const COUNT_NOUN_AFTER =
  /^\s*(?:(?:more|extra|additional|new|paid|active|named|concurrent)\s+)?(?:seats?|users?|licen[cs]es?|units?|people|employees|staff|heads|accounts?|devices?|stores?|sites?|locations?|nodes?|pcs|boxes|copies|reps?|agents?|members?)\b/iu;
function isFigureRange(text: string, c: { index: number; end: number }): boolean {
  const written = text.slice(c.index, c.end).trim();
  if (BARE_FIGURES.test(written) && COUNT_NOUN_AFTER.test(text.slice(c.end, c.end + 30).replace(/^\s*(?:to|-)\s*\d{2,4}/u, ""))) return true;
  const m = BARE_FIGURE_RANGE.exec(written);
  if (!m) return false;
  const clock = (n: number) => (n < 100 ? n * 60 : Math.floor(n / 100) * 60 + (n % 100));
  const first = Number(m[1] ?? m[2]);
  const [hour, minute] = [Math.floor(first / 100), first % 100];
  if (minute > 59 || hour > 23 || (hour < 7 && minute === 0)) return true;
  return clock(Number(m[3])) <= clock(first);
}

/**
 * "…开了个视频会，聊到6点多", "talked until 6": a clock alone saying when a conversation ended is how long it ran,
 * no time to act on (with its day, "昨晚…聊到十点" is when it happened, see mergeDateAndTime).
 */
const RAN_UNTIL_BEFORE =
  /(?:聊|谈|开|忙|弄|搞|讨论|沟通|加班|坐|待|呆|吃|喝)(?:了)?到\s*(?:晚上|下午|中午|夜里|凌晨)?\s*$|\b(?:talked|chatted|went|ran|lasted|sat|stayed|worked)\s+(?:on\s+)?(?:until|till|til|to)\s+$/iu;
function isRanUntil(text: string, c: DateCandidate): boolean {
  return c.date === null && c.time !== null && RAN_UNTIL_BEFORE.test(text.slice(Math.max(0, c.index - 12), c.index));
}

/**
 * "提前两周跟顺丰确认", "remind them a day before the workshop": a lead time with nothing it counts back from is
 * no date ("前两周" read as two weeks ago, "a day before" as yesterday).
 */
function isLeadTime(text: string, c: { index: number; end: number }): boolean {
  const written = text.slice(c.index, c.end);
  if (/^前[\d一二两三四五六七八九十几半]+个?(?:天|周|星期|礼拜|月)$/u.test(written) && /提$/u.test(text.slice(Math.max(0, c.index - 1), c.index))) return true;
  // "…them a day before the workshop": counted back from an event not dated here
  return (
    /^(?:them|him|her|us)\s+(?:an?|one|\d{1,2})\s+(?:day|week|hour)s?\s+(?:before|ahead|early)$/iu.test(written) &&
    /^\s+(?:the|their|our)\s+\w/iu.test(text.slice(c.end))
  );
}

/** "京东 1号 楼", "3号门", "5号会议室": a building, a gate or a room, not a day of the month. */
function isPlaceNumber(text: string, c: { index: number; end: number }): boolean {
  return (
    /^[\d一二三四五六七八九十]{1,3}\s*[号日]$/u.test(text.slice(c.index, c.end).trim()) &&
    /^\s*(?:[楼室房线门院栋座位层厅馆库]|会议室|车间|窗口|仓)/u.test(text.slice(c.end))
  );
}

function isPointsCounted(text: string, c: { index: number; end: number }): boolean {
  const words = text.slice(c.index, c.end).trim();
  if (!/^[一二两三四五六七八九十\d]{1,2}点[:：]?$/u.test(words)) return false;
  if (/[:：]$/u.test(words)) return true;
  return (
    /第\s*$/u.test(text.slice(Math.max(0, c.index - 1), c.index)) ||
    POINTS_AFTER.test(text.slice(c.end).trimStart()) ||
    // "拜访腾讯，讨论三点，下周三跟进", "聊了三点：…": points discussed, said right after the verb
    POINTS_DISCUSSED_BEFORE.test(text.slice(Math.max(0, c.index - 4), c.index))
  );
}
const POINTS_DISCUSSED_BEFORE = /(?:讨论|聊|谈|说|提|讲|强调|总结|确认|沟通|明确)了?(?:以下|如下|下面)?$/u;

/** "Tel 138-2010-2015", "id 123-12-1234": digits chained by hyphens are a phone or an id, not a date inside it. */
function isInDigitChain(text: string, c: { index: number; end: number }): boolean {
  return /^[\d-]+$/u.test(text.slice(c.index, c.end)) && (/\d-$/u.test(text.slice(0, c.index)) || /^-\d/u.test(text.slice(c.end)));
}

/** "after the 2.5% discount": a day read from the whole part of a share or a decimal figure is no date. */
function isFigurePart(text: string, c: { index: number; end: number }): boolean {
  return /\d$/u.test(text.slice(c.index, c.end)) && /^(?:[.,]\d|\s*(?:%|percent\b|pct\b))/iu.test(text.slice(c.end));
}

/** "spoke w/ Jan", "cc April", "told May": a month's name alone right after a word about a person is that person. */
function isPersonNamedLikeMonth(text: string, c: { index: number; end: number }): boolean {
  return (
    /^(?:jan|april|may|june|august)[,.;:!]?$/iu.test(text.slice(c.index, c.end).trim()) &&
    /(?:\bwith|\bw\/|\b(?:talked|spoke|speaking|chatted|wrote|reached\s+out|sent\s+it|forwarded\s+it)\s+to|\bfrom|\band|\bcc|\btold|\basked|\bcalled|\bemailed|\btexted|\bpinged|\bmet|\bthanks|\bper)\s*$/iu.test(
      text.slice(Math.max(0, c.index - 24), c.index),
    )
  );
}

/** "asking for a W-9", "send the W2": a letter with a number after it is a form's name, not "a w(eek)". */
function isFormCode(text: string, c: { index: number; end: number }): boolean {
  const said = text.slice(c.index, c.end);
  return (/\b[A-Za-z]$/u.test(said) && /^-?\d/u.test(text.slice(c.end))) || /\b(?:a|an|the)\s+[A-Za-z]-\d+$/u.test(said);
}

function isAmountNumber(text: string, c: { index: number; end: number }): boolean {
  // "quote at 12,500 dollars": a thousands separator after the number makes it money, not 12:00
  return /\d$/u.test(text.slice(c.index, c.end)) && (AMOUNT_UNIT_AFTER.test(text.slice(c.end)) || /^,\d{3}(?!\d)/u.test(text.slice(c.end)));
}

export function parseDates(input: string, ctx: DateContext): ParsedDates {
  const timezone = safeTimeZone(ctx.timezone);
  const written = simplifyDateChars(toHalfWidth(truncate(input, MAX_PARSE_CHARS)));
  // same length as `written`: spans found in `text` label the rep's own words
  const days = spellOutDayNumbers(spellOutWeekdayDigits(blankYixiaBeforeNext(written)));
  const units = rewriteUnitAbbreviations(days.text);
  const spelled = units.text;
  const rewritten = [...days.spans, ...units.spans];
  const guarded = maskSameTimeWords(guardMonthCommaCount(guardClockMinutes(timeNeededAhead(rangedCountsAsUpper(spelled)))));
  const lead = findReminderLead(guarded);
  const text = blankReminderLead(guarded, lead);
  const empty: ParsedDates = { followUp: null, occurredAt: null, dates: [], problems: [] };
  if (!text.trim() || Number.isNaN(ctx.now.getTime())) return empty;

  if (isNowAlone(text)) {
    const now: ParsedDate = { at: ctx.now, text: text.trim().replace(/[.!。！]$/u, ""), hasTime: true };
    return { ...empty, occurredAt: now, dates: [now] };
  }

  const today = zonedParts(ctx.now, timezone);
  const zh = hasHan(text);
  const en = hasLatinWord(text) || !zh;
  const reference = { instant: ctx.now, timezone: offsetMinutes(ctx.now, timezone) };

  const invalid = findInvalidDates(text, today.year);
  const candidates: DateCandidate[] = [];
  for (const c of findRuleDates({ text, today, now: ctx.now, timezone }, { zh, en })) {
    if (!c.date || isValidLocalDate(c.date)) candidates.push(c);
    else invalid.push({ index: c.index, end: c.end, text: text.slice(c.index, c.end) });
  }
  const parsers: Array<[Chrono, boolean]> = [];
  if (zh) parsers.push([chrono().zh.hans.casual, true]);
  if (en) parsers.push([chrono().en.casual, false]);
  for (const [parser, isZh] of parsers) {
    let results: ParsedResult[] = [];
    try {
      results = parser.parse(text, reference);
    } catch {
      // chrono throwing on some odd input must not cost us the rest of the sentence
      results = [];
    }
    for (const { result: raw, shift: base } of results.flatMap((r) => splitAtClauses(parser, r, reference))) {
      // "3 days after Dec 20": chrono's own arithmetic runs on the machine clock, so
      // keep only its anchor date and let applyDurationAnchors move it
      // "$12 December 27": the amount is no day of the date after it
      const lead = isZh ? null : (DURATION_LEAD.exec(raw.text) ?? (AFTER_CURRENCY.test(text.slice(0, base + raw.index)) ? AMOUNT_LEAD.exec(raw.text) : null));
      // "12/17 1030": the four digits are a clock time (date-rules-en-military-time.ts), not the year 1030
      const clock = isZh ? null : TRAILING_CLOCK.exec(raw.text);
      const trimmed = clock?.groups && !mayBeYear(clock.groups.digits ?? "") ? raw.text.slice(0, clock.index) : null;
      const anchor = lead ? parser.parse(raw.text.slice(lead[0].length), reference)[0] : trimmed ? parser.parse(trimmed, reference)[0] : raw;
      if (!anchor) continue;
      // re-parsed anchors count their index from the sliced text; shift it back into the message
      const shift = base + (lead ? raw.index + lead[0].length : trimmed ? raw.index : 0);
      const { candidate: found, invalid: badSpan } = fromChrono(anchor, text.slice(shift), isZh, today, timezone);
      const candidate = found && { ...found, index: found.index + shift, end: found.end + shift };
      const bad = badSpan && { ...badSpan, index: badSpan.index + shift, end: badSpan.end + shift };
      // chrono's zh parser turns "2010年之后" into the year 4028 and "二十年9月" into 210
      if (candidate && (!candidate.date || (candidate.date.year >= 1000 && candidate.date.year <= 2999))) candidates.push(candidate);
      if (bad) invalid.push(bad);
    }
  }

  const valid = candidates.filter(
    (c) =>
      !invalid.some((bad) => overlaps(bad, c)) &&
      !isAmountNumber(text, c) &&
      !isVerbLast(text, c) &&
      !isLength(text, c) &&
      !isContractTerm(text, c) &&
      !isSilenceLength(text, c) &&
      !isOrdinalOfThing(text, c) &&
      !isGreeting(text, c) &&
      !isALittle(text, c) &&
      !isPointsCounted(text, c) &&
      !isAtCount(text, c) &&
      !isFigureRange(text, c) &&
      !isPlaceNumber(text, c) &&
      !isLeadTime(text, c) &&
      !isAroundTheClock(text, c) &&
      !isInDigitChain(text, c) &&
      !isFigurePart(text, c) &&
      !isFormCode(text, c) &&
      !isPersonNamedLikeMonth(text, c),
  );
  const paired = applySpelledZones(mergeDateAndTime(weekdayBesideDate(applyDurationAnchors(dropOverlaps(valid), text), text), text), text, today, timezone);
  const joined = applySameTime(zh ? partOfDayOnEarlierDay(paired, text, today) : paired, text);
  const merged = weekdayAfterAnchor(
    thisWeekdaysAhead(shiftPostponedDates(en ? joinEnglishRanges(joined, text, today) : weekdaysInListedWeek(joined, text), text, today), text, today),
    text,
    today,
  );

  // 会 and 得 are too often "meeting" and "get" to count; 了 marks a report
  const plansAheadText = FUTURE_MARKER.test(text) && !/了|已经/u.test(text);
  // "moving HQ to Shenzhen in Q1, fyi": the whole message is news passed on
  const newsOnly = NEWS_ONLY.test(text);
  // "明年下半年再说，这单先不跟了": the rep drops it
  const dropped = STOP_FOLLOWING.test(text);
  const located = merged.map((c) => {
    // English marks tense per clause: "spoke to Globex today - they're going to sign next week" reports today's call,
    // the plan is another clause's; a future word in the date's own clause plans it unless that clause reports
    const dateClause = clauseAround(text, c.index, c.end);
    const order = !zh && opensWithOrder(dateClause);
    // "今天要回电话", "计划今天去": the marker next to the date; "今天来电说价格能再降5个点" reports today's call
    const besideDate = text.slice(Math.max(0, c.index - 6), c.index) + text.slice(c.end, c.end + 4);
    const plansAhead = zh
      ? plansAheadText && FUTURE_MARKER.test(besideDate)
      : (FUTURE_MARKER.test(dateClause) || order || /\blater\b/iu.test(dateClause)) && clauseTense(dateClause) !== "past";
    // "今天给华为打了三次电话", "这周给腾讯发了报价": 给 after the date cues a plan, but 了 in the same clause reports one
    // (a space between Chinese words ends a clause too: "今天去了京东 下周再去一次")
    const clauseAfter = text.slice(c.end).split(/[，,。.;；!！?？]|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u)[0] ?? "";
    // ("合同今天签的": the 是…的 of a thing done; "今天去小米 结果对方临时取消了": how it turned out follows)
    const outcomeNext = zh && OUTCOME_NEXT_ZH.test(text.slice(c.end + clauseAfter.length).replace(/^[，,。.;；!！?？\s]+/u, ""));
    const reportsAfter =
      (/了|已经/u.test(clauseAfter) || RELAYS_WHAT_WAS_SAID.test(clauseAfter) || (zh && DONE_WITH_DE_ZH.test(clauseAfter)) || outcomeNext) &&
      !FUTURE_MARKER.test(clauseAfter);
    // "move our Thursday call to Friday", "下周不方便，改到下下周": the new date is the next step
    const moveTarget = reschedulesTo(text.slice(Math.max(0, c.index - 60), c.end), written.slice(c.index, c.end));
    const stepCued =
      (FOLLOW_UP_BEFORE.test(text.slice(Math.max(0, c.index - 24), c.index)) && !CONDITION_BEFORE.test(text.slice(Math.max(0, c.index - 40), c.index))) ||
      NEXT_STEP_LABEL_BEFORE.test(text.slice(Math.max(0, c.index - 48), c.index)) ||
      FOLLOW_UP_WITH_BEFORE.test(text.slice(Math.max(0, c.index - 56), c.index));
    // "send the renewal quote before CNY, say feb 3": the day that makes a wait precise is the step
    const refines = REFINES_BEFORE.test(text.slice(Math.max(0, c.index - 12), c.index));
    const cuedBefore = moveTarget || order || stepCued || refines;
    const cuedByVerbAfter = !cuedBefore && FOLLOW_UP_AFTER.test(text.slice(c.end, c.end + 8)) && !reportsAfter;
    const cued = cuedBefore || cuedByVerbAfter;
    let date: LocalDate = c.date ?? today;
    // a clock time alone is today's, but "called them at 2:15" typed at 10:00 reports yesterday's
    // call, not a follow-up this afternoon; "call Globex at 8:30am" typed at 21:00 plans tomorrow's (below)
    const clockAlone = !zh && c.date === null && c.time !== null && c.until === undefined && c.rangeEnd === undefined;
    const clockTense = clockAlone ? clauseTense(dateClause) : "none";
    // a deadline ("by 6") is ahead, whatever the clause reports
    const writtenClock = /\d/u.test(text.slice(c.index, c.end)) && !/^(?:by|before|until|till)\b/iu.test(text.slice(c.index, c.end));
    if (clockTense === "past" && writtenClock && !cued && zonedTimeToInstant(date, c.time!, timezone).getTime() > ctx.now.getTime()) date = addDays(today, -1);
    const time = c.time ?? { hour: c.partOfDayHour ?? mealHour(zh ? spacedClauseAround(text, c.index, c.end) : dateClause) ?? DEFAULT_HOUR, minute: 0 };
    let at = zonedTimeToInstant(date, time, timezone);
    // a period starting today keeps its first day; its follow-up is placed by followUpWithin
    if (c.time === null && c.partOfDayHour === null && !c.until && compareDates(date, today) === 0) {
      // "今天通了电话" at 10:51: a bare today must not invent 09:00. A report means
      // now; a plan for today ("今天要回电话") keeps 09:00 if still ahead, else an hour from now.
      const planned = cued || plansAhead;
      if (!planned) at = ctx.now;
      else if (at.getTime() <= ctx.now.getTime()) at = new Date(ctx.now.getTime() + 3600000);
    }
    const until = partOfDayUntil(c);
    const parsed: ParsedDate = {
      at,
      text: (c.label ?? written.slice(...widenToRewritten(c, rewritten))).replace(/^[\s,，.。;；:：]+|[\s,，.。;；:：]+$/gu, ""),
      hasTime: c.time !== null,
      ...(until ? { until: rangeEndInstant(until, date, timezone) } : {}),
    };
    // "顺丰傍晚约了吃饭" at 09:15: 约了 arranges; a part of today still to come is no report of it
    const partOfDayAhead = c.date === null && c.time === null && c.partOfDayHour !== null && at.getTime() > ctx.now.getTime();
    // (a space between Chinese words ends the clause: "下午和京东开了会 客户下周一要报价" plans nothing for 下午)
    // "今天中午约了京东吃饭" at 09:10: what was arranged for later today is ahead (its 了 is the arranging's)
    const arranged = zh && ARRANGED_ZH.test(dateClause) && !/^[^约说]*(?:了|过)/u.test(text.slice(c.end, c.end + 12).split(/[，,。；;]/u)[0] ?? "");
    const reported = !cued && !arranged && clauseTense(dateClause) === "past" && !(partOfDayAhead && plannedBefore(spacedClauseAround(text, c.index, c.end)));
    // 本周内 / 未来三天 (a deadline under way) aim at their end; other periods at now's next slot
    const tomorrowsClock = clockAlone && clockTense === "ahead" && at.getTime() <= ctx.now.getTime();
    // "moved the Acme mtg from fri to mon": a range after a moving verb is old → new; the new day is the plan
    // ("pushed the kickoff from Jan 5 to Jan 12": the range read with its "from")
    const movedLead = text.slice(Math.max(0, c.index - 40), c.index) + (/^from\s+/iu.exec(text.slice(c.index, c.end))?.[0] ?? "");
    // ("moved from 2 to 4 today": a clock range keeps the day read with it)
    // ("push the kickoff from this Wed to next Wed, same time (10am)": a clock said once is the new day's too;
    const movedTo =
      !zh && c.until && (c.until.date || c.until.time) && MOVED_FROM.test(movedLead)
        ? { date: movedToDay(c, today, text.slice(c.index, c.end)) ?? date, time: c.until.time ?? (c.until.date ? c.time : null) }
        : undefined;
    // "slipped from Nov to Feb": a month named alone is its first day, not the range's last
    if (movedTo?.date && MONTH_ALONE_END.test(text.slice(c.index, c.end))) movedTo.date = { ...movedTo.date, day: 1 };
    const step: ParsedDate = c.rangeEnd
      ? reported
        ? parsed
        : followUpWithinRange(c, parsed, ctx.now, today, timezone)
      : movedTo?.date
        ? withAt(parsed, zonedTimeToInstant(movedTo.date, movedTo.time ?? { hour: DEFAULT_HOUR, minute: 0 }, timezone))
        : tomorrowsClock
          ? withAt(parsed, zonedTimeToInstant(addDays(today, 1), time, timezone))
          : withAt(parsed, followUpWithin(c, at, parsed.until, ctx.now, today, timezone));
    // "next month", "下个月": a month ahead said without its day is followed up on its first working day
    // "明年一月再说，下个月中旬跟进": a month named alone lasts to its end, so a day said within it narrows it
    const periodEnd = step === parsed ? monthLongPeriodEnd(c, written.slice(c.index, c.end), zh) : null;
    const workingStart = step === parsed ? periodStartOnWorkingDay(c, written.slice(c.index, c.end), zh, today, periodEnd) : null;
    // "they'll review it over the weekend", "客户周末内部讨论": what the customer does over a weekend is followed up
    // on the Monday after it
    const afterWeekend = !c.time && WEEKEND_WORD.test(parsed.text) && CUSTOMER_OVER_WEEKEND.test(dateClause) ? mondayAfter(date) : null;
    const ahead = afterWeekend
      ? withAt(parsed, zonedTimeToInstant(afterWeekend, time, timezone))
      : workingStart
        ? withAt(parsed, zonedTimeToInstant(workingStart, time, timezone))
        : step;
    // like a bare today, a period under way is a next step only when planned ("Sales this month are up" is not)
    const planned =
      cued || plansAhead || tomorrowsClock || movedTo !== undefined || c.followUpAtEnd === true || c.rangeEnd !== undefined || isDateAlone(text, c) || arranged;
    // "called them 3 times this week": a period still under way that a report names happened up to now
    const rangeEndAt = parsed.until ?? (c.rangeEnd ? zonedTimeToInstant(c.rangeEnd.date, c.rangeEnd.time ?? { hour: 23, minute: 59 }, timezone) : null);
    const underway = c.time === null && rangeEndAt !== null && compareDates(date, today) <= 0 && rangeEndAt.getTime() > ctx.now.getTime();
    return {
      parsed,
      cued,
      stepCued: stepCued || cuedByVerbAfter,
      moveTarget,
      // "postpone the kickoff from Dec 14 to Jan 5": the new day of a move is ahead, whatever the clause reports
      moved: movedTo?.date !== undefined,
      ahead,
      // the same step as the date read, moved off a day off
      movedOffDayOff: workingStart !== null,
      afterWeekend: afterWeekend !== null,
      periodEnd,
      planned,
      reported,
      // "今天拜访Pied Piper，…，下周一出测试报告": 拜访 after a bare 今天 may report the visit as well as plan it
      // (no 了 is needed); with nothing else planning it, a later day is the next step rather than today
      verbOnlyToday: cuedByVerbAfter && !plansAhead && c.time === null && c.partOfDayHour === null && !c.until && compareDates(date, today) === 0,
      started: compareDates(date, today) <= 0,
      underway,
      fromEarlier: c.fromEarlier === true,
      ranUntil: isRanUntil(text, c),
      urgent: c.urgent === true,
      index: c.index,
      ownStep: OWN_STEP.test(dateClause),
      remind: REMIND_BEFORE.test(text.slice(Math.max(0, c.index - 16), c.index)) || REMIND_AFTER.test(text.slice(c.end, c.end + 12)),
      // "聊了明年的合作": a year named as what was talked about is no day to follow up on
      // "budget approved for Q1", "预算是明年的": the period the money is for
      // "明年IT预算会增加30%", "明年规划": the year the customer's budget or plan is for
      topic:
        (!TOPIC_THEN_STEP.test(text.slice(c.end, c.end + 16)) &&
          ((YEAR_AS_TOPIC.test(parsed.text) && YEAR_TOPIC_AFTER.test(text.slice(c.end))) ||
            // "过了下季度目标", "下个月的预算还没批": a quarter's or a month's target, budget or plan is what was discussed
            (PERIOD_AS_TOPIC.test(parsed.text) && PERIOD_TOPIC_AFTER.test(text.slice(c.end))) ||
            // "聊到明年扩容", "聊了明年续约": the year talked about is no day to follow up on
            (YEAR_AS_TOPIC.test(parsed.text) && TALKED_OF_BEFORE.test(text.slice(Math.max(0, c.index - 4), c.index))))) ||
        FESTIVE_AFTER.test(text.slice(c.end)) ||
        FESTIVE_BEFORE.test(text.slice(Math.max(0, c.index - 16), c.index)) ||
        // "发了节后安排的邮件", "sent the Q1 schedule email": the period a document's plan is for
        (c.time === null && DOCUMENT_OF_PERIOD_AFTER.test(text.slice(c.end, c.end + 24))) ||
        BUDGET_FOR.test(text.slice(Math.max(0, c.index - 40), c.index)) ||
        // "预算比今年多一倍", "30% more than this year": the period compared against
        ((YEAR_AS_TOPIC.test(parsed.text) || PERIOD_AS_TOPIC.test(parsed.text) || /\b(?:year|quarter|month)\b/iu.test(parsed.text)) &&
          COMPARED_WITH_BEFORE.test(text.slice(Math.max(0, c.index - 14), c.index))) ||
        // "年前最后一单", "本月最后一个客户": the period something is the last of
        (LAST_OF_PERIOD.test(parsed.text) && LAST_ONE_AFTER.test(text.slice(c.end))) ||
        // "这周的情况：周二拜访…": the week a summary is of, not a day
        (SUMMARY_PERIOD.test(parsed.text) && SUMMARY_AFTER.test(text.slice(c.end, c.end + 8))) ||
        // "预算要等年后再批": what the customer waits for, not a step of ours
        (WAITS_FOR_BEFORE.test(text.slice(Math.max(0, c.index - 8), c.index)) &&
          THEIR_STEP_AFTER.test(text.slice(c.end, c.end + 8)) &&
          !OUR_STEP_THEN.test(text.slice(c.end))) ||
        // "moving HQ to Shenzhen in Q1, fyi", "cutting their IT budget next yr per WSJ": news passed on, no step
        (newsOnly && !cued && !c.time) ||
        // "they might add seats in Q1", "项目可能要延到明年了": a maybe of theirs, months away, is no day of ours
        // ("项目可能要延后到下半年": their project maybe moving there is no step either)
        ((!cued || moveTarget) &&
          !c.time &&
          FAR_PERIOD.test(parsed.text) &&
          HEDGED.test(dateClause) &&
          !OWN_STEP.test(dateClause) &&
          !HEDGED_OURS.test(dateClause)) ||
        dropped,
    };
  });
  const dates = located.map((d) => d.parsed);

  const seen = new Set<string>();
  const problems: ParseProblem[] = [];
  for (const bad of invalid.sort((a, b) => a.index - b.index)) {
    if (seen.has(bad.text)) continue;
    seen.add(bad.text);
    problems.push({ code: "invalid-date", text: bad.text });
  }

  const nowMs = ctx.now.getTime();
  // a period ("this week", "本周内") counts as ahead only as a plan, never in a report
  // a period wholly ahead ("约了12月10号上午见面") is a plain future date, whatever its clause reports
  const future = located.filter((d) =>
    d.topic || d.ranUntil
      ? false
      : (d.parsed.until && d.started) || (d.ahead !== d.parsed && !d.movedOffDayOff)
        ? (!d.reported || d.moved) && d.ahead.at.getTime() > nowMs && (d.ahead === d.parsed || d.planned || d.afterWeekend)
        : d.parsed.at.getTime() > nowMs,
  );
  // several next steps named ("renewal is due Jan 15, need to start talks after Thanksgiving"): the soonest comes first
  // (a bare "today" is the report's day more often than a step: "华为今天发来邮件，要求周五前报价")
  const steps = future.filter((d) => (d.cued || d.planned) && !(d.started && !d.parsed.hasTime));
  // "他们老板下周出差 下下周再约": a date cued as our next step outranks one only said ahead (someone else's plan)
  const cuedSteps = steps.filter((d) => d.cued);
  // …and a step the rep says is theirs ranks with it ("deadline is 11/22, make sure we submit by the 19th": the sooner)
  const ranked = cuedSteps.length > 0 ? [...cuedSteps, ...steps.filter((d) => d.ownStep && !d.cued)] : steps;
  const soonest = ranked.length > 0 ? ranked.reduce((a, b) => (b.ahead.at.getTime() < a.ahead.at.getTime() ? b : a)) : undefined;
  const urgent = future.find((d) => d.urgent);
  const farPeriodSaid = future.some((o) => FAR_PERIOD.test(o.parsed.text.trim()));
  const first =
    future.find((d) => d.remind) ??
    future.find((d) => d.fromEarlier) ??
    // "push the kickoff to jan, f/u jan 15": the rep's own follow-up outranks the day the appointment moves to
    future.find((d) => d.stepCued && !d.moveTarget && future.some((o) => o.moveTarget)) ??
    future.find((d) => d.moveTarget) ??
    // "想尽快换，所以我打算明天一早给他们回个电话": the rep's own step said after an "as soon as possible" is the next step
    (urgent ? future.find((o) => !o.urgent && o.ownStep && o.index > urgent.index) : undefined) ??
    // "need to meet the replacement asap, prob next week", "尽快约，估计下周": the likely day said right after it
    (urgent
      ? future.find((o) => !o.urgent && o.index > urgent.index && o.index - urgent.index <= 40 && LIKELY_BETWEEN.test(text.slice(urgent.index, o.index)))
      : undefined) ??
    urgent ??
    soonest ??
    future.find((d) => d.cued && !d.verbOnlyToday) ??
    // "she's reviewing vendors for Q2 … demo booked for Thursday 3pm": a day beats a quarter or a half-year said beside it
    (farPeriodSaid ? future.find((d) => !d.reported && !d.verbOnlyToday && !(d.started && !d.parsed.hasTime) && d.parsed.hasTime) : undefined) ??
    future.find((d) => !d.reported && !d.verbOnlyToday && !(d.started && !d.parsed.hasTime)) ??
    future.find((d) => d.cued) ??
    future.find((d) => !d.reported) ??
    future[0];
  // "a call next week, maybe wed", "next month, around the 10th": a day inside the period named first narrows it
  // (a weekend read as its Saturday lasts to the Sunday: "周末约了打球 周日下午" is the Sunday afternoon)
  const weekAlone = first !== undefined && WEEK_ALONE.test(first.parsed.text.trim());
  const within =
    first?.parsed.until ??
    (first?.periodEnd ? zonedTimeToInstant(first.periodEnd, { hour: 23, minute: 59 }, timezone) : undefined) ??
    (first && WEEKEND_WORD.test(first.parsed.text) ? new Date(first.parsed.at.getTime() + 2 * 86_400_000) : undefined) ??
    // ("下周要来上海，周三下午有空", "week after next, pencil in tues": a week named alone lasts seven days)
    (first && weekAlone ? new Date(first.parsed.at.getTime() + 7 * 86_400_000) : undefined) ??
    (first && AFTER_BREAK.test(first.parsed.text.trim()) ? new Date(first.parsed.at.getTime() + AFTER_BREAK_DAYS * 86_400_000) : undefined);
  const narrower =
    first && within && !first.urgent
      ? future.find(
          (d) =>
            d !== first &&
            // ("sent it over on thurs. need to fill it out by Friday": a day reported gone is not inside the wait)
            !(d.reported && d.parsed.at.getTime() <= nowMs) &&
            (!d.parsed.until || d.parsed.until.getTime() - d.parsed.at.getTime() < 86_400_000) &&
            d.ahead.at.getTime() >= first.parsed.at.getTime() &&
            d.ahead.at.getTime() <= within.getTime() &&
            // (inside a week named alone, a day of it: "他们下个月才有预算，下周再跟进" keeps next week)
            (!weekAlone || WEEKDAY_WORD_ANY.test(d.parsed.text)),
        )
      : undefined;
  const chosen = narrower ?? first;
  // "节后再说。5月6号上午10点再打一次", "下周一要来我们公司，…周一上午10点": the same day said again with a clock time is at that time
  const timed =
    chosen && !chosen.ahead.hasTime
      ? future.find((d) => d !== chosen && d.ahead.hasTime && !d.topic && sameLocalDay(d.ahead.at, chosen.ahead.at, timezone))
      : undefined;
  const next = timed ?? chosen;
  // "周五下午2点开会，提前半小时提醒我": the reminder is the lead before the appointment, if that is still ahead
  // ("节后上线计划，5月11号正式上线，前一天提醒我": the day said last before the lead is the one it comes before)
  const anchor = lead ? ([...future].reverse().find((d) => d.index < lead.index) ?? next) : next;
  const remindAt = lead && anchor ? new Date(anchor.ahead.at.getTime() - lead.minutes * 60_000) : null;
  const reminder = anchor && remindAt && remindAt.getTime() > nowMs ? { ...anchor.ahead, at: remindAt, hasTime: true, remindsOf: anchor.ahead.at } : null;
  return {
    ...(next?.remind || reminder ? { reminded: true as const } : {}),
    ...(lead ? { leadMinutes: lead.minutes } : {}),
    // "met them this afternoon, follow up in 3 days": the cued date is the follow-up
    // "下午开完会，明早九点发方案": a later time in a clause that reports something done is
    // background; it is the follow-up only when nothing else lies ahead
    followUp: endOfDayFollowUp(reminder ?? next?.ahead ?? null, timezone, ctx.now),
    // a period still under way that is the plan ("未来三天内回复", "follow up this week") is no time something happened
    occurredAt: occurredOf(
      located.find((d) => !d.topic && d.parsed.at.getTime() <= nowMs && (d.ahead === d.parsed || d.reported || !d.planned)),
      ctx.now,
    ),
    dates,
    problems,
  };
}

/** When a report happened: a period still under way ("this week", "本月") means now, not its first morning. */
function occurredOf(d: { parsed: ParsedDate; underway: boolean } | undefined, now: Date): ParsedDate | null {
  if (!d) return null;
  return d.underway ? { ...d.parsed, at: now } : d.parsed;
}

/** The clause around a date, also ended by a space between Chinese words. */
function spacedClauseAround(text: string, index: number, end: number): string {
  const start = Math.max(text.lastIndexOf("，", index), text.lastIndexOf(",", index), text.lastIndexOf("。", index), text.lastIndexOf("；", index));
  const before =
    text
      .slice(start + 1, index)
      .split(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u)
      .pop() ?? "";
  const after = text.slice(end).split(/[，,。.;；!！?？]|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u)[0] ?? "";
  return before + text.slice(index, end) + after;
}

const SUMMARY_PERIOD = /^(?:这周|本周|这个?星期|本星期|这个?礼拜|今天|本月|这个月|this\s+week|today)$/iu;
const SUMMARY_AFTER = new RegExp(`^\\s*(?:的)?(?:${SUMMARY_NOUNS}|recap|summary|wrap-?up)\\s*[:：]`, "iu");
const WAITS_FOR_BEFORE = /(?:要|得|需要|还要|还得|只能)?等(?:到)?\s*$/u;
const THEIR_STEP_AFTER = /^\s*(?:以后|之后)?(?:再|才)(?:能)?(?:批|审批|定|确定|决定|下来|启动|立项|走流程|签)/u;
/** "…要等国庆后再启动，到时候再联系": our step set at the time they wait for makes it ours too. */
const OUR_STEP_THEN = /(?:到时候?|届时|那时候?)(?:我们?)?(?:再|就)?(?:联系|跟进|约|问|打电话|拜访|推进|沟通)/u;
/** Words that mark a message as news passed on for information. */
const NEWS_ONLY =
  /\bfyi\b|\bfor\s+your\s+info(?:rmation)?\b|\bper\s+(?:the\s+)?(?:wsj|ft|news|press|linkedin|reuters|bloomberg|techcrunch|article|their\s+(?:website|blog|press\s+release))\b|仅供参考|供参考|据说|听说|(?:新闻|报道|公众号|官网)上?(?:说|称|显示)/iu;

/** The customer doing something over a weekend (their review, their meeting), not the rep's own weekend plan. */
const CUSTOMER_OVER_WEEKEND =
  /\b(?:they|he|she|client|customer|(?:their|the)\s+(?:team|boss|cfo|ceo|cto|vp|board|procurement|legal))\b(?:['’]ll|\s+will|\s+are\s+going\s+to|\s+is\s+going\s+to|\s+(?:want|wants|plan|plans)\s+to)\s+(?:\w+\s+){0,4}?(?:over|during|on|this|at)\s+(?:the\s+)?weekend|(?:他们|客户|对方|[\u4e00-\u9fa5]总|[\u4e00-\u9fa5]经理)[^，,。；;我]{0,6}?周末(?:内部|自己|在家)?(?:看|研究|讨论|商量|考虑|评估|过一下|开会)/iu;

/** The Monday after a weekend day (or the next Monday). */
function mondayAfter(date: LocalDate): LocalDate {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return addDays(date, (8 - weekday) % 7 || 7);
}

/** "sometime this week" on its own answers "when?": the message is nothing but the date. */
function isDateAlone(text: string, c: { index: number; end: number }): boolean {
  const rest = `${text.slice(0, c.index)} ${text.slice(c.end)}`;
  return /^[\s,.!?]*(?:(?:sometime|some\s+time|maybe|probably|around|during|in|within|over|for|by|and|the)[\s,.!?]*)*$/iu.test(rest);
}

/** The same date moved to `at` (the same object when nothing moves, so callers can tell). */
function withAt(parsed: ParsedDate, at: Date): ParsedDate {
  return at.getTime() === parsed.at.getTime() ? parsed : { ...parsed, at };
}

/** A date found in rewritten day words is labelled with all of the rep's words ("May twenty one"). */
function widenToRewritten(c: { index: number; end: number }, spans: Array<{ index: number; end: number }>): [number, number] {
  let { index, end } = c;
  for (const span of spans) {
    if (span.index < index && index < span.end) index = span.index;
    if (span.index < end && end < span.end) end = span.end;
  }
  return [index, end];
}

const TO_WEEKDAY = /\bto\s+(?:this\s+|next\s+|the\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b/iu;

/**
 * The day a move "from X to <weekday>" goes to. Chrono reads the weekday from the message's day, so
 * "pushed from Monday to Tuesday" on a Thursday ends on the Tuesday gone and "from today to Thursday" on a
 * Thursday on today: a move lands neither in the past nor on today when it leaves today, so it is that weekday a week on.
 */
function movedToDay(c: DateCandidate, today: LocalDate, said: string): LocalDate | null {
  const to = c.until?.date;
  if (!to || !TO_WEEKDAY.test(said)) return to ?? null;
  const fromToday = compareDates(c.date ?? today, today) === 0;
  let day = to;
  while (compareDates(day, today) < 0 || (fromToday && compareDates(day, today) === 0 && !c.until?.time)) day = addDays(day, 7);
  return day;
}
