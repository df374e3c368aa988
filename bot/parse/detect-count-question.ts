import type { ActivityKind } from "./types.js";

export type CountPeriod = "today" | "yesterday" | "week" | "last-week" | "month" | "last-month" | "quarter" | "year" | "named-month";

/** "how many calls did I make this week?", "这个月拜访了几次华为": count the logged activities. */
export interface CountQuestion {
  /** null: every kind ("how many activities", "跟进了几次"). */
  kind: ActivityKind | null;
  /** null: the asker named no period; the answer uses this month and says so. */
  period: CountPeriod | null;
  /** The month (1–12) of a named-month period ("11月", "in November"): its latest occurrence up to now. */
  month?: number;
  /** "we" / "我们" / "团队": the team's activities rather than the asker's own. */
  team: boolean;
  /** What is left once the counting words are gone: a customer's name, or nothing. */
  rest: string;
}

const HOW_MANY_EN = /\bhow\s+many\b/iu;
/** 多少 always asks; 几次 / 几个 also say "a few" in a report ("跟华为聊了几次，都没结果"). */
const HOW_MANY_ZH = /多少[次个通回封条趟家]/u;
const FEW_ZH = /几[次回个通封条趟家](?![人位])/u;

/** Kind words, most specific first; English plurals and verbs, Chinese nouns and verbs. */
const KINDS_EN: [ActivityKind, RegExp][] = [
  ["visit", /\bvisit(?:s|ed)?\b|\bsite\s+visits?\b/iu],
  ["meeting", /\bmeetings?\b|\bmet\b|\bdemos?\b/iu],
  ["email", /\be-?mails?(?:ed)?\b/iu],
  ["call", /\bcalls?\b|\bcalled\b|\bphone\s+calls?\b|\bdials?\b/iu],
  ["note", /\bnotes?\b/iu],
];
const KINDS_ZH: [ActivityKind, RegExp][] = [
  ["visit", /拜访|上门|走访|去了?现场/u],
  ["meeting", /开会|会议|见面|见了?|开了/u],
  ["email", /邮件|发邮件/u],
  ["call", /电话|打了|通了|来电|致电/u],
  ["note", /笔记|备注/u],
];

const PERIODS: [CountPeriod, RegExp][] = [
  ["last-week", /\blast\s+week\b|上周|上个?星期|上个?礼拜/iu],
  ["last-month", /\blast\s+month\b|上个?月/iu],
  ["yesterday", /\byesterday\b|昨天|昨日/iu],
  ["today", /\btoday\b|今天|今日/iu],
  ["week", /\bthis\s+week\b|\bso\s+far\s+this\s+week\b|这周|本周|这个?星期|这个?礼拜|本星期/iu],
  ["month", /\bthis\s+month\b|这个?月|本月/iu],
  ["quarter", /\bthis\s+quarter\b|这个?季度|本季度?/iu],
  ["year", /\bthis\s+year\b|今年|本年/iu],
];

const MONTHS_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_EN =
  /\b(?:in|during|for|of)\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu;
const MONTH_WORD_EN =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu;
const ZH_MONTH_NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const MONTH_ZH = /(?<![\d一二三四五六七八九十上下本这个])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?![底初中末])/u;

/** "11月", "in November": the month named, or null. */
function namedMonth(text: string): number | null {
  const zh = MONTH_ZH.exec(text);
  if (zh?.[1]) return /\d/u.test(zh[1]) ? Number(zh[1]) : (ZH_MONTH_NUMERALS[zh[1]] ?? null);
  const en = MONTH_EN.exec(text);
  return en?.[1] ? MONTHS_EN.indexOf(en[1].slice(0, 3).toLowerCase()) + 1 : null;
}

