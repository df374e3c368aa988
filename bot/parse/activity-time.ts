import type { ParsedDates } from "./parse-dates.js";
import { reschedulesTo } from "./detect-reschedule.js";
import { clauseTense, plannedBefore } from "./clause-tense.js";
import type { ActivityMention } from "./infer-activity.js";
import { splitClauses } from "./split-clauses.js";
import type { ParsedDate } from "./types.js";
import { sameLocalDay } from "./zoned-time.js";

/**
 * When the logged activity happened. "上周拜访过华为，今天又打了电话": the log is today's call,
 * so its time is the date in the call's own clause (or now, for "today"/"刚才"), not the
 * earlier visit's 上周, which is merely the first past date in the text.
 */
export function activityTime(text: string, found: ParsedDates, logged: ActivityMention | null, now: Date): ParsedDate | null {
  // "2026年的项目已经结束了", "2025年合作过一次": a year alone names no day the activity was on (it was stored on 1 January).
  const dates = withoutBareYears(found);
  // "Contoso champion left last month, renewal at risk": a note is news today; a past week, month or
  // year names no day to date it by (it was stored on 1 November and did not count as activity).
  // "Globex might sign this quarter": a period under way, said with no activity, is no day the note happened on either.
  if (!logged && dates.occurredAt && (WHOLE_PAST_PERIOD.test(dates.occurredAt.text.trim()) || PERIOD_UNDER_WAY.test(dates.occurredAt.text.trim()))) return null;
  if (!logged || logged.planned) return dates.occurredAt;
  const clause = splitClauses(text)[logged.clause];
  if (!clause) return dates.occurredAt;
  const past = positioned(text, dates.dates).filter((d) => d.date.at.getTime() <= now.getTime());
  // ("这周的情况：周二拜访": of two dates in the clause, the one nearest before the activity)
  const inClause = past.filter((d) => d.index >= clause.index && d.index < clause.index + clause.text.length);
  const own = inClause.filter((d) => d.index < logged.index).pop() ?? inClause[0];
  // The same words as the report's time (a period under way, "this week", is read there as now).
  const settled = (date: ParsedDate) => (dates.occurredAt && date.text === dates.occurredAt.text ? dates.occurredAt : date);
  if (own) return settled(own.date);
  // "刚才又通了电话": marked as just now, with no date of its own
  if (logged.recency === 2) return { at: now, text: "", hasTime: true };
  // "昨天：拜访了华为…": the nearest past date written before the clause
  const before = past.filter((d) => d.index < clause.index).pop();
  if (before) return settled(before.date);
  // "比亚迪打电话来投诉，系统上周五宕机了", "called Globex, their system crashed last Friday": a past date in a later
  // clause that tells something else dates that, not the call; a clause that is only the date ("拜访了华为，上周五") dates it
  const clauses = splitClauses(text);
  const after = past.find((d) => d.index >= clause.index + clause.text.length);
  const afterClause = after && clauses.find((c) => after.index >= c.index && after.index < c.index + c.text.length);
  if (after && afterClause && dates.occurredAt?.text === after.date.text && !onlyTheDate(afterClause.text, after.date.text)) return null;
  return dates.occurredAt;
}

/** The clause says nothing but its date (and filler): "上周五", "last Friday", "on Monday afternoon". */
function onlyTheDate(clause: string, date: string): boolean {
  return !/[\p{L}]{2,}/u.test(
    clause
      .replace(date, " ")
      .replace(/\b(?:on|at|it\s+was|was|that\s+was|online|onsite|offline|in\s+person|via\s+\w+)\b|是|的|在|那天|那次|线上|线下|远程|现场|视频|电话/giu, " "),
  );
}

const PERIOD_UNDER_WAY =
  /^(?:(?:this|the\s+current|current)\s+(?:week|month|quarter|year|qtr|q)|(?:本|这个?|今)(?:周|星期|礼拜|月|季度?|年)|今年|年内|月内|季度内)$/iu;
const BARE_YEAR = /^(?:(?:19|20)?\d{2}\s*年(?:的)?|去年|前年|今年|(?:in\s+)?(?:19|20)\d{2})$/iu;
function withoutBareYears(dates: ParsedDates): ParsedDates {
  const dated = (d: ParsedDate) => !BARE_YEAR.test(d.text.trim());
  return { ...dates, dates: dates.dates.filter(dated), occurredAt: dates.occurredAt && dated(dates.occurredAt) ? dates.occurredAt : null };
}

const WHOLE_PAST_PERIOD =
  /^(?:(?:上个?|去|前)(?:周|星期|礼拜|月|年|季度)|去年|前年|上半年|last\s+(?:week|month|year|quarter)|(?:a\s+)?(?:few\s+|couple\s+(?:of\s+)?)?(?:weeks|months|years)\s+ago)$/iu;

/**
 * When a planned activity takes place: the date ahead in its own clause. "今天下午拜访阿里，他们在比价，
 * 国庆后再跟" plans the visit for this afternoon; 国庆后 is a later step, not the visit's day. Null
 * when the clause has no date ahead (the sentence's follow-up then stands for the plan).
 */
