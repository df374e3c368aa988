import { clauseAround } from "./clause-bounds.js";
import { reportsDone } from "./clause-tense.js";
import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { firstWorkingDayAfter, holidayDate, lastWorkingDayBefore, type HolidayKey } from "./holiday-calendar.js";
import type { RuleContext } from "./rule-context.js";
import { addDays, compareDates, dayNumber, type LocalDate, weekdayOf } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";
import { englishWeekday } from "./english-weekday.js";

/**
 * Named holidays: "春节前", "国庆后", "五一", "年后", "中秋", "Christmas",
 * "Thanksgiving". Before/after a Chinese holiday means the last working day before
 * its days off or the first one after them, 调休 included.
 */

const ZH_NAMES: Array<[string, HolidayKey]> = [
  ["元旦节?", "newYear"],
  ["新年", "newYear"],
  ["春节", "springFestival"],
  ["过年", "springFestival"],
  ["大年初一", "springFestival"],
  ["除夕", "newYearsEve"],
  ["大年三十", "newYearsEve"],
  ["元宵节?", "lantern"],
  ["清明节?", "qingming"],
  ["劳动节", "labour"],
  ["五一(?!\\d)", "labour"],
  ["端午节?", "dragonBoat"],
  ["七夕节?", "qixi"],
  ["中秋节?", "midAutumn"],
  ["国庆节?", "national"],
  ["十一(?=前|后|过后|之后|以后|假期|长假|期间|放假)", "national"],
  ["重阳节?", "doubleNinth"],
  ["腊八节?", "laba"],
  ["小年(?!轻|纪|夜饭)", "xiaonian"],
  ["立春", "lichun"],
  ["春分", "chunfen"],
  ["立夏", "lixia"],
  ["夏至", "xiazhi"],
  ["立秋", "liqiu"],
  ["秋分", "qiufen"],
  ["立冬", "lidong"],
  ["冬至", "dongzhi"],
  ["情人节", "valentine"],
  ["女生节", "girls"],
  ["妇女节", "women"],
  ["三八节", "women"],
  ["植树节", "arbor"],
  ["愚人节", "aprilFools"],
  ["青年节", "youth"],
  ["儿童节", "children"],
  ["六一(?!\\d)", "children"],
  ["建党节", "party"],
  ["建军节", "army"],
  ["教师节", "teacher"],
  ["万圣节", "halloween"],
  ["双十一", "singles"],
  ["双11", "singles"],
  ["光棍节", "singles"],
  ["双十二", "double12"],
  ["双12", "double12"],
  ["平安夜", "christmasEve"],
  ["圣诞节?", "christmas"],
  ["感恩节", "thanksgiving"],
  ["黑色星期五", "blackFriday"],
  ["母亲节", "mothers"],
  ["父亲节", "fathers"],
  ["复活节", "easter"],
  ["农历新年", "springFestival"],
  ["新春", "springFestival"],
  ["正月正时", "springFestival"],
  ["正月朔日", "springFestival"],
];
const HOLIDAY_SEASON = "(?:the\\s+)?(?:holidays|holiday\\s+season|festive\\s+season|winter\\s+break|year[- ]end\\s+break)";
const EN_NAMES: Array<[string, HolidayKey]> = [
  ["new\\s+year'?s?\\s+eve", "yearEnd"],
  ["new\\s+year'?s?(?:\\s+day)?", "newYear"],
  ["christmas\\s+eve", "christmasEve"],
  ["christmas(?:\\s+day)?", "christmas"],
  ["(?:xmas|x-mas)\\s+eve", "christmasEve"],
  ["xmas", "christmas"],
  ["boxing\\s+day", "boxing"],
  ["thanksgiving(?:\\s+day)?", "thanksgiving"],
  ["black\\s+friday", "blackFriday"],
  ["cyber\\s+monday", "cyberMonday"],
  ["independence\\s+day", "independence"],
  ["(?:the\\s+)?fourth\\s+of\\s+july", "independence"],
  ["halloween", "halloween"],
  ["valentine'?s?(?:\\s+day)?", "valentine"],
  ["labou?r\\s+day", "laborUs"],
  ["memorial\\s+day", "memorial"],
  ["(?:mlk|martin\\s+luther\\s+king)(?:\\s+jr\\.?)?\\s+day", "mlk"],
  ["presidents'?\\s+day", "presidents"],
  ["mother'?s\\s+day", "mothers"],
  ["father'?s\\s+day", "fathers"],
  ["easter(?:\\s+sunday)?", "easter"],
  ["good\\s+friday", "goodFriday"],
  ["columbus\\s+day", "columbus"],
  ["veterans\\s+day", "veterans"],
  ["(?:st\\.?|saint)\\s+patrick'?s\\s+day", "stPatrick"],
  ["chinese\\s+new\\s+year", "springFestival"],
  // "postponed till after CNY": the currency code is the festival only after a word of time
  [
    "(?<=\\b(?:before|after|till|until|til|post|pre|around|during|over)[\\s-]+(?:the\\s+)?)(?:cny|lny|lunar\\s+new\\s+year)(?:\\s+(?:holidays?|break))?",
    "springFestival",
  ],
  ["spring\\s+festival", "springFestival"],
  ["mid-?autumn(?:\\s+(?:festival|holiday|break))?(?:\\s+(?:holiday|break))?", "midAutumn"],
  // ("after the Dragon Boat holiday", "over the mid-autumn break")
  ["dragon\\s+boat(?:\\s+festival)?(?:\\s+(?:holiday|break|day))?", "dragonBoat"],
  ["national\\s+day(?:\\s+(?:holiday|break))?|golden\\s+week", "national"],
  // "after the holidays" is the first working day of the new year; "before the holidays" the last one before Christmas
  [HOLIDAY_SEASON, "newYear"],
];