const TEAM = /\b(?:we|our|team|us)\b|我们|团队|大家|咱们/iu;
/** Words of the question itself, removed to leave a customer's name (if any). */
const FILLER_EN =
  /\b(?:how|many|number|of|count|did|do|does|have|has|had|i|we|you|our|my|the|team|us|make|made|log|logged|do|done|to|with|at|for|in|on|so|far|this|last|week|month|quarter|year|today|yesterday|times?|activities|activity|calls?|called|meetings?|met|demos?|visits?|visited|site|e-?mails?|emailed|sent|send|notes?|phone|dials?|there|were|was|been|be|had|customers?|clients?|accounts?|total|all|altogether|overall)\b/giu;
const FILLER_ZH =
  /多少[次个通回封条趟家]|几[次回个通封条趟家]|跟进|客户们?|公司|我们|团队|大家|咱们|我|你|这个?月|本月|上个?月|这周|本周|上周|这个?星期|上个?星期|这个?礼拜|上个?礼拜|今天|今日|昨天|昨日|这个?季度|本季度?|今年|本年|一共|总共|共|了|过|的|吗|呢|啊|给|跟|和|与|对|去|拜访|上门|走访|现场|开会|会议|见面|见|开|会|邮件|发|电话|打|通|来电|致电|活动|笔记|备注|有|是|记录|都/gu;

/** "这个月赢了几单", "how many deals did I close this month": deals won, lost or opened, not activities. */
export interface DealCountQuestion {
  outcome: "won" | "lost" | "new";
  period: CountPeriod | null;
  month?: number;
  team: boolean;
}

const DEAL_WORDS_ZH = /单|商机|订单|生意|项目/u;
const DEAL_WORDS_EN = /\b(?:deals?|opportunit(?:y|ies)|orders?|contracts?)\b/iu;

/**
 * "这个月签了多少钱", "本季度成交额多少", "how much did we close this month?", "what did I win this quarter":
 * the money won is the won deals' count with their amounts (a customer called "钱" / "close" is no reading).
 */
const WON_AMOUNT_ZH =
  /^[^，,。;；!！]*(?:(?:签|成交|赢|拿下|签约|签单|中标)了?(?:多少钱|多少金额|多少万|多少(?=[?？吗呢啊]|$))|(?:签单|成交|赢单|签约|销售)(?:金额|额)(?:是|有)?多少|业绩(?:是|有)?多少)[^，,。;；!！]*$/u;
const WON_AMOUNT_EN =
  /^(?:so\s+)?(?:how\s+much(?:\s+(?:revenue|business|money))?|what)\s+(?:did|have|has)\s+(?:i|we|the\s+team|my\s+team)\s+(?:close|closed|win|won|sign|signed|book|booked|land|landed)\b(?:\s+(?:so\s+far\s+)?(?:this|last)\s+(?:week|month|quarter|year)|\s+in\s+\w+)?(?:\s+so\s+far)?\s*[?.!]*$/iu;

export function detectDealCountQuestion(input: string): DealCountQuestion | null {
  const text = input.trim();
  if (WON_AMOUNT_ZH.test(text) || WON_AMOUNT_EN.test(text)) {
    const month = namedMonth(text);
    const period = PERIODS.find(([, pattern]) => pattern.test(text))?.[0] ?? (month ? "named-month" : null);
    return { outcome: "won", period, team: TEAM.test(text), ...(period === "named-month" && month ? { month } : {}) };
  }
  const zh = /\p{Script=Han}/u.test(text);
  const singleClause = !/[,，。;；!！]/u.test(text.replace(/[?？!！。.]+\s*$/u, ""));
  if (
    zh
      ? !(/多少|几(?![号点月日时])|哪些/u.test(text) && DEAL_WORDS_ZH.test(text) && (singleClause || /[?？吗呢]\s*$/u.test(text)))
      : !(HOW_MANY_EN.test(text) && DEAL_WORDS_EN.test(text))
  )
    return null;
  const outcome = zh
    ? /赢|签|成交|拿下|中标/u.test(text)
      ? "won"
      : /丢|输|失败|流失/u.test(text)
        ? "lost"
        : /新增|新建|新开|新进|新/u.test(text)
          ? "new"
          : null
    : /\b(?:win|won|close|closed|closing|sign|signed|land|landed)\b/iu.test(text)
      ? "won"
      : /\b(?:lose|lost)\b/iu.test(text)
        ? "lost"
        : /\b(?:new|opened|create|created|add|added|start|started)\b/iu.test(text)
          ? "new"
          : null;
  if (!outcome) return null;
  const month = namedMonth(text);
  const period = PERIODS.find(([, pattern]) => pattern.test(text))?.[0] ?? (month ? "named-month" : null);
  return { outcome, period, team: TEAM.test(text), ...(period === "named-month" && month ? { month } : {}) };
}