const WEEKEND_ALONE = /^(?:这个?|本|下个?)?周末$|^(?:this|next|the)?\s*weekend$/iu;

/** A week named without its day ("下周", "next week"), which a day said with it narrows. */
const WEEK_ALONE = /^(?:下下?周|下个?(?:星期|礼拜)|这周|本周|这个?(?:星期|礼拜)|(?:next|this)\s+week|nxt\s+wk|next\s+wk)$/iu;

export function plannedTime(text: string, dates: ParsedDates, logged: ActivityMention | null, now: Date, timezone: string): ParsedDate | null {
  if (!logged?.planned) return null;
  const clause = splitClauses(text)[logged.clause];
  if (!clause) return null;
  const inClause = positioned(text, dates.dates).filter(
    (d) => d.index >= clause.index && d.index < clause.index + clause.text.length && d.date.at.getTime() > now.getTime(),
  );
  // "比亚迪下周五之前要答复 周四下午再打个电话确认": of several days in the clause, the one said last before the activity is its day
  const before = inClause.filter((d) => d.index < logged.index);
  const own = before.at(-1) ?? inClause[0];
  // "a call next week, maybe wed": the day that narrows the clause's period is the plan's
  const follow = dates.followUp;
  const until = own?.date.until;
  if (own && until && follow && follow.at.getTime() >= own.date.at.getTime() && follow.at.getTime() <= until.getTime()) return follow;
  // "张总说下周想见面，约了下周二上午十点", "want to meet next week, booked tue 10am": a day inside the week said is the plan's
  if (
    own &&
    follow &&
    follow !== own.date &&
    WEEK_ALONE.test(own.date.text.trim()) &&
    follow.at.getTime() >= own.date.at.getTime() &&
    follow.at.getTime() < own.date.at.getTime() + 7 * 86_400_000
  )
    return follow;
  // "周末约了打球 周日下午": the day of the weekend said after it is the plan's
  if (
    own &&
    follow &&
    WEEKEND_ALONE.test(own.date.text.trim()) &&
    follow.at.getTime() >= own.date.at.getTime() &&
    follow.at.getTime() < own.date.at.getTime() + 2 * 86_400_000
  )
    return follow;
  // "pushed from tuesday to thursday": the follow-up already read the same words as old → new; the new day is the plan's
  if (own && follow && follow.text === own.date.text && follow.at.getTime() !== own.date.at.getTime()) return follow;
  // "move our Thursday call to Friday": the day it is moved to, in the same clause, is the plan's
  if (own && follow && follow !== own.date && reschedulesTo(clause.text, follow.text)) return follow;
  // "下周一要来我们公司参观，会议室已经订好了，周一上午10点": its day said again with the clock time
  if (own && follow && !own.date.hasTime && follow.hasTime && sameLocalDay(follow.at, own.date.at, timezone)) return follow;
  return own?.date ?? null;
}

/**
 * "Good call with Acme this afternoon" typed at 21:00, "下午和华为开了个短会" at 17:00: words like
 * "this afternoon" / 下午 point ahead only until that time has passed. An activity read as planned
 * on such a word alone (no planning verb in its clause, nothing ahead in it) whose clause dates it
 * before now is a report; a follow-up in another clause is the step after it.
 */
export function happenedByDate(text: string, dates: ParsedDates, logged: ActivityMention | null, now: Date): boolean {
  if (!logged?.planned) return false;
  const clause = splitClauses(text)[logged.clause];
  // ("Dinner w/ Globex CFO tonight" typed at 21:45: "tonight" plans nothing once its evening is under way)
  if (!clause || plannedBefore(clause.text.replace(TONIGHT_ALL, " "))) return false;
  if (TONIGHT.test(clause.text) && !positioned(text, dates.dates).some((d) => TONIGHT.test(d.date.text) && d.date.at.getTime() <= now.getTime())) return false;
  // ("京东周五的拜访 改成周四了": the day gone is the one it was moved from, to a day still ahead)
  const move = MOVED_IN_CLAUSE.exec(clause.text);
  const movedAhead =
    move !== null &&
    positioned(text, dates.dates).some(
      (d) => d.index >= clause.index + move.index && d.index < clause.index + clause.text.length && d.date.at.getTime() > now.getTime(),
    );
  if (movedAhead) return false;
  const inClause = (d: { index: number }) => d.index >= clause.index && d.index < clause.index + clause.text.length;
  const placed = positioned(text, dates.dates);
  // "QBR w/ Initech this afternoon, …, f/u 12/22" at 22:30: a step ahead in another clause leaves the report one
  const step = dates.followUp;
  if (step && !placed.some((d) => d.date.text === step.text && !inClause(d))) return false;
  return placed.some((d) => inClause(d) && d.date.at.getTime() <= now.getTime());
}