function alternation(names: Array<[string, HolidayKey]>): string {
  return names.map(([pattern], i) => `(?<h${i}>${pattern})`).join("|");
}

const ZH_RE = new RegExp(
  `(?<passed>(?:等|到)?过完了?|(?:等|到)?过了)?(?:(?<rel>今年|明年|去年|后年)|(?<year>\\d{4})年)?(?:的)?(?:${alternation(ZH_NAMES)})(?:前后|左右|(?<edge>过后|之前|以前|之后|以后|前|后|回来))?`,
  "gu",
);
/** 节前 / 节后 / 年前 / 年后 with no holiday named: the next holiday, the Spring Festival (多年前, 几年后 are spans of years) */
const ZH_BARE_RE = /(?<![\d零〇一二两三四五六七八九十百千几多数半今明去后前])(?<which>节|年)(?<edge>前|后)(?![天年月周])/gu;
/** 过完年 / 过了节: once the Spring Festival (or the next holiday) is over, as 年后 / 节后 */
const ZH_PASSED_RE = /(?:过完了?|过了|过好)(?<which>节|年)(?![天年月周前后初底中])/gu;
const EN_RE = new RegExp(
  `\\b(?:(?<!\\b(?:day|week|wk|w|month|mo|year|yr)s?\\s+)(?<edge>before|after)\\s+)?(?:(?<rel>this|next|last)\\s+|the\\s+)?(?:${alternation(EN_NAMES)})(?:\\s+(?<year>\\d{4})|\\s+(?:of\\s+)?(?<sfx>this|next|last)\\s+year)?\\b`,
  "giu",
);

/** What a festival's name may stand before as the kind of thing, not its day. */
const FESTIVE_THING_AFTER = /^(?:的)?(?:礼品|礼物|礼盒|礼包|大礼包|贺卡|祝福|问候|贺词|红包|福利|晚会|年会|促销|套餐|档期|海报|文案|订单量|备货)/u;

function keyOf(groups: Record<string, string | undefined>, names: Array<[string, HolidayKey]>): HolidayKey | null {
  for (let i = 0; i < names.length; i++) if (groups[`h${i}`] !== undefined) return names[i]?.[1] ?? null;
  return null;
}

/** "推迟到元旦后了": moved to the holiday, which is ahead whatever 了 closes the move. */
const MOVED_TO_BEFORE = /(?:推迟到|推到|改到|改在|延到|延期到|挪到|顺延到|调到|换到|往后推到)\s*$/u;
/** "元旦后给答复", "年后再联系": a step said right after the holiday is ahead. */
const STEP_AFTER = /^\s*(?:以后|之后)?\s*(?:再|就|会|要|才)?\s*(?:给|回复|答复|联系|见|约|签|上线|启动|开始|确认|定)(?![^，,。；;\s]{0,4}?(?:了|过|的))/u;

const SAID_BOUND_EN = /\b(?:said|says|told\s+(?:us|me|him|her)|mentioned|confirmed)\b(?<what>[^.;!?]*)\b(?:before|after|until|till|til|by|through|thru)\s+/iu;

/** Whether the holiday's own words tell of something done then ("中秋节签了合同"): its part of the clause, cut at spaces between Chinese words. */
function heldThen(text: string, at: { index: number; end: number }): boolean {
  if (MOVED_TO_BEFORE.test(text.slice(Math.max(0, at.index - 6), at.index)) || STEP_AFTER.test(text.slice(at.end, at.end + 10))) return false;
  const clause = clauseAround(text, at.index, at.end);
  const start = text.indexOf(clause);
  // "Globex said nothing moves before Memorial Day": a bound in what someone said is ahead, the saying is what is past
  const said = SAID_BOUND_EN.exec(text.slice(Math.max(0, start), at.end));
  if (said?.groups && !reportsDone(said.groups.what ?? "")) return false;
  const parts = clause.split(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u);
  let offset = start;
  for (const part of parts) {
    const from = text.indexOf(part, offset);
    if (from <= at.index && at.end <= from + part.length) return reportsDone(part);
    offset = from + part.length;
  }
  return reportsDone(clause);
}

