import { blankClauses } from "./blank-clauses.js";
import { splitClauses } from "./split-clauses.js";
import type { ParsedDate } from "./types.js";
import { addDays, zonedParts, zonedTimeToInstant } from "./zoned-time.js";

/** Leave, in both lists below ("在休产假", "回老家", "on paternity leave", "ooo"). */
const LEAVE_ZH = "休假|请假|[产婚病年]假|度假|回老家|探亲";
const LEAVE_EN = String.raw`on\s+(?:(?:a\s+)?(?:vacation|leave|holiday|pto|sabbatical)|(?:paternity|maternity|parental|sick|medical|annual|family)\s+leave)|(?:paternity|maternity|parental|sick)\s+leave|ooo`;

/**
 * The customer's own travel or leave: "明天飞深圳", "后天出差", "去北京开会", "下周休假", "在休产假", "这周都不在",
 * "out of office till…", "off from tmrw", "on paternity leave", "at a trade show all week".
 */
const AWAY = new RegExp(
  [
    String.raw`(?:去|在)[^，,。；;]{0,8}?参加(?:展会|展览|会议|峰会|培训|活动)|参展|飞(?!书)|出差|${LEAVE_ZH}|陪产假|出国|不在(?:公司|国内|办公室|岗)?|在外地|外出|去[\p{Script=Han}]{1,4}(?:出差|开会|参会|培训)`,
    String.raw`\b(?:flies|flying|fly(?:ing)?\s+to|travell?ing|(?:is|are|'s|'re)\s+(?:away|off)\b|off\s+(?:from|until|till|til|thru|through|this|next|all|for|sick|today|tomorrow|tmrw|on\s+(?:mon|tue|wed|thu|fri))|(?<!\b(?:reach|reached|reaching|send|sent|sending|check|checked|find|found|figure|hand|handed|roll|rolled|print|point|sort|ship|shipped|mail|mailed|give|gave|get|got|go|went|way|look|carve|lay|put|set|hear|heard|help|helped|back)\s+)out\s+(?:sick|this\s+week|all\s+week|until|till|thru|through)|${LEAVE_EN}|(?:vacation|holiday|leave|pto|trip)\s+(?:starts?|begins?)|on\s+(?:a\s+)?(?:business\s+)?trip|out\s+of\s+(?:the\s+)?(?:office|town|country))\b`,
    String.raw`\b(?:is|are|'s|'re)\s+at\s+(?:a|the|an)\s+(?:trade\s*show|conference|expo|fair|summit|offsite|off-site)\b`,
  ].join("|"),
  "iu",
);
/**
 * Leave or absence, not travel: a trip ("明天下午3点去华为开会", "flying to Shenzhen") may be the rep's own, its day a
 * step; only an absence said without a step sets none.
 */
