/**
 * "show my follow-ups", "what's on my to-do list?", "我的待办", "今天有什么要跟进的": the rep's own
 * list asked for in words rather than with `followup list` / `deal list`. Only the whole message
 * counts, so "followed up with Acme about my deals" is still logged.
 */
export type ListRequest = "followups" | "deals" | "customers";

/** "tmrw", "tmr", "2moro": tomorrow as typed in chat. */
const TOMORROW_SHORT = String.raw`(?:tmrw|tmr|tmw|tomo|2moro|2morrow)`;
/** A day or period a list is asked for: "next week", "Monday", "on Friday". */
const EN_PERIOD = String.raw`(?:today|tomorrow|${TOMORROW_SHORT}|this\s+week|next\s+week|(?:on\s+|this\s+|next\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)`;
/** "can you show me …", "could I see …", "let me see …": the same ask, put politely. */
const EN_POLITE = String.raw`(?:(?:can|could|would|will)\s+you\s+(?:please\s+|pls\s+)?|(?:pls|please)\s+)`;
const EN_ASK = String.raw`(?:(?:hey|hi|ok|okay)[,\s]+)?(?:${EN_POLITE}?(?:show|list|give|send|get|pull\s+up|display)\s+(?:me\s+)?|(?:can|could|may)\s+i\s+(?:see|get|have)\s+|let\s+me\s+see\s+|what\s+(?:are|is)\s+|what'?s\s+|any\s+|do\s+i\s+have\s+any\s+)?`;
const EN_FOLLOWUPS = String.raw`(?:follow[\s-]?ups?|to-?dos?|todo\s+list|to-do\s+list|tasks?|reminders?)`;
const EN_DEALS = String.raw`(?:(?:open\s+)?deals?|opportunit(?:y|ies))`;
const EN_TAIL = String.raw`(?:\s+(?:for\s+)?(?:${EN_PERIOD}|please|now))*[?.!]*`;
const en = (what: string) => new RegExp(`^${EN_ASK}(?:all\\s+)?(?:of\\s+)?my\\s+${what}${EN_TAIL}$`, "iu");

const EN_ANY = new RegExp(
  `^(?:any|do\\s+i\\s+have\\s+any)\\s+(?:(?:open|overdue|due)\\s+)?${EN_FOLLOWUPS}(?:\\s+(?:due|open|overdue))?(?:\\s+(?:for\\s+)?${EN_PERIOD})?[?.!]*$`,
  "iu",
);
const EN_PLATE = new RegExp(
  `^(?:what'?s|what\\s+is|anything|(?:do\\s+i\\s+have\\s+)?anything)\\s+on\\s+my\\s+(?:plate|list|agenda|calendar)(?:\\s+(?:for\\s+)?${EN_PERIOD})?[?.!]*$`,
  "iu",
);
/** "what follow-ups do I have next week?", "which tasks are due Monday" */
const EN_WHICH_HAVE = new RegExp(
  `^(?:what|which)\\s+${EN_FOLLOWUPS}\\s+(?:do\\s+i\\s+have|have\\s+i\\s+got|are\\s+(?:due|open)|are\\s+there)(?:\\s+(?:due|open))?(?:\\s+(?:for\\s+)?${EN_PERIOD})?[?.!]*$`,
  "iu",
);
/** "what do I have today?", "what have I got tomorrow" */
const EN_WHAT_HAVE = new RegExp(`^what\\s+(?:do\\s+i\\s+have|have\\s+i\\s+got|'?s\\s+(?:up|next))(?:\\s+(?:for\\s+)?${EN_PERIOD})?[?.!]*$`, "iu");
const EN_TODO_TODAY =
  /^what\s+(?:do\s+i\s+(?:need|have)\s+to\s+(?:do|follow\s+up(?:\s+on)?)|should\s+i\s+(?:do|follow\s+up\s+on))(?:\s+(?:today|this\s+week|next))?[?.!]*$/iu;

