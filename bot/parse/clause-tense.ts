import { byText, rememberRecent } from "../../domain/shared/remember-recent.js";
import { matchOnWords } from "./segment-zh.js";

/**
 * Whether a clause reports something done or plans something ahead. Reps write telegraphically,
 * so these are markers of aspect, not grammar: 了/过/刚/已经/昨天 and English past forms
 * report; 明天/下周/准备/will/tomorrow/next plan. Planning verbs ("约了", "scheduled") plan even
 * though they are themselves in the past: what they arranged is still ahead.
 */

/** "周三拜访的小米", "星期一打的电话", "周一下午跟字节开的会": a bare weekday, the act, then 的 tells of that day gone. */
export const WEEKDAY_DONE_ZH =
  /(?<![下明后这本])(?:周|星期|礼拜)[一二三四五六日天](?:上午|下午|晚上|中午)?(?:去|来|(?:跟|和|与|给|陪|在)[\p{Script=Han}A-Za-z0-9&]{1,10}?)?(?:(?:拜访|见|开会|打电话|吃饭|聊|谈|演示)的(?!时候|话)|打的电话|开的会|吃的饭|见的面)/u;

// 了/过 as aspect markers, not inside 了解/为了/除了/通过/不过/经过/超过/过来 nor 过两天 / 过几天 (in two days); 完 not in "吃完午饭去拜访" (a time ahead);
// 聊到 / 说起 tell what was talked about ("周二跟腾讯吃饭 聊到明年的预算").
const PAST_ZH =
  /(?<![为除到受忘])了(?!解|不起|结)|(?:聊|谈|说|讲)(?:到|起)(?!来|时|的时候)|(?<![通不经超难越])过(?![来去程年于])(?![两几一二三四五六七八九十\d]?(?:个)?(?:天|周|星期|礼拜|阵|段时间|月))(?<!(?<![看听试用做去来见])过(?=一遍|一下))|刚|已经|已|完(?!成|善|整|全|[早午晚]?饭(?:后|以后|之后|去)|\s*(?:给|发|再|就|交|回复|提交|告诉|通知|马上))|昨|前天|上周|上个?星期|上个?礼拜|上个?月|上次|(?<![一二两三四五六七八九十几半\d]个?(?:天|周|星期|礼拜|月|年|小时|钟头)|(?:周|星期|礼拜)[一二三四五六日天]|[号日底末初中点夜节旦])之前|当时|(?<![至夜旦节号日]|(?:周|星期|礼拜)[一二三四五六日天])那天|今早|今天上午|今天早上/u;
