import { isPlanBeforeRecordNoun } from "./plan-before-record-noun.js";
import { inferActivityIntent } from "./infer-activity.js";
import { segment } from "./segment-zh.js";

/**
 * A message that asks instead of reports. Questions get answers and never write: logging
 * "华为的商机有哪些？" as a note would also reset the company's last activity.
 */
export type Question = { kind: "search"; query: string } | { kind: "about"; topic: "deals" | "contacts" | "status"; subject: string };

const SEARCH =
  /^(?:search(?:\s+for)?|find|look\s*up|lookup|搜索|搜一下|搜搜|查找|查一下|查下|查一查|查查|查询|找一下|找找|帮我查一下|帮我查下|帮我找一下|帮我查)[\s:：]*(.+)$/iu;
const SHOW =
  /^(?:(?:请|麻烦)?帮我(?:看下|看看|看一下|查下|查查|打开)|(?:请|麻烦)?(?:给|发|让)我(?:看下|看看|看一下|瞧瞧)|查看|看看|看一下|看下|打开|show|open|view|(?:(?:can|could|would)\s+you\s+)?(?:pls\s+|please\s+)?(?:pull|bring)\s+up|(?:can|could|would)\s+you\s+(?:pls\s+|please\s+)?(?:show(?:\s+me)?|open|check\s+on|look\s+at))[\s:：]*(.+?)[?？。.!！]*$/iu;
const SHOW_LAST_ZH =
  /^(?!把|让|请)((?:(?!发给|交给|给客户|让)[^，,。；;!！?？]){2,30}?)\s*(?:请|麻烦)?(?:帮我|给我)?(?:看一下|看看|看下|查一下|查查|查下|找一下|调一下|调出来)(?:吧|呗|呢)?[?？。.!！]*$/u;
const NOUN_REQUEST_ZH = /^(.{1,30}?)的?(?:商机|订单|联系人|对接人|进展|进度|近况|状态|情况)[?？。.!！]*$/u;
/** "腾讯的联系人电话发我一下", "把小米的联系方式发我": someone's details asked for. */
const CONTACT_DETAILS_ZH =
  /^(?:请|麻烦)?(?:把)?(.{1,20}?)的?(?:联系人|对接人)?(?:的)?(?:联系方式|电话(?:号码?)?|手机号?|邮箱|微信号?|名片)(?:发|给|告诉)(?:一下)?我(?:一下|下)?[?？。.!！]*$/u;
/**
 * "腾讯的合同", "华为最近的活动", "我本周的拜访记录": a record asked for by name. Only after a name and
 * time words: "腾讯要报价", "华为催合同" report what the customer wants.
 */
const RECORD_REQUEST_ZH =
  /^((?:(?![要催问发给签等想改定走审谈跟和把被让请说来去在看做写拿收寄回批交提送])[\p{Script=Han}A-Za-z0-9&·\s]){1,30}?)的?(?:合同|报价单?|跟进记录|拜访记录|沟通记录|通话记录|活动|记录|动态|最新动态)[?？。.!！]*$/u;