/** How long after a break its name still means the one just over ("国庆期间微信找我" typed on 12 October). */
const JUST_OVER_DAYS = 14;

/**
 * With no year given, the coming occurrence (today included); in a clause that reports something done
 * ("中秋节签了合同", "we met at Christmas"), the last one; within two weeks of its break, the one just over, unless
 * a step of ours follows it ("国庆期间微信找我，说节后想看demo" on 12 October is this October's; "节后再约" a next one's).
 */
function resolveYear(
  ctx: RuleContext,
  key: HolidayKey,
  yearOffset: number | null,
  year: number | null,
  at?: { index: number; end: number },
  /** (节后 / 过完节 name no holiday of their own: their words tell of the break passing, not of one held) */
  named = true,
): LocalDate {
  if (year !== null) return holidayDate(key, year);
  if (yearOffset !== null) return holidayDate(key, ctx.today.year + yearOffset);
  const thisYear = holidayDate(key, ctx.today.year);
  if (at && named && heldThen(ctx.text, at)) {
    return compareDates(thisYear, ctx.today) <= 0 ? thisYear : holidayDate(key, ctx.today.year - 1);
  }
  if (compareDates(thisYear, ctx.today) >= 0) return thisYear;
  const stepAfter = at !== undefined && STEP_AFTER.test(ctx.text.slice(at.end, at.end + 10));
  const justOver = compareDates(ctx.today, addDays(firstWorkingDayAfter(thisYear, key), JUST_OVER_DAYS)) <= 0;
  return justOver && !stepAfter ? thisYear : holidayDate(key, ctx.today.year + 1);
}

function applyEdge(date: LocalDate, edge: string | undefined, key: HolidayKey): LocalDate {
  if (!edge) return date;
  if (/前|before/iu.test(edge)) return lastWorkingDayBefore(date, key);
  return firstWorkingDayAfter(date, key);
}

function push(out: DateCandidate[], index: number, raw: string, date: LocalDate): void {
  out.push({ index, end: index + raw.length, date, time: null, partOfDayHour: null, priority: PRIORITY_RULE });
}