const ABSENT = new RegExp(
  String.raw`${LEAVE_ZH}|不在|\b(?:(?:is|are|'s|'re)\s+(?:away|off)|off\s+(?:from|until|till|til|thru|through|this|next|all|for|sick)|out\s+(?:sick|this\s+week|all\s+week|until|till|thru|through)|${LEAVE_EN}|(?:vacation|holiday|leave|pto)\s+(?:starts?|begins?)|out\s+of\s+(?:the\s+)?office)\b`,
  "iu",
);
/** A trip of someone of theirs ("顺丰的陈总这周在外面出差", "pied piper's buyer is on a business trip"): theirs too. */
const THEIR_PERSON =
  /[\p{Script=Han}]{1,2}(?:总(?!部|公司|价|额|共|计|体)|经理|工(?!厂|作|程|地)|老板|主任|董|总监)|\b(?:he|she|they|their|his|her)\b|['’]s\s+(?:\w+\s+)?(?:buyer|cfo|ceo|cto|coo|pm|vp|lead|head|champion|contact|manager|director|team|boss|founder|owner|guy|assistant)\b/iu;
/** A message of theirs that arrived: an activity, whatever absence it tells of. */
const MESSAGE_CAME = /\b(?:reply|replied|e-?mail(?:ed)?|auto-?reply|message|msg|texted|voicemail|vm)\b|邮件|回复|消息|短信|微信/iu;
/** Their coming back: "back sep 29", "returns monday", "27号才回来上班", "11月才回来", "国庆后回来". */
const RETURN_ZH = "回来|回国|返岗|到岗|回公司|才上班";
// ("call him back", "get back to them", "returning their call": our step, no return of theirs)
// "back" opens its clause ("off from tmrw, back sep 29") or follows them being back; a thing brought back is no return.
const DAY_WORD = String.raw`(?:on|in|by|from|after|mon|tue|wed|thu|fri|sat|sun|next|this|the|early|late|mid|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tmrw|tomorrow|tmr)`;
const RETURN_EN = String.raw`^\s*(?:and\s+|but\s+)?back\s+${DAY_WORD}|\b(?:(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are|\s+will\s+be|\s+gets?|\s+comes?)\s+back(?!\s+(?:to|with)\b)|[\w'’]+(?:['’]s|\s+is|\s+are|\s+will\s+be)\s+back(?!\s+(?:to|with)\b)|(?:he|she|they)\s+returns?|returns?\s+(?:on|from)\b)`;
const RETURN = new RegExp(`${RETURN_ZH}|${RETURN_EN}`, "iu");
/** The return as news ("27号才回来上班", "back sep 29"), not the step after it ("回来再约"). */
const RETURN_NEWS = new RegExp(`才回来|回来上班|返岗|到岗|回国|${RETURN_EN}`, "iu");
/** …unless the clause is our meeting with them ("明天飞深圳跟我们见面"). */
const WITH_US = /见|约|拜访|跟我|和我|与我|\b(?:meet|see|visit|call)\b/iu;
/** "回来再约", "回来以后再说": what is done once back. */
const AFTER_RETURN_ZH = "回来(?:再|后|以后|之后|就)|回来(?=约|见|聊|联系|跟进|拜访|沟通|谈|碰)";
/**
 * "回来再约", "到时候提醒我", "once he's back", "f/u then": the next step waits for the return. Without it the days
 * of their absence are theirs alone ("out on paternity leave thru end of oct", "这周都不在"): no follow-up of ours.
 */
const AFTER_RETURN = new RegExp(
  String.raw`${AFTER_RETURN_ZH}|到时候?|届时|等(?:他|她|他们|她们)?回来|\b(?:once|when|after|by\s+the\s+time|the\s+day)\s+(?:he|she|they)(?:['’]s|\s+is|\s+are|['’]re|\s+gets?|\s+comes?)\s+back\b|\bon\s+(?:his|her|their)\s+return\b|\bwhen\s+back\b|\b(?:f\/u|follow\s*up|ping|call|reach\s+out|circle\s+back|check\s+in)\s+(?:(?:with\s+)?(?:him|her|them)\s+)?then\b`,
  "iu",
);
/** ("下周出差 回来再约": the meeting after the return is no meeting on the trip) */
const STEP_AFTER_RETURN_ZH = new RegExp(String.raw`(?:${AFTER_RETURN_ZH})\S*`, "gu");

/** A trip said as a whole week ("下周出差", "next week"), not a day in it ("下周四"). */
const WEEK = /^(?:下下?|这|本|上)?个?(?:周|星期|礼拜)$|\bweek$/iu;
/** "下周四回来再定", "27号才回来上班": the day said is the day of the return itself. */
const RETURN_DAY_AFTER = /^\s*(?:才|就|会|能|再)?(?:回来|回|返回|返岗|到岗|上班)|^\s*(?:when\s+)?(?:he|she|they)?(?:'s|\s+is|\s+are)?\s*back\b/iu;
/** "back sep 29", "returns on monday", "back in the office the 24th": the day after is the return. */
const RETURN_DAY_BEFORE = /\b(?:back|returns?|returning)(?:\s+(?:in|at|to)\s+(?:the\s+)?(?:office|work))?(?:\s+(?:on|by))?\s*$/iu;

function clauseOf(text: string, date: ParsedDate): string | undefined {
  const index = text.indexOf(date.text);
  if (index < 0) return undefined;
  return splitClauses(text).find((c) => index >= c.index && index < c.index + c.text.length)?.text;
}

/** The date's clause tells of the customer away or coming back, not of our step with them. */
function awayClause(text: string, date: ParsedDate): boolean {
  const clause = clauseOf(text, date);
  return clause !== undefined && (AWAY.test(clause) || RETURN.test(clause)) && !WITH_US.test(clause.replace(STEP_AFTER_RETURN_ZH, ""));
}

/** The day of the return said outright ("back sep 29", "27号才回来", "on PTO until May 10"), when one is. */
function returnDay(text: string, dates: readonly ParsedDate[]): ParsedDate | undefined {
  return dates.find((d) => {
    const at = text.indexOf(d.text);
    return at >= 0 && (endSaid(text, d) || RETURN_DAY_BEFORE.test(text.slice(0, at)));
  });
}

/** A clock time said alone ("at 10", "下午3点"). */
const CLOCK_ALONE = /^(?:at\s+)?\d{1,2}(?:[:：.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?$|^(?:上午|下午|晚上|早上|中午)?\d{1,2}(?:[点:：]\d{0,2}|点半)?$/iu;

/** "back Aug 11 … follow up the day he's back at 10": the return day at the clock time said alone beside it. */
function atClockSaid(day: ParsedDate, dates: readonly ParsedDate[], timezone: string): ParsedDate {
  const clock = dates.find((d) => d !== day && d.hasTime && CLOCK_ALONE.test(d.text.trim()));
  if (!clock) return day;
  const { hour, minute } = zonedParts(clock.at, timezone);
  return { ...day, at: zonedTimeToInstant(zonedParts(day.at, timezone), { hour, minute }, timezone), hasTime: true };
}

/** Back within three weeks: reaching them then is the rep's next step; a longer leave is theirs alone. */
const SOON_BACK_MS = 21 * 86_400_000;
/** "out till monday", "away for 10 days", "到27号", "27号才回来": the day said ends the absence. */
const END_BEFORE = /(?:\b(?:until|till|til|'til|thru|through|back|for)|到|至)\s*$/iu;

function endSaid(text: string, date: ParsedDate): boolean {
  const at = text.indexOf(date.text);
  return (
    at >= 0 &&
    (/^(?:for|until|till|til|thru|through)\s/iu.test(date.text) ||
      END_BEFORE.test(text.slice(0, at)) ||
      RETURN_DAY_AFTER.test(text.slice(at + date.text.length)))
  );
}

/**
 * "阿里巴巴的王总明天飞深圳，后天下午见": the day the customer travels is no next step of ours; the other day said
 * is (the follow-up was tomorrow). "刘总下周出差，回来再约": the step waits for the return, the day after the trip;
 * "off from tmrw, back sep 29. f/u then": the day of the return said. Without a step asked, the end of a short absence
 * ("out till monday") is when to reach them again; the start of one ("这周都不在") or a long leave ("在休产假，11月才回来") none.
 */
export function followUpBesideTravel(text: string, dates: readonly ParsedDate[], followUp: ParsedDate | null, now: Date, timezone: string): ParsedDate | null {
  if (!followUp) return null;
  if (!awayClause(text, followUp)) {
    // "Jared is back Aug 11, call him then at 3pm": the clock time is the return day's
    const back = CLOCK_ALONE.test(followUp.text.trim()) && AFTER_RETURN.test(text) ? returnDay(text, dates) : undefined;
    return back && !back.hasTime ? atClockSaid(back, dates, timezone) : followUp;
  }
  const ours = dates.find((d) => d !== followUp && d.at.getTime() > now.getTime() && !awayClause(text, d));
  if (ours) return ours;
  if (!AFTER_RETURN.test(text)) {
    const clause = clauseOf(text, followUp) ?? "";
    if (!ABSENT.test(clause) && !THEIR_PERSON.test(clause) && !RETURN.test(clause)) return followUp;
    // an appointment of ours in another clause, without a day of its own, is on the day said
    if (splitClauses(text).some((c) => !c.text.includes(followUp.text) && WITH_US.test(c.text))) return followUp;
    return endSaid(text, followUp) && followUp.at.getTime() - now.getTime() <= SOON_BACK_MS ? followUp : null;
  }
  const back = returnDay(text, dates);
  if (back) return back.hasTime ? back : atClockSaid(back, dates, timezone);
  // a trip said as a week ("下周出差") lasts it: back the Monday after; else the day after the period or day said
  const day = WEEK.test(followUp.text.trim()) ? addDays(zonedParts(followUp.at, timezone), 7) : addDays(zonedParts(followUp.until ?? followUp.at, timezone), 1);
  return { ...followUp, at: zonedTimeToInstant(day, { hour: 9, minute: 0 }, timezone), hasTime: false };
}

/** The clause tells of the customer away or back ("京东的张总周末飞美国", "fabrikam's PM is off from tmrw"): news worth a note. */
export function awayNews(clause: string): boolean {
  return (AWAY.test(clause) || RETURN_NEWS.test(clause)) && !WITH_US.test(clause.replace(STEP_AFTER_RETURN_ZH, ""));
}

export function tellsCustomerAway(text: string): boolean {
  return splitClauses(text).some((c) => awayNews(c.text));
}

/**
 * "美的集团的刘经理在上海参加展会，…我周五晚上8点给他打电话", "小米的李总去德国参加展会了": someone of theirs away, their
 * meeting or trip is no activity of the rep's. Such clauses are blanked (same length) before the activity is read;
 * the news is still logged beside the plan (awayNews).
 */
export function blankTheirAway(text: string): string {
  // ("got an OOO reply from Fabrikam's procurement guy": the reply came in, an e-mail)
  return blankClauses(text, (clause) =>
    awayNews(clause) && THEIR_PERSON.test(clause) && AWAY.test(clause) && !MESSAGE_CAME.test(clause) ? blankAwayWords(clause) : false,
  );
}

/** A space between Chinese words in a dictated message ends a clause: "阿里巴巴 今天去西溪园区 钱总不在 嗯 跟他助理聊了一下". */
const HAN_SPACE = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/**
 * The words of the clause that tell who is away and where, to the edges of the dictated pieces they stand in; the
 * rest of a dictated clause is the rep's own ("今天去西溪园区" stays a visit). A clause typed with punctuation is blanked whole.
 */
function blankAwayWords(clause: string): string {
  const away = AWAY.exec(clause);
  const person = THEIR_PERSON.exec(clause);
  if (!away || !person) return " ".repeat(clause.length);
  const from = Math.min(away.index, person.index);
  const to = Math.max(away.index + away[0].length, person.index + person[0].length);
  const edges = [0, ...[...clause.matchAll(HAN_SPACE)].flatMap((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]), clause.length];
  const start = Math.max(...edges.filter((e) => e <= from));
  const end = Math.min(...edges.filter((e) => e >= to));
  return clause.slice(0, start) + " ".repeat(end - start) + clause.slice(end);
}