/** "Globex deals", "Fabrikam history", "Acme status?": a record asked for by name; "sent Initech notes" and "acme 75k deal" report. */
const NOUN_REQUEST_EN =
  /^(?!.*\b(?:sent|send|sending|emailed|email|shared|share|took|take|wrote|write|forwarded|got|received|left|added|updated|reviewed|need|needs|asked|want|wants|wanted|won|lost|closed|signed|killed|dropped|moved|pushed|halved|halves|doubled|doubles|cut|cuts|upped|raised|increased|reduced|lowered|bumped|expanded|shrank|grew|paused|cancell?ed|renewed|extended)\b)(?!.*(?:[$€£¥]\s*\d|\b\d[\d,.]*\s*(?:k|m|mm|mil|million|usd|eur|gbp)\b))(.{1,40}?)(?:'s)?\s+(?:deals?|contacts?|status|pipeline|opportunities|history|timeline|activit(?:y|ies)|notes|summary|overview|info|details|profile|owner|latest)[?？.!]*$/iu;
/** English openers that make a question on their own; "when"/"where"/"is"… also start statements, so they need a "?". */
const WH_EN =
  /^(?:what(?:'s|s)?|how(?:'s|s)?|who(?:'s|s)?|which|show\s+me|tell\s+me|list|give\s+me|any\s+(?:news|update|word)s?|anything\s+new\b|where\s+(?:are|do)\s+we\s+(?:at\s+|stand\s+)?(?:with|on|w\/|w)|where\s+(?:are|do)\s+things\s+(?:at\s+|stand\s+)?(?:with|w\/|w)|status\s+(?:on|of|for|w\/))\b/iu;
const AUX_EN = /^(?:is|are|was|were|do|does|did|can|could|has|have|any|when|where|why)\b/iu;
const HOW_ABOUT = /^(?:how|what)\s+about\b/iu;
/**
 * "is the Initech deal still open", "has Globex signed yet", "are we still on with Contoso": a state asked
 * after is, are, has or does, with no activity named, asks without a question mark too. Shorthand without a
 * subject ("Has signed today - Globex 85k", "is on hold until Q1, Initech") reports.
 */
const STATE_ASKED_EN =
  /^(?:is|are|has|does)\s+(?!(?:a|an|some|my|our|been|signed|to|on|going|got|had|closed|won|lost|done|in|at|it\s+ok|it\s+okay)\b)[^,.;!-]*\b(?:still|yet|already|open|closed|alive|dead|on\s+track|on\s+hold|signed|done|won|lost|happening|going\s+ahead|interested|moving|stuck)\b/iu;
/**
 * Openers that ask even when the sentence names an activity ("when did we last visit Acme", "when's the contoso demo",
 * "how many times did we call Globex", "did we send Acme the quote"): a report never starts so.
 */
const ASKS_EN =
  /^(?:when(?:\s+(?:did|was|were|is|are|will|do|does|have|has|had)|['’]s|s(?=\s+(?:my|our|the|next)\b))|how\s+(?:many|much|often|long|recently)|how(?:['’]d|\s+(?:did|was|were|has|have))|remind\s+me\s+(?:what|when|who|how|where|which)|(?:did|do|does|have|has|had)\s+(?:we|you|i|they|anyone|anybody|someone|somebody|he|she|our|my)|who(?:'s|s)?|which|what\s+(?:did|was|were|is|are|do|does|have|has|time|day|date))\b/iu;
/** Asking words that ask even in a sentence that names an activity ("这个月拜访了几次华为"). */
const ASKS_ZH =
  /(?:发|拿|找|调|给)(?:给|出来给)?我看(?:一?下|看)?[。.!！]?$|几次|几回|多少次|什么时候|啥时候|何时|哪天|哪一天|哪次|哪些|哪个|哪家|哪位|是谁|谁|是不是|有没有|吗|了没|没有?[?？]?$|呢[?？]?$|来着[?？]?$|(?:是|在)?(?:几号|几点|哪天|多少钱?)[?？]?$/u;
/**
 * "要不要给华为打个电话？", "华为那单几号签来着？": a yes-no or which-day question, asked only with its
 * question mark and nothing reported ("拜访了华为，他们在考虑要不要上二期" is a log).
 */
const YES_NO_ZH = /要不要|该不该|需不需要|用不用|能不能|可不可以|行不行|几号/u;
/**
 * "他们有没有预算还不确定", "交付几号还没定": an open point in a report, not a question to the bot; nor is any
 * time suiting them ("小米那边几点都可以", "华为那边哪天都行").
 */
const UNSURE =
  /不确定|不知道|不清楚|待确认|再问|要问|再确认|还不好说|待定|未定|还没定|没定下来|再定|另定|(?:几点|几号|哪天|什么时候|啥时候|哪一天)(?:都|也)(?:行|可以|在|方便|有空|没问题|ok)|\b(?:not\s+sure|unsure|don'?t\s+know|unclear|tbd)\b/iu;
// 情况 asks ("华为最近情况") unless it is what a task looks at ("下周三跟进使用情况", "了解一下情况").
const ZH_ASK =
  /(?:发|拿|找|调|给)(?:给|出来给)?我看(?:一?下|看)?[。.!！]?$|吗|呢|[了过]没有?[?？]?$|来着|几号|几点|几时|哪天|哪一天|什么时候|啥时候|何时|哪些|哪个|哪家|哪位|哪一?步|到哪了|什么|如何|怎么样|怎样|咋样|多少|有没有|是不是|几个|几家|是谁|谁|(?<!跟进|了解|确认|回访|沟通|反馈|汇报|使用|跟踪|关注|看看|问问|问一下|了解一下|看一下)情况/u;
/** Reporting verbs: "客户问有没有折扣" tells what the customer asked; it is a log ("王总说的预算" is what was said, a noun). */
const REPORTED_SPEECH = /问|咨询|询问|想知道|关心|提到|说(?!的)|表示|反馈|\b(?:asked|wondered|wanted\s+to\s+know|said|told|mentioned|wants\s+to\s+know)\b/iu;

const RECORD_NOUN = /(?:拜访|沟通|跟进|通话|电话|会议|邮件)(?:记录|提醒|计划)/gu;
/** "上周拜访阿里巴巴的记录": the records of an activity, asked for as a whole. */
const RECORDS_OF = /的(?:记录|历史记录|往来记录)$/u;

const DEALS = /商机|订单|单子|项目|生意|\b(?:deals?|opportunit\w*|pipeline|orders?)\b/iu;
const CONTACTS = /联系人|对接人|负责人|联系方式|手机号?|邮箱|微信号|谁|\b(?:contacts?|who|person|people)\b/iu;

/** Words of a question that are not its subject ("what is the status of Globex" → Globex). */
const EN_FILLER =
  /\b(?:what(?:'s|s)?|how(?:'s|s)?|who(?:'s|s)?|which|show|tell|give|me|list|is|are|was|were|do|does|did|can|could|has|have|any|the|a|an|of|at|for|on|in|with|our|my|we|us|status|when|last|lastly|recently|times?|many|much|often|long|this|that|week|month|year|quarter|visit(?:ed)?|call(?:ed)?|e-?mail(?:ed)?|meet|met|send|sent|talk(?:ed)?|speak|spoke|quote|proposal|they|them|i|you|time|day|date|ago|since|yet|ever|already|deals?|opportunit\w*|pipeline|orders?|going|doing|progress|update|updates|news|latest|contacts?|person|people|there|things|open|all|about|current|currently|now|so|far|account|customer|company|search|find|look|up|lookup|where|stand|things|still|yet|already|sign|signed|closed|alive|dead|track|hold|done|won|lost|happening|ahead|interested|moving|stuck|want|wants|go|went|demo|meeting|mtg|w|remind|said|say|word|from|anything|new|pull|bring|check|pls|please)\b|['’]s\b|['’]d\b/giu;
/** Multi-character question words are cut from the string (jieba splits 对接人 as 对接|人); single characters only as whole tokens. */
const ZH_FILLER_PHRASES =
  /来着|几号|几点|(?:现在)?(?:进展|走|推进)?到(?:了)?(?:哪一?步|哪儿?|什么(?:阶段|程度|地步)|啥(?:阶段|程度))了?|什么时候|啥时候|何时|哪天|几次|几回|多少次|上一?次|最近一次|最后一次|之前|以前|这个月|本月|上个?月|这周|本周|上周|今年|拜访过?|打过?电话|电话|开过?会|开[过了]|见过?面|发过?|报价|邮件|签了?|在谈|还在|那单|这单|那个|这个|合同|有哪些|哪些|哪个|哪家|哪位|阶段|什么|如何|怎么样|怎样|咋样|多少|有没有|是不是|几个|几家|进展|进度|状态|近况|情况|现在|目前|最近|商机|订单|单子|项目|生意|联系人|对接人|负责人|联系方式|客户|公司|一下|查一下|查查|搜索|查找|查询|我们|那边|这边|最新|最近的|当前/gu;
const ZH_FILLER = new Set([
  "的",
  "了",
  "吗",
  "呢",
  "啊",
  "呀",
  "吧",
  "有",
  "是",
  "谁",
  "查",
  "帮",
  "我",
  "跟",
  "和",
  "在",
  "个",
  "都",
  "还",
  "会",
  "时候",
  "单",
  "给",
  "没有",
  "没",
  "对",
  "与",
  "是",
]);

export function subjectOf(text: string): string {
  const latin = text.replace(EN_FILLER, " ").replace(/[?？!！。.,，:：、"“”'‘’/]/gu, " ");
  const han = latin.replace(ZH_FILLER_PHRASES, " ");
  const words = segment(han);
  const kept =
    words.length > 0
      ? words
          .filter((w) => !ZH_FILLER.has(w.word.trim()))
          .map((w) => w.word)
          .join("")
      : han;
  return kept.replace(/\s+/gu, " ").trim();
}

function topicOf(text: string): "deals" | "contacts" | "status" {
  if (DEALS.test(text)) return "deals";
  if (CONTACTS.test(text)) return "contacts";
  return "status";
}

/** "how did the acme call go? great, they want a quote": the rep asks and answers; what follows the mark is the report. */
const ANSWERED_AFTER_MARK = /[?？]\s*[^?？\s][^?？]*$/u;

/**
 * "any f/u for contoso today? what's it about", "腾讯这单是不是到期了？跟进时间是哪天": what follows the mark is a
 * second question, not an answer.
 */
function asksAgainAfterMark(text: string): boolean {
  const after = text.slice(Math.max(text.lastIndexOf("?"), text.lastIndexOf("？")) + 1).trim();
  return WH_EN.test(after) || ASKS_EN.test(after) || (/\p{Script=Han}/u.test(after) && ASKS_AGAIN_ZH.test(after)) || SHOW_AFTER_MARK.test(after);
}
/** "腾讯的合同下周能签吗？帮我看看上次的记录": a request to be shown something after the question is no answer to it. */
const SHOW_AFTER_MARK = /^(?:帮我|麻烦|请)?(?:看看|看一下|查查|查一下|找一下|翻一下)|^(?:pls\s+|please\s+)?(?:show\s+me|pull\s+up|look\s+up)\b/iu;
/** A Chinese question ending the text after a first one: which day, how much, whether, who. */
const ASKS_AGAIN_ZH =
  /(?:是)?(?:哪天|哪一天|几号|几点|多少钱?|什么时候|啥时候|是谁|谁|哪些|哪个|哪一?步|什么阶段|怎么样|如何)[?？。]?$|吗[?？]?$|是不是|有没有/u;

/**
 * "Can you remind me Monday 9am to send Globex the quote?", "能帮我提醒一下周五给华为报价吗": a request to the bot, not a
 * question about a record (also once the polite opening is left off: "remind me Monday 9am to…?").
 */
const ASKS_BOT_TO_NOTE =
  /^\s*(?:(?:hey|hi|ok|okay)[\s,]+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+|pls\s+|plz\s+)?)?(?:remind|set|add|create|schedule|log|note|book|put)\b(?!\s+(?:me\s+|us\s+)?(?:what|when|who|whom|how|where|which|why|whether|if)\b)|^\s*(?:提醒(?:我|一下)|记一?下|设(?:个|一个)?提醒)|^\s*(?:能不能|能否|可以|可不可以|麻烦|你能|能)?(?:你)?帮我(?:提醒|记一?下|记录|设|安排|建|加)/iu;

/** "问一下：美的集团有没有商机？", "请问…", "quick q: …": words that announce the question are not part of it. */
const ASKING_LEAD = /^(?:(?:我)?(?:想)?(?:问一下|问下|请问|问问)[:：,，\s]*|(?:quick\s+)?(?:q|question)\s*[:：]\s*)/iu;

/** "比亚迪的合同金额是多少，帮我查下": the asking words after the question. */
const ASKING_TAIL = /[，,\s]+(?:帮我|麻烦|请)?(?:帮忙)?(?:查|看|找)(?:一下|下|查|看)?(?:吧|呢|谢谢)?[。.!！?？]*$/u;

/** "阿里的合同啥时候签？帮我查下商机阶段": a question, then the asking words with what to look at. */
const ASKED_THEN_LOOK = /[？?]\s*(?:请|麻烦)?(?:帮我|帮忙)?(?:查|看|找)(?:一下|下|查|看)?[^，,。；;！!？?]{0,16}[。.!！?？]*$/u;

export function detectQuestion(input: string): Question | null {
  const looked = ASKED_THEN_LOOK.exec(input.trim());
  if (looked) {
    const asked = detectQuestionItself(input.trim().slice(0, looked.index + 1));
    if (asked) return asked;
  }
  const tail = ASKING_TAIL.exec(input.trim());
  if (tail) {
    const asked = detectQuestionItself(input.trim().slice(0, tail.index));
    if (asked) return asked;
  }
  return detectQuestionItself(input);
}

function detectQuestionItself(input: string): Question | null {
  const text = input.trim().replace(ASKING_LEAD, "");
  if (!text || (ANSWERED_AFTER_MARK.test(text) && !asksAgainAfterMark(text)) || ASKS_BOT_TO_NOTE.test(text)) return null;
  const intent = inferActivityIntent(text);
  const reportsSomething = intent.mentions.some((m) => !m.planned);

  const search = SEARCH.exec(text);
  if (search?.[1] && !reportsSomething && intent.mentions.length === 0 && search[1].length <= 60) {
    const query = search[1].replace(/[?？。.!！]+$/u, "").trim();
    // "查一下美的的联系人", "look up Acme's deals": a record's part, not a name to search for.
    const part = NOUN_REQUEST_ZH.exec(query) ?? RECORD_REQUEST_ZH.exec(query) ?? NOUN_REQUEST_EN.exec(query);
    if (part?.[1]) return { kind: "about", topic: topicOf(query), subject: subjectOf(part[1]) || part[1].trim() };
    return { kind: "search", query };
  }

  const details = CONTACT_DETAILS_ZH.exec(text);
  if (details?.[1]) return { kind: "about", topic: "contacts", subject: subjectOf(details[1]) || details[1].trim() };

  // "查看华为", "show Acme", "Acme的商机", "Globex deals": a request for a record, phrased as a noun.
  // ("比亚迪的跟进提醒帮我看一下": the asking words may come last)
  const request = SHOW.exec(text) ?? SHOW_LAST_ZH.exec(text) ?? NOUN_REQUEST_ZH.exec(text) ?? RECORD_REQUEST_ZH.exec(text) ?? NOUN_REQUEST_EN.exec(text);
  // "我本周的拜访记录": the activity word names the records asked for, it reports nothing.
  // ("上周拜访阿里巴巴的记录帮我查一下": so does one before 的记录 at the end of what is asked for)
  const namesRecords = request?.[1] !== undefined && RECORDS_OF.test(request[1].trim());
  const nounMentions = namesRecords ? [] : RECORD_NOUN.test(text) ? inferActivityIntent(text.replace(RECORD_NOUN, "记录")).mentions : intent.mentions;
  // Only a bare name before the noun: "华为签约了，更新一下商机" is a report.
  const afterSubject = request?.[1] !== undefined ? text.slice(request.index + request[1].length) : "";
  const plan = request?.[1] !== undefined && isPlanBeforeRecordNoun(request[1], afterSubject.replace(/^的/u, ""), afterSubject.startsWith("的"));
  if (request?.[1] && !plan && nounMentions.length === 0 && request[1].length <= 40 && !/[,，。;；:：了过]/u.test(request[1])) {
    // Nothing but question words before the noun ("我本周的"): no subject, the answer asks which customer.
    const named = namesRecords ? request[1].trim().replace(RECORDS_OF, "") : request[1];
    const subject = subjectOf(named) || (/^[我咱]/u.test(named) ? "" : named.trim());
    return { kind: "about", topic: topicOf(text), subject };
  }

  const mark = /[?？]\s*$/u.test(text);
  // "where are we w 华为": an English question about a Chinese name is asked in English
  const han = /\p{Script=Han}/u.test(text) && !WH_EN.test(text) && !ASKS_EN.test(text);
  let asks = false;
  // Without a question mark the asking word must be in the last clause: "华为没说什么，下周再聊" is a log.
  const lastClause =
    text
      .split(/[,，。;；!！]/u)
      .filter((c) => c.trim())
      .pop() ?? "";
  if (han) {
    const zhAsks =
      intent.mentions.length === 0 ? mark || ZH_ASK.test(lastClause) : ASKS_ZH.test(lastClause) || (mark && !reportsSomething && YES_NO_ZH.test(lastClause));
    asks = zhAsks && !REPORTED_SPEECH.test(text) && !UNSURE.test(text);
  } else if (HOW_ABOUT.test(text)) asks = false;
  else if (ASKS_EN.test(text)) asks = true;
  else if (intent.mentions.length === 0 && STATE_ASKED_EN.test(text)) asks = true;
  // "crm says i have a contoso fu today, whats it about": the asking words may open the last clause
  else
    asks =
      (WH_EN.test(text) || WH_EN.test(lastClause.trim()) || asksAgainAfterMark(text) || (mark && AUX_EN.test(text)) || mark) &&
      !reportsSomething &&
      !REPORTED_SPEECH.test(text);
  if (!asks) return null;
  return { kind: "about", topic: topicOf(text), subject: subjectOf(text) };
}