const PAST_EN =
  /\b(?:(?:demo|zoom|vm|ping|text|email|e-mail|skype|whatsapp|wechat|dm|msg|facetime)['’]d|(?:voicemail|vm|missed\s+call|e-?mail|text|msg)\s+from|just|had|has\s+(?:been|had)|have\s+(?:been|had|just|already)|already|yesterday|yday|yda|yest|ystrdy|ystrday|yesterdy|yestrday|yesteday|ago|earlier|last\s+(?:week|month|night|time|mon|tue|wed|thu|fri|sat|sun)\w*|this\s+(?:morning|am|a\.m\.)|was|were|did|went|gone|met|spoke|spoken|talked|saw|seen|sent|told|said|gave|took|came|left|rang|rung|sat|got|made|brought|wrote|heard|paid|caught|felt|found|knew|ran|ate|drank|bought|had|dropped|stopped|visited|called|phoned|emailed|texted|spent|held|led|won|lost|began|kept|sold|thought|built|shown|taken|given|(?<!\b(?:be|get|gets|getting|will|to)\s+)(?:done|completed|finished|wrapped(?:\s+up)?)|\w+(?<!e)ed)\b/iu;

/** Verbs that arrange a later activity; they make the activity that follows them planned. */
// ("让我发资料过去": what the customer asked me to do is still to do)
const PLAN_ZH =
  /(?:让|叫|要|请)我(?:们)?(?=发|寄|给|做|出|准备|报|提供|整理|安排|再|过去|过来|联系|跟进|打)|下一步|下步|后续(?:计划|安排)?[:：]|待办[:：]|别忘|不要忘|记得|约了|约好|约在|预约|定了(?=周|下|明|后天|今晚|[\d一二三四五六七八九十]+[号日月点])|说好|敲定|答应|安排|准备|打算|计划|需要|回头|改天|下次|待会|等会|等一会|(?<![开见])过会(?!了)|过一会|一会儿|晚点|晚些|稍后|稍晚|尽快|尽早|会去|会来|明天|明早|明晚|后天|下周|下个?星期|下个?礼拜|下个?月|月底|将要|随时|可以(?=去|来|再|约|安排|过去|过来|上门|拜访|见|聊|谈|开会|演示|打电话|电话|视频)|要去|要来|要和|要跟|再约|再去|再打|再聊|再开|再见/u;
/** Single characters plan only as words of their own: 约 in 签约 or 大约 does not ("先去了小米", "今天先给京东打了电话" report: a 了 follows the verb). */
// ("美的电话里要打九折": what they asked for in the call, the call itself reported)
const PLAN_ZH_SINGLE =
  /约|(?<!(?:电话|微信|邮件|会议|会)(?:里|中|上))要|将|想|再|得|先(?!\p{Script=Han}{1,2}了|[^，,。；;!！?？\s把]{0,10}?(?<![为除到受忘])了(?!解|不起|结))/u;
const PLAN_EN =
  /\b(?:asap|as\s+soon\s+as\s+possible|schedul\w*|set\s+up|setting\s+up|book(?:ed|ing)?|arrang\w*|pencil(?:l)?(?:ed|ing)?\s+(?:\w+\s+)?in|tentative(?:ly)?|plans?(?=\s+(?:to|on|for|a|an|the|our|their|his|her|my|it|this|that|some|another|one|out)\b)|planned|planning(?!\s+session)|will|shall|going\s+to|gonna|need\s+to|have\s+to|want(?:s)?\s+to|let'?s|should|invite[ds]?|tomorrow|tmrw|tmr|tonight|next|nxt|upcoming|later|lined\s+up|moved\s+(?:up\s+|back\s+|forward\s+)?to|pushed\s+(?:back\s+|out\s+)?to|postponed|slipped|slid|confirm(?:ed)?\s+(?:a|the)|reschedul\w*|moved?\s+(?:the|our)|pushed)\b|'ll\b|\b(?:i|we)['’]d\s+(?!(?:already|just|never|been|had|gone|done|sent|called|met)\b)[a-z]+\b(?<!ed)|\bwould\s+(?!have\b|be\s+\w+ed\b)\w+\b/iu;

/** Dates and clock times in a clause with no past marker point ahead ("meeting with Acme 3pm Friday"); 周末 too, while "周末吃了个饭" reports the last one. */
const AHEAD_ZH =
  /这周|本周|周末|这个?星期|这个?礼拜|本月|这个月|月内|周内|明天|明早|明晚|后天|下周|下个?星期|下个?礼拜|下个?月|下午|晚上|今晚|周[一二三四五六日天]|星期[一二三四五六日天]|\d+\s*[点:：]|\d+\s*[号日]|[一二三四五六七八九十廿卅]+[号日]|(?<![\d.])(?:1[0-2]|0?[1-9])[./](?:3[01]|[12]\d|0?[1-9])(?![\d.万千百亿%kKwW元块])|月[中初]|[上中下]旬|(?<![一二三四五六七八九十两几\d])年[前后底]|节[前后]|春节|元旦|国庆|双(?:十一|十二|11|12)|618|五一|十一[前后]|端午|中秋|清明|圣诞|[一二两三四五六七八九十]+点(?:半|一刻|三刻|\d+分?)?|过(?:两|几|一两)天|[一二两三四五六七八九十半\d]+个?(?:天|周|星期|礼拜|月|小时|钟头|分钟)(?:后|以后|之后)/u;

/**
 * "年前把合同签了", "月底前把方案发了": a deadline and 把 give an order for later; the 了 closes the
 * task, it does not report it done.
 */
const DEADLINE_BA = /(?:(?<![一二三四五六七八九十两几\d]个?(?:年|天|月|周|星期|礼拜|小时))前|[内里])(?:要|得|必须|一定)?把/u;
/** "顺便看看能不能把扩容的事情一起谈了", "争取把合同签了": what is to be tried; its 了 closes the task. */
const TRY_BA = /(?:能不能|能否|看能不能|争取|尽量|想办法|试试)[^，,。；;]{0,4}?把[^，,。；;]{1,16}?了/u;
const AHEAD_EN =
  /\b(?:tomorrow|tmrw|tmr|2moro|tonight|next|nxt|upcoming|later|\d{1,2}:\d\d|on\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)|at\s+\d|\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|in\s+(?:\d+|a|an|one|two|three|five|ten|fifteen|twenty|thirty|half\s+an|a\s+few|a\s+couple\s+of)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|mos?)|this\s+(?:afternoon|evening|week|friday|thursday)|(?:the\s+)?week\s+of|(?<![\d/.])(?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9])(?![\d/])|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)\b/iu;

/** Past forms of planning verbs and -ed words that are not past actions. */
const NOT_PAST_EN =
  /\b(?:schedul|arrang|plan|book|pencil|reschedul|moved|pushed|postponed|delayed|slipped|need|interest|based|related|red|bed|wed|feed|speed|proceed|exceed|succeed|indeed|seed|confirm|excited|limited|united|detailed|advanced|expected|required|supposed|used|shed)\w*\b/giu;

/** "sending revised quote Mon", "the updated deck": an -ed word between an article or a verb in -ing and a noun describes the noun. */
const ADJECTIVE_ED_EN = /(?<=\b(?:\w+ing|the|a|an|our|their|my|your|his|her|its)\s+)\w+ed(?=\s+[a-z])/giu;

/** "w/ Richard and Jared", "Ted from Acme": a capitalized word inside the clause ending in -ed is a name, no past form. */
const NAME_ENDING_ED = /(?<=\S\s+)(?:Jared|Ted|Fred|Ned|Ed|Jed|Reed|Alfred|Mildred|Winifred|Sigfried|Siegfried)\b/gu;

/**
 * A clause that opens with a bare verb is an order to oneself ("send Umbrella the updated proposal monday",
 * "call Globex at 8:30am", "pls email Acme the deck", "set a reminder to email Acme"): ahead, whatever -ed words follow. The same words as
 * nouns ("call with Globex went well", "email from Acme", "demo'd", "update: …") are not orders.
 */
const IMPERATIVE_EN =
  /^\s*(?:(?:pls|please|plz|need\s+to|will|i['’]?ll|we['’]?ll|(?:i|we)\s+(?:will|need\s+to|have\s+to|plan\s+to)|i['’]?m\s+(?:going\s+to|gonna)|we['’]?re\s+(?:going\s+to|gonna)|gonna|gotta|got\s+to|must|todo:?|to-?do:?|reminder:?|remember\s+to|don'?t\s+forget\s+to|and|then|also|next\s+steps?:?|can\s+you|could\s+you|(?:set|add|create|make|put\s+in)\s+(?:me\s+)?(?:a\s+|an?other\s+)?reminder\s+to)\s+)*(?:call|phone|ring|e-?mail(?!\s+to\b)|send|reply|respond|ping|follow\s+up|f\/u|reach\s+out|schedule|book|set\s+up|remind|check\s+in|circle\s+back|loop\s+back|touch\s+base|reconnect|revisit|regroup|catch\s+up\s+with|catch\s+up|meet\s+up\s+with|meet\s+up|(?:come|check|get|reach)\s+back|grab|hop\s+on|jump\s+on|pitch|start|begin|kick\s+off|prep|prepare|draft|chase|nudge|try|loop|finalize|submit|share|invite|confirm|get|ask|visit|meet)\b(?!['’-]|\s*[:(]|\s*$|\s+(?:(?:with|from|went|was|were|is|today|yesterday|this|last|earlier|notes?|logs?|summary|recap|about|ran|lasted|took|and|date|time|of|call|calls|thread|chain|conversation|screen|screening|interview)\b|w\/|w\b))/iu;

/** The clause opens with an order to oneself ("start talks in Jan", "send them the deck friday"): its date is the next step. */
export function opensWithOrder(clause: string): boolean {
  return !/\p{Script=Han}/u.test(clause) && IMPERATIVE_EN.test(clause);
}

export type Tense = "past" | "ahead" | "none";

/**
 * "Initech said revisit in jan", "they told us to call back Friday": the customer's words are an order for later;
 * "said" reports only that they said it. The month read as the latest January (in the past) was no follow-up.
 * A request of ours ("asked me to reach out Monday, I did") is left out: it is as often reported done.
 */
const RELAYED_EN =
  /\b(?:said|says|told\s+(?:us|me|him|her)|mentioned|suggested)\s+(?:(?:to|that|we\s+should|we\s+(?:need|have)\s+to|i\s+should|we\s+can|to\s+just)\s+)?/giu;
function relaysOrder(clause: string): boolean {
  if (/\p{Script=Han}/u.test(clause)) return false;
  for (const m of clause.matchAll(RELAYED_EN)) {
    const said = clause.slice((m.index ?? 0) + m[0].length);
    if (IMPERATIVE_EN.test(said) || RELAYED_WHEN_EN.test(said)) return true;
  }
  return false;
}

/** "they said after the holidays", "Tom said early next week": a time said alone is when they want it, ahead ("said after the demo that…" is not). */
const MONTH_EN = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*`;
const WEEKDAY_EN = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*`;
const RELAYED_WHEN_EN = new RegExp(
  String.raw`^\s*(?:maybe\s+|probably\s+|sometime\s+|not\s+until\s+|only\s+)?(?:(?:after|by|until|till|around)\s+(?:the\s+)?(?:holidays?|new\s+year|chinese\s+new\s+year|cny|christmas|xmas|thanksgiving|${MONTH_EN}|${WEEKDAY_EN}|q[1-4]|next\b|the\s+\d|\d)|in\s+(?:\d+|a|an|one|two|three|a\s+couple\s+of|a\s+few)\s+(?:days?|weeks?|wks?|months?)|next\s+(?:week|month|quarter|year|${WEEKDAY_EN})|(?:early|mid|late|end\s+of)\s+(?:next\s+)?(?:${MONTH_EN}|week|month|quarter|year|q[1-4]))\b`,
  "iu",
);

/**
 * "Acme Corp's procurement asked to meet on Monday", "they requested a call Friday", "Globex invited us to visit on
 * the 15th", "asked if we can do a call on tue": a meeting asked for is arranged, not held; its day is the coming one (docs/commands.md).
 */
const REQUESTED_MEETING_EN =
  /\b(?:ask(?:ed|s)?|request(?:ed|s)?|invit(?:ed|es)\s+(?:us|me)|propos(?:ed|es)|suggest(?:ed|s))\s+(?:(?:us|me)\s+)?(?:(?:to|for)\s+|(?:if|whether)\s+(?:we|i)\s+(?:can|could)\s+(?:do|have|set\s+up|schedule|get\s+on|jump\s+on|hop\s+on)\s+)?(?:(?:a|an|another|a\s+quick|a\s+short|a\s+follow[\s-]?up|a\s+second)\s+)?(?:meet(?:ing)?|visit|call|demo|catch[\s-]?up|chat|talk|sync|lunch|dinner|breakfast|presentation|walk-?through|site\s+visit|come\s+(?:in|over|by))\b/iu;

/**
 * "the meeting was moved to Friday", "call got pushed to Monday", "has been rescheduled for Tuesday": the
 * auxiliary is no report of something done; the appointment is still ahead (it was logged as held).
 */
const PASSIVE_RESCHEDULE_EN =
  /\b(?:was|were|got|gets|has\s+been|have\s+been|had\s+been|'s\s+been|is|are|been)\s+(?:(?:just|now|officially|finally|already)\s+)?(?:moved|pushed|postponed|rescheduled|delayed|bumped|shifted|brought\s+forward|pulled\s+in|booked|scheduled|confirmed|arranged|pencil+ed\s+in)\b/giu;

/** "Contract to be sent out Monday", "PO should be signed by Friday": a passive still to come, not a report. */
const TO_BE_DONE_EN =
  /\b(?:to|will|['’]ll|gonna|going\s+to|should|must|needs?\s+to|has\s+to|have\s+to)\s+be\s+(?:\w+ed|sent|signed|done|made|given|taken|written|paid|shown)\b/giu;

export function clauseTense(clause: string): Tense {
  return recentTense(clause);
}

// A sentence's parse asks the tense of the same clause more than once; it depends on the text alone.
const recentTense = rememberRecent(256, byText, computeTense);

function computeTense(clause: string): Tense {
  const han = /\p{Script=Han}/u.test(clause);
  const scrubbed = clause
    .replace(TO_BE_DONE_EN, " will ")
    .replace(PASSIVE_RESCHEDULE_EN, " scheduled ")
    .replace(NOT_PAST_EN, " ")
    .replace(NAME_ENDING_ED, " ")
    .replace(ADJECTIVE_ED_EN, " ");
  if (han && (DEADLINE_BA.test(clause) || TRY_BA.test(clause))) return "ahead";
  if (opensWithOrder(clause) || relaysOrder(clause) || REQUESTED_MEETING_EN.test(clause)) return "ahead";
  if ((han && (PAST_ZH.test(clause) || WEEKDAY_DONE_ZH.test(clause)) && !/了吗|过吗/u.test(clause)) || PAST_EN.test(scrubbed)) return "past";
  if (han && saidDuringIt(clause)) return "past";
  // (a day named beside it is when it was done, not a plan)
  if (han && DONE_WITH_DE_ZH.test(clause) && !LATER_WORD_ZH.test(clause) && !planZh(clause)) return "past";
  if ((han && (AHEAD_ZH.test(clause) || planZh(clause))) || AHEAD_EN.test(clause) || PLAN_EN.test(clause)) return "ahead";
  return "none";
}

/** "跟比亚迪开会的时候对方提出要加一个模块", "和比亚迪吃饭刘经理说…": what the customer said at it tells the activity was held. */
const SAID_DURING_ZH =
  /(?:开会|会上|见面|拜访|吃饭|聊天?|谈|通话|打电话|电话里|演示|交流|沟通)(?:(?:的时候|时)[，,\s]*(?:对方|客户|他们|她们|他|她|老板|[\p{Script=Han}]{1,3}[总工经理]{1,2})?|[，,\s]*(?:对方|客户|他们|她们|[\p{Script=Han}]{1,3}(?:总|经理|总监|主任|老师)))(?:提出|说|提到|表示|问|讲|反馈|透露|要求|答应)/u;
const LATER_BEFORE_DURING_ZH = /明天|明早|后天|下周|下个?星期|下个?礼拜|下个?月|下次|再|到时|等/u;

function saidDuringIt(clause: string): boolean {
  const m = SAID_DURING_ZH.exec(clause);
  return m !== null && !LATER_BEFORE_DURING_ZH.test(clause.slice(0, m.index));
}

/** "3号签的", "中秋节见的面", "15号签的合同": the 是…的 of a thing done. */
export const DONE_WITH_DE_ZH = /(?:签|见|聊|谈|拜访|开|定|下|发|交|付|打|约|办|吃|喝)的(?=合同|面|单|会|货|款|电话|饭|酒|茶|$|[，,。；;！!\s])/u;
/** Words that put a 是…的 clause ahead ("下周签的合同", "要签的"). */
const LATER_WORD_ZH = /明天|明早|明晚|后天|下周|下个?星期|下个?礼拜|下个?月|明年|要|会|将|准备|打算|计划|还没|没/u;

/** The clause reports something done, with no planning word in it ("周一拜访了比亚迪", "called them Friday"). */
export function reportsDone(clause: string): boolean {
  return clauseTense(clause) === "past" && !plannedBefore(clause);
}

/** A planning word between the previous activity word (or the clause start) and this one. */
export function plannedBefore(window: string): boolean {
  return PLAN_EN.test(window) || (/\p{Script=Han}/u.test(window) && planZh(window));
}

function planZh(text: string): boolean {
  return PLAN_ZH.test(text) || matchOnWords(PLAN_ZH_SINGLE, text) !== null;
}
