import { ACTIVITY_PATTERNS, GLUED_CALL } from "./activity-patterns.js";
import { bareValueKind, labelledValue } from "./labelled-kind.js";
import { visitsUs } from "./visit-to-us.js";
import { clauseTense, opensWithOrder, plannedBefore, WEEKDAY_DONE_ZH } from "./clause-tense.js";
import { carriesPlan } from "./plan-carries-on.js";
import { toldOutcome } from "./told-outcome.js";
import { matchOnWords, wordEdges } from "./segment-zh.js";
import { splitClauses } from "./split-clauses.js";
import { arrangesPreviousActivity, requestedBefore } from "./arranged-in-next-clause.js";
import type { ActivityKind } from "./types.js";
import { allMatches } from "./all-matches.js";
import { foldTraditionalChars } from "./traditional-chars.js";

/** One activity word in the text, and whether the rep did it or only arranged it. */
export interface ActivityMention {
  kind: ActivityKind;
  index: number;
  text: string;
  planned: boolean;
  /** 0: marked as an earlier day (上周, yesterday), 2: marked as today (今天, just), 1: unmarked */
  recency: number;
  /** which clause of the text it stands in */
  clause: number;
  /** "还没给小米打电话", "didn't get to call": not done, whatever date the clause names */
  notDone?: true;
}

const CALL_ARRANGES = /^电话约/u;
const ARRANGES_NEXT = /^\s*(?:约了?|邀请|预约)(?!好的)/u;
const HAN = /\p{Script=Han}/u;
/** Forms that say the contact already happened whatever the clause plans: received, answered, failed, eaten. */
const DONE_FORM = /纪要|来电|来邮|发来|收到|接到|打来|(?:里|中|上)(?:说|讲|提|问)|没人?接|未接|占线|打不通|不通|关机|挂了|吃[了完过]|喝[完过]/u;
/** A day still to come: "明天拜访华为，上次演示效果不错" keeps its visit ahead. */
const LATER_DAY_ZH = /明|后天|下周|下个|下星期|下礼拜|回头|改天/u;
// ("节前9月30号给腾讯发了邮件…今天打电话也没人接": a date written out beside today's call is an earlier one)
const EARLIER_DAY =
  /上周|上个?星期|上个?礼拜|上个?月|上次|前天|昨|前几天|节前|\d{1,2}月\d{1,2}[号日]|\b(?:last\s+(?:week|month|mon|tue|wed|thu|fri|sat|sun)\w*|yesterday|\d+\s+(?:days?|weeks?)\s+ago|the\s+other\s+day)\b/iu;
const TODAY = /今天|今早|今儿|今日|今天上午|刚刚?|刚才|\b(?:today|this\s+(?:morning|afternoon)|just\s+now|earlier\s+today)\b/iu;

/**
 * "王总发微信说下周可以见面", "张总电话里表示月底签": a message or call whose content is reported
 * has happened; what it says is ahead. Not "说一下 / 说明" (an errand: 明天发微信说一下).
 */
/** What follows 说 in an errand rather than reported content: 说一下, 说下价格, 说明, 说服, 说清楚, 说好. */
const ERRAND_AFTER_SAID = String.raw`一下|下(?![周个月星礼午次])|说|明(?![天早晚年])|服|清楚|好`;
const SAID = new RegExp(`^(?:里|中|上)?\\s*(?:回复说|说|讲|表示|提到|反馈|告知|问)(?!${ERRAND_AFTER_SAID})`, "u");
const ERRAND_START = new RegExp(`^(?:${ERRAND_AFTER_SAID})`, "u");
const ENDS_SAID = /(?:说|讲|问)$/u;
const ASKED_IN_IT = /^(?:里|中|上)?\s*(?:要求|希望|提出|通知|确认)/u;
const OURS_BEFORE = /[给向帮替]|我|咱|要|再|准备|计划|打算|安排|记得|需要|明天|后天|下周|回头/u;
function reportsContent(m: { index: number; text: string }, clause: string): boolean {
  const after = clause.slice(m.index + m.text.length);
  // "元旦后打电话问问", "29号打电话问结果": a call we make to ask is its purpose, not what it said
  if (/^打/u.test(m.text) && /^问/u.test(after)) return false;
  if (SAID.test(after)) return true;
  // "小米发邮件要求延期": the customer's mail asks; "给小米发邮件要求付款" / "要发邮件要求…" is ours to send
  if (ASKED_IN_IT.test(after) && !OURS_BEFORE.test(clause.slice(0, m.index))) return true;
  return ENDS_SAID.test(m.text) && !ERRAND_START.test(after);
}

/** "发邮件来要报价", "发邮件过来说…", "来邮件确认…", "电话来问": mail or a call that came in has happened, whatever the clause asks for next. */
function cameIn(m: { kind: ActivityKind; index: number; text: string }, clause: string): boolean {
  if (m.kind !== "email" && m.kind !== "call") return false;
  const before = clause.slice(Math.max(0, m.index - 1), m.index);
  const after = clause.slice(m.index + m.text.length, m.index + m.text.length + 3);
  return before === "来" || /^[件话]?过?来(?![的得])/u.test(after);
}

