import { byText, rememberRecent } from "../../domain/shared/remember-recent.js";
import { allMatches } from "./all-matches.js";
import { OUTCOME } from "./told-outcome.js";
/** A piece of a sentence between punctuation or "then": the unit that has one tense. */
export interface Clause {
  text: string;
  index: number;
}

// "." only ends a clause before a space or the end, so "4 p.m." and "1.5万" stay whole.
// A colon after the activity ("美的集团邮件：周一给反馈", "Globex call: they sign Friday") opens what was said in it.
// So does 他说 after a thing done, typed without a comma ("打了个电话他说让我们下周一之前把报价发过去").
// a check mark or any emoji ("拜访华为👍 下周二再去"), a spaced dash, slash or bar and "next:" end a clause too: "demo done ✅ next: pricing call fri", "spoke to Globex - they'll sign"
// In a Chinese note a space or a dash between words separates them too: "阿里巴巴-微信沟通-下周见面", "#腾讯 电话 客户暂无需求 3个月后回访"
// A Latin name between Chinese words ends its clause as a Chinese word would: "拜访 Acme 客户要方案".
// "f/u" opens the follow-up of what went before it ("比亚迪 电话 f/u 周三": the call was made, Wednesday is the follow-up),
// unless it names a thing sent or made ("sent f/u email", "a f/u call"): then it is that thing.
// …but not a space between a document and its sending ("华为 方案 发过去了", "报价 已发", "报价85万 已发"): one act, an email.
const BREAK =
  /[,，。;；!！?？\n、✅✔☑\p{Extended_Pictographic}]|(?<=\p{Script=Han})(?!(?<=(?:方案|报价单?|合同|资料|材料|建议书|文档)[\d.,万千元块]{0,8})\s+(?:已经?|都|也|刚刚?)?(?:发|传|寄))(?:\s+|[-–—]+)(?=\p{Script=Han})|(?<=\p{Script=Han}(?:\s*(?!(?:at|in|on|with|and|or|to|for|from|of|the|an?|by|w)\b)[A-Za-z][A-Za-z0-9&'.-]*){1,3})\s+(?=\p{Script=Han})|\.(?=\s|$)|\s+[-–—]+\s+|\s+[/|｜]\s+|\s+(?:and then|then|but|after that|afterwards)\s+|\s*\bnext(?:\s+steps?)?\s*:|(?<=电话|邮件|会议|来电|\b(?:call|meeting|mtg|e-?mail|visit|demo))\s*[:：](?!\s*(?:pushed|moved|postponed|resched\w*|bumped|confirmed|booked|scheduled|set\s+for|cancel+ed|is|was|will|改到|改在|改期|推迟|延期|延后|提前|定在|定了|约在|约了|取消|暂停)|(?:\s|tomorrow|tmrw|today|tonight|(?:next|this|on)\s+\w+|at\s+\d\S*|\d[\d:apm.]*|(?:mon|tue|wed|thu|fri|sat|sun)\w*|[今明后]天|下?周[一二三四五六日天]|[上下中]午|晚上|\d+[点:：号日][\d半]*)+(?:[,，。;；]|$))|(?<=[了过完][^，,。；;\s]{0,16})(?=(?:他们|她们|他|她|对方|客户|老板)(?:说|讲|表示|反馈|提到))|(?<!\b(?:sent|send|sending|did|made|had|left|a|an|the|my|our)\s+)\s+(?=f\/u\b(?!\s+(?:e-?mails?|calls?|mtg|meeting|notes?|messages?|texts?|vm)\b))|然后|之后|接着|但是?|不过/giu;

/**
 * "明天 下午3点 给华为打电话", "下周二 华为 演示": a day or a time before a space or a dash dates what
 * follows it, so the pieces stay one clause; only undated pieces of a note are separate.
 */
const WHEN =
  /今天|明天|后天|昨天|前天|今晚|明早|下下?周|本周|这周|周[一二三四五六日天末]|星期|上午|下午|中午|晚上|早上|傍晚|月底|月初|节后|年后|\d{1,2}[点:：]|\d{1,2}月|\d{1,2}[日号]|[个天周年]后/u;

const REPORTED = /[了过没未完]/u;
/** "比亚迪周五前要报价 今天拜访时说的": who said the dated part, and when, follows it. */
const SAID_THEN = /(?:时|的时候|里|上|中)(?:说|讲|提)的?$|^刚才?/u;

export function splitClauses(text: string): Clause[] {
  // One sentence's parse splits the same text five to eight times (dates, activity, tense, time):
  // the clauses of the last few texts are kept, and each caller gets its own copy.
  return recentClauses(text).map((c) => ({ text: c.text, index: c.index }));
}

const recentClauses = rememberRecent<[string], readonly Clause[]>(64, byText, computeClauses);

function computeClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let segment = 0;
  for (const m of allMatches(text, BREAK)) {
    const at = m.index ?? 0;
    const piece = text.slice(start, at);
    // …unless the words since the last space report something done or not done ("今天没打通 明天再试")
    const told = REPORTED.test(text.slice(segment, at));
    segment = at + m[0].length;
    // …or what follows tells what came of it ("今天拜访小米 需求基本明确 12月20号出报价"), or when it was said
    const next = /^[^\s,，。;；!！?？、]*/u.exec(text.slice(segment))?.[0] ?? "";
    if (/^\s+$|^[-–—]+$/u.test(m[0]) && WHEN.test(piece) && !told && !OUTCOME.test(next) && !SAID_THEN.test(next)) continue;
    if (at > start) out.push({ text: piece, index: start });
    start = at + m[0].length;
  }
  if (start < text.length) out.push({ text: text.slice(start), index: start });
  return out.filter((c) => /[\p{L}\p{N}]/u.test(c.text));
}
