/**
 * "show my follow-ups", "what's on my to-do list?", "我的待办", "今天有什么要跟进的": the rep's own
 * list asked for in words rather than with `followup list` / `deal list`. Only the whole message
 * counts, so "followed up with Acme about my deals" is still logged.
 */
export type ListRequest = "followups" | "deals";

const EN_ASK = String.raw`(?:(?:please\s+)?(?:show|list|give|send|get|pull\s+up|display)\s+(?:me\s+)?|what\s+(?:are|is)\s+|what'?s\s+|any\s+|do\s+i\s+have\s+any\s+)?`;
const EN_FOLLOWUPS = String.raw`(?:follow[\s-]?ups?|to-?dos?|todo\s+list|to-do\s+list|tasks?|reminders?)`;
const EN_DEALS = String.raw`(?:(?:open\s+)?deals?|opportunit(?:y|ies))`;
const EN_TAIL = String.raw`(?:\s+(?:for\s+)?(?:today|this\s+week|please|now))*[?.!]*`;
const en = (what: string) => new RegExp(`^${EN_ASK}(?:all\\s+)?(?:of\\s+)?my\\s+${what}${EN_TAIL}$`, "iu");

const EN_ANY = new RegExp(
  `^(?:any|do\\s+i\\s+have\\s+any)\\s+(?:(?:open|overdue|due)\\s+)?${EN_FOLLOWUPS}(?:\\s+(?:for\\s+)?(?:today|tomorrow|this\\s+week))?[?.!]*$`,
  "iu",
);
const EN_PLATE = /^(?:what'?s|what\s+is)\s+on\s+my\s+(?:plate|list|agenda)(?:\s+(?:today|this\s+week))?[?.!]*$/iu;
const EN_TODO_TODAY =
  /^what\s+(?:do\s+i\s+(?:need|have)\s+to\s+(?:do|follow\s+up(?:\s+on)?)|should\s+i\s+(?:do|follow\s+up\s+on))(?:\s+(?:today|this\s+week|next))?[?.!]*$/iu;

const ZH_ASK = "(?:请|帮我)?(?:看看|看一下|看下|查看|查一下|查下|列出|显示|给我看看?)?";
const ZH_FOLLOWUPS = new RegExp(`^${ZH_ASK}(?:我的|我)(?:跟进|待办|待办事项|任务|提醒)(?:列表|清单|事项)?(?:有哪些|有什么|呢)?[?？。.!！]*$`, "u");
// "今天的待办", "我这周的跟进", "明天的任务"
const ZH_PERIOD_FOLLOWUPS =
  /^(?:请|帮我)?(?:看看|看一下|看下|查一下|查下|列出)?我?(?:今天|今日|本周|这周|这个星期|明天|最近)的?(?:跟进|待办|待办事项|任务|提醒)(?:列表|清单|事项)?(?:有哪些|有什么|呢)?[?？。.!！]*$/u;
const ZH_TODAY = /^(?:我)?(?:今天|今日|本周|这周|明天)(?:有|还有)(?:什么|哪些|啥)(?:待办|要跟进的|要做的|跟进|任务)(?:吗|呢)?[?？。.!！]*$/u;
const ZH_DEALS = new RegExp(`^${ZH_ASK}(?:我的|我)(?:商机|单子|订单机会)(?:列表|清单)?(?:有哪些|有什么|呢)?[?？。.!！]*$`, "u");

export function detectListRequest(text: string): ListRequest | null {
  const t = text.trim();
  if (
    en(EN_FOLLOWUPS).test(t) ||
    EN_ANY.test(t) ||
    EN_PLATE.test(t) ||
    EN_TODO_TODAY.test(t) ||
    ZH_FOLLOWUPS.test(t) ||
    ZH_TODAY.test(t) ||
    ZH_PERIOD_FOLLOWUPS.test(t)
  )
    return "followups";
  if (en(EN_DEALS).test(t) || ZH_DEALS.test(t)) return "deals";
  return null;
}