/**
 * Where the day words of a mention end. Chinese puts the day before its verb ("上个月拜访过的比亚迪
 * 今天回复了邮件": 今天 is the mail's), so with another activity after it a Chinese mention reads up to
 * its own words only; English puts it after ("visited them last week").
 */
function recencyEnd(clause: string, m: { index: number; text: string }, next: { index: number } | undefined): number {
  if (!next) return clause.length;
  return HAN.test(m.text) ? m.index + m.text.length : next.index;
}

function recencyOf(text: string): number {
  if (TODAY.test(text)) return 2;
  if (EARLIER_DAY.test(text) || WEEKDAY_DONE_ZH.test(text)) return 0;
  return 1;
}

/**
 * "上周五拜访过华为，今天电话跟进": several past activities on different days; the log is today's,
 * the earlier one stays in the text. Only when the first one is marked as an earlier day does a
 * later one take its place; otherwise text order stands.
 */
function latestFirst(reported: ActivityMention[]): ActivityMention[] {
  const first = reported[0];
  if (!first || first.recency !== 0) return reported;
  const best = Math.max(...reported.map((m) => m.recency));
  const latest = reported.find((m) => m.recency === best) ?? first;
  return [latest, ...reported.filter((m) => m !== latest)];
}

export interface ActivityIntent {
  /** what to log: the first activity reported as done; else the first one planned */
  activity: ActivityKind | null;
  /** nothing was reported done, only arranged ("meeting with Acme tomorrow 3pm", "约了华为下周二见面") */
  planned: boolean;
  mentions: ActivityMention[];
  /** the mention the activity was read from; its clause dates the log */
  logged: ActivityMention | null;
}