const WEEKDAY_BEFORE_EN = /\b(?:the\s+)?(?<day>sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?\s+$/iu;

/** "week after Thanksgiving", "the week before Christmas": a week named beside the holiday. */
const WEEK_BESIDE_EN = /\b(?:the\s+)?week\s+(?<edge>after|before)\s+(?:the\s+)?$/iu;

/** The Monday of the week after the day's, or of the week before it. */
function mondayOfWeekBeside(day: LocalDate, before: boolean): LocalDate {
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
  return addDays(monday, before ? -7 : 7);
}

/** The first such weekday after the day, or the last one before it. */
function weekdayBeside(day: LocalDate, weekday: number, before: boolean): LocalDate {
  let at = addDays(day, before ? -1 : 1);
  while (weekdayOf(at) !== weekday) at = addDays(at, before ? -1 : 1);
  return at;
}

const ZH_YEAR: Record<string, number> = { 今年: 0, 明年: 1, 去年: -1, 后年: 2 };
const EN_YEAR: Record<string, number> = { this: 0, next: 1, last: -1 };

/** A 过完年 match read as 年后 (its groups with edge 后). */
function passedAsAfter(m: RegExpMatchArray): RegExpMatchArray {
  m.groups = { ...m.groups, edge: "后" };
  return m;
}

export function findHolidayDates(ctx: RuleContext, opts: { zh: boolean; en: boolean }): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (opts.zh) {
    for (const m of allMatches(ctx.text, ZH_RE)) {
      const g = m.groups ?? {};
      const key = keyOf(g, ZH_NAMES);
      if (!key) continue;
      // "新年礼品", "春节祝福", "中秋礼盒": the festival names the thing, not a day
      if (!g.edge && !g.passed && FESTIVE_THING_AFTER.test(ctx.text.slice((m.index ?? 0) + m[0].length))) continue;
      const span = { index: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
      const date = resolveYear(ctx, key, g.rel ? (ZH_YEAR[g.rel] ?? 0) : null, g.year ? Number(g.year) : null, span);
      push(out, m.index ?? 0, m[0], applyEdge(date, g.edge ?? (g.passed ? "后" : undefined), key));
    }
    const bare = [...allMatches(ctx.text, ZH_BARE_RE), ...[...allMatches(ctx.text, ZH_PASSED_RE)].map(passedAsAfter)];
    for (const m of bare) {
      const g = m.groups ?? {};
      let base: { date: LocalDate; key: HolidayKey };
      if (g.which === "年") {
        base = { date: resolveYear(ctx, "springFestival", null, null), key: "springFestival" };
        // 年后 said just after the break still means this year's
        const last = holidayDate("springFestival", ctx.today.year);
        const after = firstWorkingDayAfter(last, "springFestival");
        if (g.edge === "后" && compareDates(ctx.today, last) > 0 && compareDates(ctx.today, after) <= 0) base = { date: last, key: "springFestival" };
      } else {
        // "年前确认需求，节后再约", "国庆前签了，节后跟进": the festival the sentence already named
        const named = holidayNamedBefore(ctx.text, m.index ?? 0);
        const span = { index: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
        base = named ? { date: resolveYear(ctx, named, null, null, span, false), key: named } : nextHoliday(ctx, span);
      }
      push(out, m.index ?? 0, m[0], applyEdge(base.date, g.edge, base.key));
    }
  }
  if (opts.en) {
    for (const m of allMatches(ctx.text, EN_RE)) {
      const g = m.groups ?? {};
      let key = keyOf(g, EN_NAMES);
      if (!key) continue;
      let edge = g.edge;
      if (g[`h${EN_NAMES.length - 1}`] !== undefined) {
        // "the holidays are coming" names no day; only before / after them does ("2 wks before the
        // holidays": the edge after a count is left out of the match, for the count to move the date)
        edge ??= /\b(before|after)\s+$/iu.exec(ctx.text.slice(Math.max(0, (m.index ?? 0) - 8), m.index ?? 0))?.[1];
        if (!edge) continue;
        if (/before/iu.test(edge)) key = "christmas";
      }
      // "Independence Day of this year"
      const rel = g.sfx ?? g.rel;
      const span = { index: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
      const date = resolveYear(ctx, key, rel ? (EN_YEAR[rel.toLowerCase()] ?? 0) : null, g.year ? Number(g.year) : null, span);
      const week = WEEK_BESIDE_EN.exec(ctx.text.slice(0, m.index ?? 0));
      if (week?.groups?.edge) {
        push(out, week.index, ctx.text.slice(week.index, (m.index ?? 0) + m[0].length), mondayOfWeekBeside(date, week.groups.edge.toLowerCase() === "before"));
        continue;
      }
      // "the Monday after Thanksgiving", "the Friday before Christmas": that weekday next to the day itself
      const weekday = edge ? WEEKDAY_BEFORE_EN.exec(ctx.text.slice(0, m.index ?? 0)) : null;
      if (weekday?.groups?.day) {
        const target = englishWeekday(weekday.groups.day);
        push(out, weekday.index, ctx.text.slice(weekday.index, (m.index ?? 0) + m[0].length), weekdayBeside(date, target, /before/iu.test(edge ?? "")));
        continue;
      }
      push(out, m.index ?? 0, m[0], applyEdge(date, edge, key));
    }
  }
  return out;
}

/** 过年 / 年前 / 年后 name the Spring Festival without saying so. */
const SPRING_FESTIVAL_WORDS = /过年|(?<![\d零〇一二两三四五六七八九十百千几多数半今明去后前])年[前后](?![天年月周])/u;

/** The last holiday named before `index` (节后 then means that one's), or null. */
function holidayNamedBefore(text: string, index: number): HolidayKey | null {
  const before = text.slice(0, index);
  let found: { at: number; key: HolidayKey } | null = null;
  for (const m of allMatches(before, ZH_RE)) {
    const key = keyOf(m.groups ?? {}, ZH_NAMES);
    // ("祝中秋节快乐，节后再约": a greeting's festival is not the one whose end is meant)
    if (/^(?:节)?(?:快乐|愉快)/u.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    if (key && (!found || (m.index ?? 0) >= found.at)) found = { at: m.index ?? 0, key };
  }
  const spring = SPRING_FESTIVAL_WORDS.exec(before);
  if (spring && (!found || spring.index > found.at)) return "springFestival";
  return found?.key ?? null;
}

const STATUTORY: HolidayKey[] = ["newYear", "springFestival", "qingming", "labour", "dragonBoat", "midAutumn", "national"];

function nextHoliday(ctx: RuleContext, at: { index: number; end: number }): { date: LocalDate; key: HolidayKey } {
  // the nearest one: the coming holiday, or the one just over or held ("节前签了")
  let best: { date: LocalDate; key: HolidayKey; days: number } | null = null;
  for (const key of STATUTORY) {
    const date = resolveYear(ctx, key, null, null, at, false);
    const days = Math.abs(dayNumber(date) - dayNumber(ctx.today));
    if (!best || days < best.days) best = { date, key, days };
  }
  return best ?? { date: ctx.today, key: "newYear" };
}