/** "what did I do today?", "我今天做了什么", "这周的跟进记录": every kind, counted and listed. */
const RECAP_EN =
  /^(?:so\s+)?what\s+(?:did|have|has)\s+(?:i|we|the\s+team|my\s+team)\s+(?:do|done|log|logged|work\s+on|worked\s+on)\b(?:\s+(?:so\s+far\s+)?(?:today|yesterday|this\s+week|last\s+week|this\s+month|last\s+month))?\s*[?.!]*$/iu;
const RECAP_ZH =
  /^(?:我|我们|团队|大家)?(?:今天|今日|昨天|这周|本周|上周|这个?月|本月|上个?月)?(?:都|一共)?(?:做|干|跟进)了(?:些)?(?:什么|啥|哪些)(?:事|工作|客户)?[?？。!！]*$|^(?:我|我们|团队)?的?(?:今天|今日|昨天|这周|本周|上周|这个?月|本月|上个?月)的?(?:工作|跟进记录|活动记录|活动|拜访记录|通话记录|电话记录|会议记录|沟通记录)(?:有哪些|呢)?[?？。!！]*$/u;
/** "我本周的拜访记录": the recap of one kind. */
const RECAP_KIND_ZH: [ActivityKind, RegExp][] = [
  ["visit", /拜访记录/u],
  ["call", /通话记录|电话记录/u],
  ["meeting", /会议记录/u],
];

export function detectCountQuestion(input: string): CountQuestion | null {
  const text = input.trim();
  if (RECAP_EN.test(text) || RECAP_ZH.test(text)) {
    const period = PERIODS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
    const kind = RECAP_KIND_ZH.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
    return { kind, period, team: TEAM.test(text), rest: "" };
  }
  const zh = /\p{Script=Han}/u.test(text);
  const singleClause = !/[,，。;；!！]/u.test(text.replace(/[?？!！。.]+\s*$/u, ""));
  const asks = zh ? HOW_MANY_ZH.test(text) || (FEW_ZH.test(text) && (/[?？吗呢]\s*$/u.test(text) || singleClause)) : HOW_MANY_EN.test(text);
  if (!asks) return null;
  const kinds = zh ? KINDS_ZH : KINDS_EN;
  const kind = kinds.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
  const generic = zh ? /跟进|活动|记录/u.test(text) : /\b(?:activities|activity|times|touch\s*points?|follow[\s-]?ups?)\b/iu.test(text);
  // "几个客户", "how many deals": a count of something else, not of activities.
  if (!kind && !generic) return null;
  const month = namedMonth(text);
  const period = PERIODS.find(([, pattern]) => pattern.test(text))?.[0] ?? (month ? "named-month" : null);
  const rest = (zh ? text.replace(FILLER_ZH, " ") : text.replace(FILLER_EN, " "))
    .replace(/[?？!！。.,，:：、"“”'‘’]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  const restWithoutMonth = month && period === "named-month" ? rest.replace(MONTH_ZH, " ").replace(MONTH_WORD_EN, " ").replace(/\s+/gu, " ").trim() : rest;
  return { kind, period, team: TEAM.test(text), rest: restWithoutMonth, ...(period === "named-month" && month ? { month } : {}) };
}