/** Activity words of one clause in text order; one per position, the more specific pattern first. */
function mentionsIn(clause: string): { kind: ActivityKind; index: number; text: string }[] {
  const edges = wordEdges(clause);
  const found: { kind: ActivityKind; index: number; text: string }[] = [];
  for (const [kind, re] of ACTIVITY_PATTERNS) {
    let from = 0;
    for (;;) {
      const rest = clause.slice(from);
      const m = matchOnWords(re, rest, from === 0 ? edges : shiftEdges(edges, from, rest.length));
      if (!m) break;
      const index = from + m.index;
      if (!found.some((f) => index < f.index + f.text.length && f.index < index + m[0].length)) found.push({ kind, index, text: m[0] });
      from = index + m[0].length;
    }
  }
  for (const m of allMatches(clause, GLUED_CALL)) {
    const index = m.index ?? 0;
    if (!found.some((f) => index < f.index + f.text.length && f.index < index + m[0].length)) found.push({ kind: "call", index, text: m[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}

function shiftEdges(edges: Set<number>, from: number, length: number): Set<number> {
  const out = new Set<number>([0, length]);
  for (const e of edges) if (e >= from && e <= from + length) out.add(e - from);
  return out;
}

/**
 * Reads each clause on its own: "拜访了华为，明天下午3点再沟通" reports a visit (the time is
 * the follow-up); "meeting with Acme tomorrow 3pm" only plans one. Within a clause a planning
 * verb before an activity word ("called to schedule a demo") plans that word only.
 */
/**
 * "还没给小米打电话，明天打", "didn't get to call Acme today", "haven't called Globex yet": an activity
 * not (yet) done is no report of it; with a day ahead it is the plan. Right before the activity word
 * only: "never heard back after I called them" did call. An attempt that failed (没打通, 没联系上)
 * is read by the activity patterns themselves.
 */
const NOT_DONE_BEFORE_ZH =
  /(?:还没有?|没有?|尚未|未能?|没来得及|来不及|忘了|忘记)(?:再|去)?(?:给|跟|和|与|找|回复?)[^，,。；;!！?？\s]{0,6}$|(?:还没有?|没有?(?!人)|尚未|未能?|没来得及|来不及)(?:再|去)?(?:回复?|收到|看|发)?$/u;
const NOT_DONE_BEFORE_EN =
  /\b(?:didn'?t|did\s+not|haven'?t|have\s+not|hasn'?t|has\s+not|never|not\s+yet|couldn'?t|could\s+not|forgot\s+to|failed\s+to|no\s+time\s+to|unable\s+to)\s+(?:get\s+(?:a\s+chance\s+)?to\s+|get\s+around\s+to\s+|manage\s+to\s+|have\s+time\s+to\s+)?$/iu;

/** "asked to postpone the kickoff", "pushed our demo": the appointment moved is still ahead. */
const MOVED_BEFORE =
  /\b(?:postpon\w*|push(?:ed|ing)?|mov(?:e|ed|ing)|resched\w*|delay(?:ed|ing)?|bump(?:ed|ing)?)\s+(?:back\s+|out\s+)?(?:the|our|their|this|that|tomorrow['’]?s|today['’]?s|\w+['’]s)?\s*(?:\w+\s+)?$/iu;
/** "周一跟腾讯的拜访推迟了一周", "华为的会改期了": an appointment moved is still ahead, not held. */
const MOVED_AFTER =
  /^\s*(?:的)?\s*(?:被|又|也)?\s*(?:往后|往前|向后)?(?:推迟|延期|改期|延后|推后|顺延|推到|改到|改成|改在|挪到|换到|调到|延到|提前到|提前)|^\s*(?:with\s+[^,.;()]{1,30}?\s+)?(?:\([^)]*\)\s*)?(?:(?:was|got|has\s+been|is|been|just)\s+)*(?:pushed|moved|rescheduled|resched|bumped|postponed|shifted|delayed)(?:\s+(?:back|out|up|forward|ahead))?(?=\s*(?:$|[,.;!)]|\s(?:to|till|until|from|by|again|(?:a|an|one|two|three|\d+)\s+(?:days?|weeks?|hours?|hrs?|months?)|next|tomorrow|tmrw|today|(?:mon|tue|wed|thu|fri|sat|sun)\w*)\b))(?![^.;]*\b(?:but|though)\b[^.;]*\b(?:went|was|turned\s+out)\b)(?![^.;]*\b(?:went|turned\s+out)\s+(?:really\s+|very\s+|super\s+)?(?:well|great|fine|ok|okay|good|badly|long|smoothly)\b)/iu;

/**
 * "京东 今天 电话 报价 26万 下周四前回复", "顺丰 今天 拜访 下周三前报价": 今天 right before the activity and a later day
 * for what comes next: the activity was today's, the later day is the step after it (the clause read as a plan).
 */
function doneTodayStepLater(window: string, after: string): boolean {
  if (!TODAY_RIGHT_BEFORE.test(window) || plannedBefore(window)) return false;
  const later = STEP_DAY_ZH.exec(after);
  return later !== null && later.index > 0;
}
const TODAY_RIGHT_BEFORE = /(?:今天|今日|刚才?|刚刚)\s*(?:上午|下午|中午|晚上)?\s*$/u;
const STEP_DAY_ZH = /明天|后天|下周|下个?星期|下礼拜|下个?月|周[一二三四五六日天]|星期[一二三四五六日天]|\d{1,2}\s*[号日]|月底|月初/u;

/**
 * "华为 拜访 下周一", "腾讯 会议 后天下午": the activity word alone, then a day ahead in the next
 * clause with no activity of its own: a visit set for that day, not one held today.
 */
function terseAhead(clause: string, m: { text: string }, next: string | undefined): boolean {
  // "阿里巴巴 会议 明天下午3点 线上": how it is held may follow the day
  const day = next?.replace(HOW_HELD_AFTER, "");
  // ("美的的会议 下周二上午10点", "华为的技术交流会 明天下午": the customer's activity, named as a noun)
  const own = clause.trim();
  const at = own.lastIndexOf(m.text);
  const alone = own === m.text || (at > 0 && /^(?:会|会议)?$/u.test(own.slice(at + m.text.length)) && /^[^了过完]{1,16}的\s*$/u.test(own.slice(0, at)));
  if (day === undefined || !alone || !DAY_WORDS_ONLY.test(day)) return false;
  return clauseTense(day) === "ahead";
}

/** The next clause when only a space sets it apart from this one ("小米的拜访 推迟到下周一"); "" otherwise. */
function spacedNext(text: string, clause: { index: number; text: string }, next: { index: number; text: string } | undefined): string {
  if (!next || !/^\s+$/u.test(text.slice(clause.index + clause.text.length, next.index))) return "";
  return ` ${next.text}`;
}
const HOW_HELD_AFTER = /\s*(?:线上|线下|远程|现场|视频|电话|腾讯会议|钉钉|飞书|zoom|teams|online|offline|onsite)\s*$/iu;
/** A clause of day and clock words only ("下周一", "周五上午十点", "12月8号", "今晚"). */
const DAY_WORDS_ONLY = /^[\s\d零〇一二两三四五六七八九十上下本这个今明后大周星期礼拜天日月号点半刻分早中晚午凌晨傍夜底初旬到至:：.\/-]+$/u;

/**
 * "华为 12月3 拜访", "腾讯 明晚 吃饭", "京东 半小时后 回电话", "比亚迪 回头 发个邮件": a day or a "later"
 * alone before the activity's clause, which says nothing done (no 了/过/完), sets it for then. Not a
 * past day (昨天, 上周) nor a bare 今天, which reports as often as it plans.
 */
function terseAfterDay(clause: string, previous: string | undefined): boolean {
  if (previous === undefined || /[了过完]/u.test(clause)) return false;
  const day = previous.trim();
  // a bare count is no day: "sent 2 over email"
  if (!(DAY_WORDS_ONLY.test(day) || LATER_WORDS.test(day)) || PAST_DAY.test(day) || /^今天?$/u.test(day) || /^\d+$/u.test(day)) return false;
  return /\p{Script=Han}|\d/u.test(day);
}
const PREFERENCE_GAP = /^\s*(?:over|than|instead\s+of|rather\s+than|or|vs\.?|versus)\s+(?:a|an|the)?\s*$|^\s*(?:而不是|还是|或者?|不喜欢)\s*$/iu;

/** The word written just before the activity: the last one of its clause when set apart by a space, else the clause before. */
function wordBefore(window: string, previousClause: string | undefined): string | undefined {
  if (/\s$/u.test(window)) return window.trim().split(/\s+/u).pop();
  // "等下 给他们回个电话": only the one addressed stands between
  return !window.trim() || /^(?:给|跟|和|与|找)[^\s，,。；;]{0,6}$/u.test(window.trim()) ? previousClause : undefined;
}
const LATER_WORDS = /^(?:待会儿?|等(?:一)?下|等会儿?|回头|稍后|晚点|一会儿?|[\d半一二两三四五六七八九十]+个?(?:小时|分钟|钟头)[之以]?后)$/u;
const PAST_DAY = /昨|前天|上(?:周|个|星期|礼拜|月|次|午)|去年|刚|今早/u;

/**
 * "prefers email", "signed up for our webinar", "ghosted us after the demo", "nothing since the demo", "更喜欢微信沟通": the activity
 * word names a preference, a sign-up or an earlier event the sentence is about, not a contact made now.
 */
const NAMED_ONLY_BEFORE =
  /(?:\b(?:prefers?|preferred|prefer\s+to\s+(?:be\s+)?(?:reached|contacted)|rather\s+(?:have|do)|signed\s+up\s+for|sign\s+up\s+for|registered\s+for|register\s+for|rsvp['’]?d\s+(?:to|for)|ghosted\s+(?:(?:us|me)\s+)?(?:ever\s+)?(?:after|since)|(?:went|gone|going|been)\s+(?:quiet|dark|silent|cold|mia)\s+(?:ever\s+)?(?:after|since)|(?:(?:have|has)(?:n['’]?t|\s+not)|not)\s+(?:heard\s+(?:back\s+)?(?:from\s+\w+\s+)?|replied\s+|responded\s+|answered\s+)(?:anything\s+)?(?:ever\s+)?since|(?:silent|quiet|radio\s+silence|nothing|crickets|not\s+a\s+(?:word|peep)|no\s+(?:word|reply|response|news|answer|contact|movement|progress|updates?))\s+(?:(?:from|back\s+from)\s+(?:them|\w+)\s+)?(?:ever\s+)?(?:since|after))\s+(?:(?:the|our|a|an|their|my|last|this|that)\s+)*(?:\w+\s+)?|(?:更)?(?:喜欢|偏好|倾向于?)(?:用|通过)?)$/iu;

/** "已经发给对方", "发过去了": a sending said without its object, done (not "明天发给对方", "发给他们了吗"). */
const SENT_WITHOUT_OBJECT_ZH =
  /^\s*(?:也|刚刚?|今天|已经?|都)*\s*(?:发给(?:对方|客户|他们|她们|[\p{Script=Han}]{1,2}总)|发过去|发出去|传过去)了(?![吗么没])(?=\s*$)|^\s*(?:已经?|都)\s*(?:发给(?:对方|客户|他们|她们|[\p{Script=Han}]{1,2}总)|发过去|发出去)/u;
const DOCUMENT_ZH = /方案|报价单?|合同|资料|材料|建议书|PPT|ppt|文档|标书|纪要|会议记录/u;

/** "演示之后对方就没消息了", "上次开会后一直没回复": the silence after an earlier activity is the news, not the activity. */
const SILENCE_AFTER_ZH =
  /^(?:了|过|完)?(?:之|以)?后[^，,。；;!！?？]{0,8}?(?:没|没有|未|无|不)(?:再)?(?:了)?(?:消息|回复|回音|回信|动静|联系|下文|反馈|回应|音讯|进展|理|回)/u;

/**
 * "张总说他们下周一开会决定", "they have an internal meeting on Monday to decide": the customer's own meeting
 * is not ours to log or plan; its day is still worth following up on.
 */
const CUSTOMER_SUBJECT_ZH = /(?<![跟和与同约给找陪请邀带])(?:他们|对方|客户|人家)(?:那边|内部|公司|领导层?|高层)?(?<gap>[^，,。；;!！?？\s]{0,8}?)$/u;
const CUSTOMERS_OWN_EN =
  /\binternal(?:ly)?\b|\b(?:board|legal(?:\s+team)?|procurement(?:\s+team)?|steering\s+committee|committee|exec(?:utive)?\s+team|leadership(?:\s+team)?)\s+(?:meets|meeting|mtg|will\s+meet|is\s+meeting|approval)\b|\b(?:their|the\s+client['’]?s|the\s+customer['’]?s)\s+(?:board|team|committee|leadership|management|execs?|exec\s+team)\b[^.;]{0,20}$|\bthey(?:['’]ll|['’]re|\s+will|\s+are|\s+have|\s+had)?\s+(?:going\s+to\s+)?(?:meet(?:ing)?|have\s+a\s+meeting)\s+(?:among\s+themselves|internally)/iu;
/** The words of a sitting, as opposed to a visit or a meal. */
const MEETING_WORD_ZH = /开会|会议|讨论会|碰头|上会/u;
function customersOwnMeeting(clause: string, m: { index: number; text: string }): boolean {
  if (HAN.test(m.text)) {
    // "小米那边周三内部开会定预算", "我们内部开会讨论了华为的报价": an internal meeting has no customer at the table
    if (/内部$/u.test(clause.slice(Math.max(0, m.index - 2), m.index)) && m.text.search(MEETING_WORD_ZH) === 0) return true;
    // "京东的年度采购在12月28号开会定": a meeting that decides, with no one meeting us, is theirs
    if (
      MEETING_WORD_ZH.test(m.text) &&
      /^(?:定(?![在于了到好下])|决定|商定|拍板|研究)/u.test(clause.slice(m.index + m.text.length)) &&
      !/[跟和与同约我咱]/u.test(clause.slice(0, m.index))
    )
      return true;
    const subject = CUSTOMER_SUBJECT_ZH.exec(clause.slice(0, m.index));
    // "他们约我们下周一开会", "约了他们…", "跟他们开会": a meeting with us
    const ours = /[我咱约跟和与同来到过]/u.test(subject?.groups?.gap ?? "") || /约/u.test(clause.slice(0, subject?.index ?? 0));
    return Boolean(subject) && !ours && !/[见约拜访]/u.test(m.text) && MEETING_WORD_ZH.test(m.text);
  }
  const around = clause.slice(Math.max(0, m.index - 40), m.index + m.text.length + 20);
  return CUSTOMERS_OWN_EN.test(around) && !/\b(?:with\s+(?:us|me|their|the|them)|our\s+team)\b|\b(?:meeting|mtg)\s+w(?:ith|\/)\s*\w/iu.test(around);
}

export function inferActivityIntent(rawText: string): ActivityIntent {
  // 通過電話 / 拜訪 / 會議 read like their simplified forms; the fold is 1:1 so indexes still fit rawText.
  const text = blankDecisionCalls(joinSpacedVerbObjects(foldTraditionalChars(rawText)));
  const read = inferFromWords(text);
  // "拜访方式：电话": the labelled way of contact is the kind of a note that reports (not of a plan), read with
  // the sentence patterns, or as a bare value ("视频", "phone")
  const label = read.planned ? null : labelledValue(text);
  const kind = label ? (inferFromWords(label.text).activity ?? bareValueKind(label.text)) : null;
  if (!label || !kind) return read;
  const held: ActivityMention = { kind, index: label.index, text: label.text, planned: false, recency: 1, clause: 0 };
  return { activity: kind, planned: false, mentions: [held, ...read.mentions.filter((m) => m.index !== label.index)], logged: held };
}

/**
 * "I told them that's Amy's call", "your call", "a judgment call": a decision, no phone call (blanked, same length).
 */
const DECISION_CALL =
  /\b(?:[Tt]hat|[Ii]t)['’]?s\s+(?:(?:[A-Z][a-z]+|the\s+boss|the\s+manager)['’]s|your|his|her|their|my|our)\s+call(?:\s+to\s+make\b)?(?=\s*(?:$|[,.;!?)]))|\b[A-Z][a-z]+['’]s\s+call\s+to\s+make\b|^\s*your\s+call\b|\b(?:judgment|judgement|tough|close|right|wrong|final)\s+call\b(?!\s+(?:with|w\/|to)\b)/gu;
function blankDecisionCalls(text: string): string {
  return /call/iu.test(text) ? text.replace(DECISION_CALL, (m) => " ".repeat(m.length)) : text;
}

/**
 * "周日 跟 比亚迪 的人 吃了 饭", "昨天 跟 京东 开了 会": a rep who spaces every word splits the verb from its
 * object, and a space between Chinese words ends a clause. The space moves behind the object (same length).
 */
const SPACED_VERB_OBJECT = /(?<verb>[吃开见喝打通聊]|拜)(?<aspect>了|过|完|访了)?(?<space>\s+)(?<object>[早午晚]?饭|宵夜|会|面|茶|咖啡|电话)/gu;

function joinSpacedVerbObjects(text: string): string {
  if (!/\s/u.test(text)) return text;
  return text.replace(SPACED_VERB_OBJECT, (...args) => {
    const g = args.at(-1) as Record<string, string | undefined>;
    return `${g.verb}${g.aspect ?? ""}${g.object}${g.space}`;
  });
}

function inferFromWords(text: string): ActivityIntent {
  const mentions: ActivityMention[] = [];
  const clauses = splitClauses(text);
  let planGoesOn = false;
  for (const [clauseNumber, clause] of clauses.entries()) {
    const tense = clauseTense(clause.text);
    planGoesOn = carriesPlan(planGoesOn, tense, clause.text);
    // an unmarked clause the plan before it goes on into ("明天拜访华为，演示新产品")
    const carried = tense === "none" && planGoesOn;
    let windowStart = 0;
    const inClause = mentionsIn(clause.text);
    // "prefers a call over a meeting": the kind weighed against the one preferred is the same preference
    let preference = false;
    for (const [i, m] of inClause.entries()) {
      // (in Chinese only while nothing is reported done: "华为王总喜欢打电话，今天又打了一个" made the call)
      const gap = clause.text.slice(windowStart, m.index);
      preference =
        (preference && PREFERENCE_GAP.test(gap)) ||
        (NAMED_ONLY_BEFORE.test(clause.text.slice(Math.max(0, m.index - 40), m.index)) && !(HAN.test(m.text) && /了|过/u.test(text))) ||
        SILENCE_AFTER_ZH.test(text.slice(clause.index + m.index + m.text.length));
      if (preference || (m.kind === "meeting" && customersOwnMeeting(clause.text, m))) {
        windowStart = m.index + m.text.length;
        continue;
      }
      const window = clause.text.slice(windowStart, m.index);
      // "约了周四上午10点电话": the planning verb can sit inside the matched phrase itself.
      // "电话约了下周二拜访": the call arranged the visit, the call itself is done.
      // "发邮件约周四开会": the mail that arranged the meeting was sent.
      const arrangedBy = CALL_ARRANGES.test(m.text) || ARRANGES_NEXT.test(clause.text.slice(m.index + m.text.length));
      // "李总邮件里说下周签": the mail arrived, only its content is ahead.
      const done = DONE_FORM.test(m.text) || cameIn(m, clause.text) || reportsContent(m, clause.text);
      // "Sent Initech the schedule email", "给腾讯发了节后安排的邮件": an e-mail sent is done, whatever plan it is about
      const sent = m.kind === "email" && SENT_BEFORE.test(window);
      // "约了12月10号现场演示": 现场 and 演示 name one arranged event; the second word is as planned as the first.
      // (so are "去他们那儿做演示": a light verb between the place and the event)
      const sameEvent = i > 0 && /^[\s的]*(?:做|进行|搞|开|办)?(?:一[个次场]|个|场)?[\s的]*$/u.test(window) && mentions[mentions.length - 1]?.planned === true;
      // "小米没接电话": a call not picked up was still a call made.
      const notDone = !done && !/^(?:接|打通|接通|通)/u.test(m.text) && (NOT_DONE_BEFORE_ZH.test(window) || NOT_DONE_BEFORE_EN.test(window));
      const planned =
        !sent &&
        (sameEvent ||
          notDone ||
          terseAhead(clause.text, m, clauses[clauseNumber + 1]?.text) ||
          terseAfterDay(clause.text, wordBefore(window, clauses[clauseNumber - 1]?.text)) ||
          MOVED_AFTER.test(clause.text.slice(m.index + m.text.length) || spacedNext(text, clause, clauses[clauseNumber + 1])) ||
          MOVED_BEFORE.test(window) ||
          plannedBefore(window) ||
          requestedBefore(window) ||
          toDo(clause.text, m, clauses[clauseNumber - 1]?.text) ||
          (!arrangedBy && !done && plannedBefore(m.text)) ||
          (tense === "ahead" && !done && !arrangedBy && !doneTodayStepLater(window, clause.text.slice(m.index + m.text.length))) ||
          (carried && !done && !arrangedBy));
      mentions.push({
        kind: m.kind,
        index: clause.index + m.index,
        text: m.text,
        planned,
        ...(notDone ? { notDone: true } : {}),
        recency: recencyOf(clause.text.slice(windowStart, recencyEnd(clause.text, m, inClause[i + 1]))),
        clause: clauseNumber,
      });
      windowStart = m.index + m.text.length;
    }
    // "方案改好了 已经发给对方": the document named in a clause before is what this one says was sent
    const sentAt = inClause.length === 0 ? SENT_WITHOUT_OBJECT_ZH.exec(clause.text) : null;
    if (sentAt && DOCUMENT_ZH.test(text.slice(0, clause.index)) && !/微信|短信|钉钉|飞书|企微/u.test(clause.text)) {
      mentions.push({ kind: "email", index: clause.index + sentAt.index, text: sentAt[0], planned: false, recency: 1, clause: clauseNumber });
    }
    const previous = clauses[clauseNumber - 1];
    // "wants a demo, penciled in for Tuesday 10am": the demo is what was penciled in.
    if (previous && inClause.length === 0 && arrangesPreviousActivity(clause.text) && clauseTense(previous.text) !== "past") {
      for (const m of mentions) if (m.clause === clauseNumber - 1) m.planned = true;
    }
  }
  // "今天给小米打电话 对方要求周五前报价": what the customer asked in the next clause says the call took place
  if (mentions.length > 0 && mentions.every((m) => m.planned)) {
    for (const m of mentions) {
      const after = text.slice(m.index + m.text.length);
      if (m.notDone) continue;
      if (HAN.test(m.text)) {
        // …or how it went ("下午拜访华为，沟通得很顺利，下周二报价")
        if ((CUSTOMER_SAID.test(after) || CUSTOMER_SAID_GLUED.test(after) || toldOutcome(after)) && !EXPLICIT_PLAN.test(text.slice(0, m.index)))
          m.planned = false;
        continue;
      }
      // "quick call w Globex they need the quote by Monday": the same in English, where nothing before the
      // customer's words plans the call and it is no order to oneself ("call Globex, they need…")
      const said = CUSTOMER_SAID_EN.exec(after);
      if (said && !EXPLICIT_PLAN_EN.test(text.slice(0, m.index + m.text.length) + (said.groups?.lead ?? "")) && !opensWithOrder(text)) m.planned = false;
      // "call with initech at 3pm, went great": how it went says it was held
      else if (toldOutcome(after) && !opensWithOrder(text)) m.planned = false;
    }
  }
  const reported = latestFirst(mentions.filter((m) => !m.planned));
  // "spoke w/ Fabrikam this AM, they want a demo": the conversation held is the call; the demo is the plan.
  const spoke = reported.length === 0 ? SPOKE_WITH.exec(text) : null;
  // "haven't spoken with Globex in weeks", "never talked to Initech": no conversation held
  const spokeNot = spoke !== null && NOT_DONE_BEFORE_EN.test(text.slice(Math.max(0, (spoke.index ?? 0) - 24), spoke.index));
  if (spoke && !spokeNot && mentions.every((m) => m.index > (spoke.index ?? 0))) {
    // "spoke with Globex at the trade show": in person
    const kind: ActivityKind = IN_PERSON_AFTER.test(text.slice((spoke.index ?? 0) + spoke[0].length)) ? "meeting" : "call";
    const held: ActivityMention = { kind, index: spoke.index ?? 0, text: spoke[0], planned: false, recency: 1, clause: clauseOf(clauses, spoke.index ?? 0) };
    return { activity: kind, planned: false, mentions: [held, ...mentions], logged: held };
  }
  // An email or message still to send is a task (the follow-up), not an appointment.
  const appointments = mentions.filter((m) => m.kind === "meeting" || m.kind === "visit" || m.kind === "call");
  const chosen = reported.length > 0 ? reported : appointments;
  const first = chosen[0];
  if (!first) {
    // "约了美的下周二", "跟华为约了明天下午三点": an appointment arranged with no kind named is a meeting to come
    const arranged = mentions.length === 0 ? ARRANGED_APPOINTMENT_ZH.exec(text) : null;
    if (arranged) {
      const meeting: ActivityMention = {
        kind: "meeting",
        index: arranged.index,
        text: arranged[0],
        planned: true,
        recency: 1,
        clause: clauseOf(clauses, arranged.index),
      };
      return { activity: "meeting", planned: true, mentions: [meeting], logged: meeting };
    }
    return { activity: SPOKE_WITH.test(text) ? "call" : null, planned: false, mentions, logged: null };
  }
  // A visit is also a meeting; when a sentence says both, the more specific visit is the record. A
  // meeting with no day of its own in the clause right after the visit is the same occasion
  // ("昨天下午去了趟比亚迪 见了采购").
  const sameOccasion = (m: ActivityMention) =>
    m.recency === first.recency || m.clause === first.clause || (first.recency === 1 && m.clause === first.clause - 1);
  // ("下午去美的拜访，聊了两个小时": the talk reported says the visit before it was held too)
  const visit =
    first.kind === "meeting" &&
    (chosen.some((m) => m.kind === "visit" && sameOccasion(m)) ||
      (reported.length > 0 &&
        HAN.test(first.text) &&
        mentions.some((m) => m.kind === "visit" && !m.notDone && m.clause === first.clause - 1 && !LATER_DAY_ZH.test(clauses[m.clause]?.text ?? ""))));
  const kind = visit ? "visit" : first.kind;
  // "华为的人今天来公司参观了", "Contoso came by our office Tuesday": the customer came to us, a meeting (a visit is ours to them)
  // ("Initech came by our office yesterday, the workshop went great": where the visit is told, not the workshop)
  const visitMention = kind === "visit" && first.kind !== "visit" ? mentions.find((m) => m.kind === "visit" && !m.notDone) : undefined;
  const heldIn = clauses[(visitMention ?? first).clause]?.text ?? text;
  const hosted = kind === "visit" && reported.length > 0 && visitsUs(heldIn) && !GOES_OUT.test(heldIn);
  return { activity: hosted ? "meeting" : kind, planned: reported.length === 0, mentions, logged: first };
}

/** Words of the rep going out to the customer, which keep a visit a visit ("the demo went well" is no going out). */
// ("来公司拜访": their visit to us is no going out)
const GOES_OUT =
  /(?<!来[过了]?(?:我们|咱们|我)?(?:公司|我司|这边|办公室|总部))拜访|上门|去了?|(?<![来])到(?!我们|咱们|我司|公司|这边)|\b(?:went\s+(?:to|over|out|there|onsite|on[- ]site)|visited(?!\s+(?:us|our)\b)|onsite|on[- ]site|at\s+their)\b/iu;

/** 约了 / 约好 / 约在 an appointment (not 续约, 签约, 合约, 预约 of a product…): nothing else named, it is a meeting. */
const ARRANGED_APPOINTMENT_ZH = /(?<![续签合违解预大节制婚])约(?:了|好|在)(?!解|束|定俗成)/u;

/**
 * "明天周六加个班，上午给腾讯打个电话", "发个邮件问问": the verb with 个 / 一下 and no 了 / 过 is something to
 * do, not a report ("打了个电话" is); said after a day word of its own or of the clause before.
 */
const TO_DO_ZH = /(?:打|回|发|见|约|开)(?:个|一个|一下|一?通)(?:电话|邮件|微信|面|会)|(?:拜访|联系|沟通|跟进)一下/u;
const REPORTED_ZH = /了|过(?![去来])|刚|已经|已/u;
const DAY_WORD_ZH =
  /今天|明天|后天|下周|下个?星期|下礼拜|周[一二三四五六日天末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|月[底初]|\d{1,2}\s*[号日]|今晚|晚上|下午|上午|早上|中午|待会|一会/u;
function toDo(clause: string, m: { index: number; text: string }, previousClause: string | undefined): boolean {
  const near = clause.slice(Math.max(0, m.index - 6), m.index + m.text.length + 4);
  return HAN.test(m.text) && TO_DO_ZH.test(near) && !REPORTED_ZH.test(clause) && (DAY_WORD_ZH.test(clause) || DAY_WORD_ZH.test(previousClause ?? ""));
}

const CUSTOMER_SAID =
  /^[^，,。；;!！?？\s]{0,12}[\s，,。；;!！]+(?:对方|客户|他们|人家|[\u4e00-\u9fa5](?:总|经理|工|老师)|[\u4e00-\u9fa5]{2,4}(?:那边|方面)|[A-Z][a-z]+(?=说|表示|反馈|要求))(?:那边)?(?:[^，,。；;!！?？\s]{0,10}?)(?:也|又|还)?(?:要求|说|表示|希望|反馈|答应|同意|问|提出|回复|确认|(?:需|想)?要(?=方案|报价|资料|合同|样品|演示|发票|demo|PPT|ppt|案例))/u;
/** "顺丰电话客户说再考虑考虑" (voice typing, no break): the customer's words glued right after the activity */
const CUSTOMER_SAID_GLUED = /^(?:对方|客户|他们)(?:那边)?(?:说|表示|反馈|回复|答复)/u;
/** "…, they need the quote by Monday", "— client asked for references": what the customer said, right after the activity */
const CUSTOMER_SAID_EN =
  /^(?<lead>[^.!?;]{0,30}?)(?:[\s,:—–-]+)(?:they|he|she|the\s+(?:client|customer|buyer|team)|(?:their|the)\s+(?:cfo|ceo|cto|vp|head|buyer|procurement|boss|team|it\s+team|champion)|client|customer)(?:['’]re|\s+(?:are|were))?\s+(?:also\s+|still\s+|now\s+|really\s+)?(?:need|needs|want|wants|wanted|asked|said|say|says|told|requested|mentioned|agreed|confirmed|liked|loved|raised|complained|pushed\s+back|interested|keen|expect|expects|signed\s+off|approved)\b/iu;
/** A sending verb in the past before the e-mail word ("sent … email", "发了…邮件"), with no will/need to before it. */
const SENT_BEFORE =
  /^(?:(?!\b(?:will|need\s+to|gonna|going\s+to|to)\s+)[^])*?\b(?:sent|emailed|forwarded|fired\s+off|shot\s+over)\b|(?<![要再准备得])(?:发了|发过|已发|已经发了?|转发了)/iu;

const EXPLICIT_PLAN_EN =
  /\b(?:will|going\s+to|gonna|tomorrow|tmrw|tmr|tonight|next|later|upcoming|schedul\w*|set\s+up|book(?:ed)?|arrang\w*|plan(?:ned|ning)?|need\s+to|have\s+to|let'?s|should|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|at\s+\d|\d{1,2}(?::\d\d)?\s*(?:am|pm))\b|'ll\b/iu;
const EXPLICIT_PLAN = /准备|打算|计划|要|约|得|需要|明天|后天|下周|下个?月|周[一二三四五六日天]|待会|等下|晚点|回头/u;

const IN_PERSON_AFTER =
  /^[^,.;]{0,40}?\b(?:at|during)\s+(?:the|a|an|their|our)\s+(?:[\w&'’-]+\s+){0,3}?(?:trade\s*show|conference|expo|booth|event|summit|fair|show|party|dinner|lunch|office)\b/iu;

function clauseOf(clauses: ReturnType<typeof splitClauses>, index: number): number {
  const at = clauses.findIndex((c) => index >= c.index && index < c.index + c.text.length);
  return at < 0 ? 0 : at;
}

/**
 * "Spoke with Hank at Globex", "talked to their CFO": with no other activity word, a
 * conversation already held is a call (in person it would say met, lunch, visited, on site).
 */
const SPOKE_WITH =
  /\b(?:(?:spoke|spoken|talked|chatted)\s+(?:briefly\s+|again\s+)?|(?:had|have\s+had|just\s+had)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:conv|convo|conversation|chat)\s+)(?:with\b|to\b|w\/|w\s)/iu;

/** The activity kind to log for a sentence, or null for a plain note. */
export function inferActivity(text: string): ActivityKind | null {
  return inferActivityIntent(text).activity;
}