// "what's overdue (for me)?", "anything due today?", "who do I need to call today?", "overdue follow-ups"
const EN_DUE =
  /^(?:(?:what'?s|what\s+is|what\s+are|anything|is\s+anything|is\s+there\s+anything|are\s+there\s+any|do\s+i\s+have\s+anything|show(?:\s+me)?|list)\s+)?(?:(?:my|the)\s+)?(?:overdue|due|late)(?:\s+(?:follow[\s-]?ups?|tasks?|to-?dos?|reminders?))?(?:\s+(?:for\s+me|today|tomorrow|tmrw|tmr|this\s+week|next\s+week|now|(?:on\s+|this\s+|next\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri)(?:day)?))*[?.!]*$/iu;
const EN_WHO_TODAY =
  /^who\s+(?:do|should)\s+i\s+(?:need\s+to\s+|have\s+to\s+)?(?:call|follow\s+up\s+(?:with|on)|contact|reach\s+out\s+to|chase)(?:\s+(?:back|today|tomorrow|this\s+week|next))*[?.!]*$/iu;

const ZH_ASK = "(?:请|帮我)?(?:看看|看一下|看下|查看|查一下|查下|列出|显示|给我看看?)?";
const ZH_FOLLOWUPS = new RegExp(`^${ZH_ASK}(?:我的|我)(?:跟进|待办|待办事项|任务|提醒)(?:列表|清单|事项)?(?:有哪些|有什么|呢)?[?？。.!！]*$`, "u");
// "今天的待办", "我这周的跟进", "明天的任务"
const ZH_PERIOD_FOLLOWUPS =
  /^(?:请|帮我)?(?:看看|看一下|看下|查一下|查下|列出)?我?(?:今天|今日|本周|这周|这个星期|明天|最近)的?(?:跟进|待办|待办事项|任务|提醒)(?:列表|清单|事项)?(?:有哪些|有什么|呢)?[?？。.!！]*$/u;
const ZH_TODAY =
  /^(?:我)?(?:今天|今日|本周|这周|明天|下周)(?:我)?(?:有|还有)(?:什么|哪些|啥)(?:待办|要跟进的|要做的|跟进|任务|安排|日程|行程)(?:吗|呢)?[?？。.!！]*$/u;
// "我今天要跟进哪些客户？", "这周要回访谁", "下周要拜访哪些客户", "明天要见哪些客户", "有哪些逾期的跟进", "哪些跟进过期了", "逾期的待办"
const ZH_DUE_CUSTOMERS =
  /^我?(?:今天|今日|明天|后天|本周|这周|这个星期|下周|下个?星期|最近)?(?:要|需要|该|得)(?:跟进|回访|联系|拜访|见|打电话给|回电话给)(?:哪些|哪几个|哪个|谁|什么)(?:客户|人|公司)?(?:呢|啊)?[?？。.!！]*$/u;
const ZH_OVERDUE =
  /^(?:我?(?:有|还有)?(?:没有)?(?:哪些|什么|几个|多少)?(?:逾期|过期|超期|到期)(?:了|的)?(?:跟进|待办|任务|提醒)(?:有哪些|有什么|吗|呢)?|(?:我的)?(?:哪些|什么)?(?:跟进|待办|任务|提醒)(?:已经)?(?:逾期|过期|超期|到期)了?(?:吗|呢)?)[?？。.!！]*$/u;
// "我这周有哪些待跟进的", "本周待跟进", "我有哪些跟进任务"
const ZH_PENDING =
  /^(?:请|帮我)?(?:看看|看一下|看下|查看|查一下|查下|列出|显示)?(?:(?:今天|今日|本周|这周|这个星期|明天|最近|下周)(?=我))?(?:我的|我)?(?:今天|今日|本周|这周|这个星期|明天|最近|下周)?还?有?(?:哪些|什么|啥|几个|几条|多少)?(?:待跟进|跟进任务|跟进事项|待办事项|待办|要跟进|需要跟进|任务|提醒|[Ff]ollow[\s-]?[Uu]ps?|[Tt]o-?[Dd]os?)的?(?:列表|清单|事项|客户|人)?(?:有哪些|有什么|有谁|是哪些|吗|呢)?[?？。.!！]*$/u;
// "帮我看看本周的跟进计划", "看看我这周的日程", "我明天有哪些跟进计划", "下周的安排": the rep's own follow-ups
const ZH_PLAN =
  /^(?:请|帮我)?(?:看看|看一下|看下|查看|查一下|查下|列出|显示)?(?:我的|我)?(?:今天|今日|明天|本周|这周|这个星期|下周|下个?星期|最近)?(?:我)?(?:的)?(?:有哪些|有什么|还有哪些)?(?:跟进计划|工作计划|拜访计划|日程|日程安排|行程|安排)(?:表|有哪些|有什么|呢|吗)?[?？。.!！]*$/u;
const ZH_DEALS = new RegExp(
  `^${ZH_ASK}(?:我的|我)(?:手上|手里|手头|目前|现在)?(?:有)?(?:哪些|什么)?(?:在跟的?)?(?:商机|单子|订单机会)(?:列表|清单)?(?:有哪些|有什么|呢)?[?？。.!！]*$`,
  "u",
);
/** "我的客户有哪些", "我手上有几个客户", "how many customers do I have", "show my accounts": the rep's own customers. */
const ZH_CUSTOMERS = new RegExp(
  `^${ZH_ASK}(?:我的|我)(?:手上|手里|手头|目前|现在)?(?:一共|总共)?(?:有)?(?:哪些|几个|多少个?)?(?:客户|公司)(?:列表|清单)?(?:有哪些|有什么|有几个|有多少个?|呢)?[?？。.!！]*$`,
  "u",
);
const EN_CUSTOMERS =
  /^(?:how\s+many\s+(?:customers|accounts|clients|companies)\s+(?:do|have)\s+i\s+(?:have|got)(?:\s+(?:now|right\s+now))?|(?:(?:please\s+)?(?:show|list|give|get|pull\s+up)\s+(?:me\s+)?|what\s+are\s+)?(?:all\s+)?(?:of\s+)?my\s+(?:customers|accounts|clients))[?.!]*$/iu;
// "我有几个商机", "我手上有几个在跟的单子", "how many deals do I have": the rep's open deals, counted on the list
const ZH_DEAL_COUNT =
  /^我?(?:手上|手里|手头|目前|现在)?(?:一共|总共)?(?:有|还有)(?:几个|多少个?)(?:在跟的?|在跟进的?|进行中的?|未成交的?|没签的?)?(?:商机|单子|项目)(?:在跟)?(?:呢|啊)?[?？。.!！]*$/u;
/** "what deals do I have open?", "which deals do I have": the rep's own open deals. */
const EN_WHICH_DEALS =
  /^(?:what|which)\s+(?:open\s+)?(?:deals?|opportunit(?:y|ies))\s+(?:do|have)\s+i\s+(?:have|got)(?:\s+(?:open|going|right\s+now|now))?[?.!]*$/iu;
const EN_DEAL_COUNT =
  /^how\s+many\s+(?:open\s+|active\s+)?(?:deals?|opportunit(?:y|ies))\s+(?:do|have)\s+i\s+(?:have|got)(?:\s+(?:open|going|in\s+(?:the|my)\s+pipeline|right\s+now|now))?[?.!]*$/iu;

export function detectListRequest(text: string): ListRequest | null {
  const t = text.trim();
  if (
    en(EN_FOLLOWUPS).test(t) ||
    EN_ANY.test(t) ||
    EN_PLATE.test(t) ||
    EN_WHAT_HAVE.test(t) ||
    EN_WHICH_HAVE.test(t) ||
    EN_TODO_TODAY.test(t) ||
    ZH_FOLLOWUPS.test(t) ||
    ZH_TODAY.test(t) ||
    ZH_PERIOD_FOLLOWUPS.test(t) ||
    EN_DUE.test(t) ||
    EN_WHO_TODAY.test(t) ||
    ZH_DUE_CUSTOMERS.test(t) ||
    ZH_OVERDUE.test(t) ||
    ZH_PENDING.test(t) ||
    ZH_PLAN.test(t)
  )
    return "followups";
  if (en(EN_DEALS).test(t) || ZH_DEALS.test(t) || ZH_DEAL_COUNT.test(t) || EN_DEAL_COUNT.test(t) || EN_WHICH_DEALS.test(t)) return "deals";
  if (ZH_CUSTOMERS.test(t) || EN_CUSTOMERS.test(t)) return "customers";
  return null;
}

/** "今天有哪些跟进？", "what's on my plate this week?", "what's overdue?": the part of the list asked about. */
export function listPeriodOf(text: string): "today" | "tomorrow" | "week" | "overdue" | null {
  if (/\boverdue\b|\blate\b|逾期|过期|超期/iu.test(text)) return "overdue";
  if (/\btoday\b|今天|今日/iu.test(text)) return "today";
  if (new RegExp(`\\b(?:tomorrow|${TOMORROW_SHORT})\\b|明天`, "iu").test(text)) return "tomorrow";
  if (/\bthis\s+week\b|本周|这周|这个星期/iu.test(text)) return "week";
  return null;
}