const TONIGHT = /\b(?:tonight|tonite|2nite|2night)\b/iu;
const TONIGHT_ALL = new RegExp(TONIGHT.source, "giu");
const MOVED_IN_CLAUSE = /改成|改到|改在|改期|推迟|推到|延期|延到|挪到|换到|调到|提前到|\b(?:moved|pushed|rescheduled|resched|postponed|bumped)\b/iu;

/**
 * "meeting w Initech on the 2nd at 11", "demo for Globex Dec 3": an English activity named as a noun
 * (no verb of a thing done), in a clause that reports nothing past and dates it ahead only, is set
 * for that day, not held today. "Great meeting with Initech" (no date) and "met Initech on the 2nd" stay reports.
 */
const NOUN_FORM =
  /^(?:meetings?|mtgs?|calls?|demos?|lunch|dinner|breakfast|coffee|drinks|catch[- ]?up|sync|check[- ]?in|visit|presentation|workshop|kick-?off|qbr|session|zoom(?:\s+call)?|(?:intro|discovery|pricing|status|sales|follow[- ]?up|quick)\s+calls?)$/iu;
const SOMEONE_ELSES_DATE = /[:;]|\b(?:they|we|i|he|she|you|it|need|needs|want|wants|wanted|asked|said|due|by)\b/iu;
export function arrangedByDate(text: string, dates: ParsedDates, logged: ActivityMention | null, now: Date): boolean {
  if (!logged || logged.planned || logged.notDone || !NOUN_FORM.test(logged.text.trim())) return false;
  const clause = splitClauses(text)[logged.clause];
  if (!clause || /\p{Script=Han}/u.test(clause.text) || clauseTense(clause.text) === "past") return false;
  const own = positioned(text, dates.dates).filter((d) => d.index >= clause.index && d.index < clause.index + clause.text.length);
  if (own.length === 0 || !own.every((d) => d.date.at.getTime() > now.getTime())) return false;
  // "quick call w Globex they need the quote by Monday": the date belongs to what they said, not to the call
  const between = text.slice(logged.index + logged.text.length, own[0]!.index);
  // ("sync w/ Initech IT lead mid-Jan": IT is no "it")
  return !SOMEONE_ELSES_DATE.test(between.replace(/\bIT\b/gu, " "));
}

/**
 * "元旦后打电话问问", "29号上午打电话问结果": a Chinese clause that reports nothing (no 了 / 过 / 已经) and names only
 * days ahead before its activity sets it for then (it was logged as a call held, due tomorrow).
 */
export function arrangedByDateZh(text: string, dates: ParsedDates, logged: ActivityMention | null, now: Date): boolean {
  if (!logged || logged.planned || logged.notDone) return false;
  const clause = splitClauses(text)[logged.clause];
  if (!clause || !/\p{Script=Han}/u.test(clause.text)) return false;
  // "阿里的线上demo约了6号下午3点", "那个会改到7号上午10点了": a day ahead it was arranged or moved to, after it
  // ("打电话约了明天拜访": not when another activity follows the day, which the call arranged)
  const end = clause.index + clause.text.length;
  const arrangedTo = positioned(text, dates.dates).filter(
    (d) =>
      d.index > logged.index &&
      d.index < end &&
      // (the appointment itself arranged, right before: not "来电话说项目要推迟到明年Q2")
      ARRANGED_TO_ZH.test(text.slice(logged.index + logged.text.length, d.index)) &&
      !ACTIVITY_AFTER_ZH.test(text.slice(d.index + d.date.text.length, end)),
  );
  if (arrangedTo.length > 0 && arrangedTo.every((d) => d.date.at.getTime() > now.getTime())) return true;
  if (!/\p{Script=Han}/u.test(logged.text) || clauseTense(clause.text) !== "none") return false;
  const own = positioned(text, dates.dates).filter((d) => d.index >= clause.index && d.index < logged.index);
  // (today and its parts of day report as often as they plan: "今天拜访京东，客户对方案比较满意")
  return own.length > 0 && own.every((d) => d.date.at.getTime() > now.getTime() && !TODAY_OR_PART.test(d.date.text.trim()));
}
const TODAY_OR_PART = /^(?:今|[上下中]午|晚上|傍晚|早上|刚)/u;
const ACTIVITY_AFTER_ZH = /拜访|见|会|聊|谈|电话|演示|饭|去|来|过来|\b(?:visit|call|meet|demo)/iu;
const ARRANGED_TO_ZH = /^(?:的)?\s*(?:就|也|又|已经|已)?(?:约了|约在|约好|约到|定在|定了|安排在|改到|改成|改在|推迟到|推到|挪到|延到|调到|换到|提前到)\s*$/u;

/** Where each date's words stand in the text, in order; a date whose words were rewritten is left out. */
function positioned(text: string, dates: ParsedDate[]): Array<{ date: ParsedDate; index: number }> {
  const out: Array<{ date: ParsedDate; index: number }> = [];
  let from = 0;
  for (const date of dates) {
    if (!date.text) continue;
    const index = text.indexOf(date.text, from);
    if (index < 0) continue;
    out.push({ date, index });
    from = index + date.text.length;
  }
  return out;
}
