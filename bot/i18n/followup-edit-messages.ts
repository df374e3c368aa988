import type { FollowUpPeriod } from "../commands/followup-period.js";
import { msg } from "./msg.js";

/** Replies to editing a follow-up from chat (time, wording, owner). */
export const FollowUpEditM = {
  moved: msg<[string, string]>(
    (title, when) => `⏰ 已改到 ${when}：${title}`,
    (title, when) => `⏰ Moved to ${when}: ${title}`,
  ),
  whichToMove: msg<[string]>(
    (when) => `要把哪条跟进改到 ${when}？`,
    (when) => `Which follow-up moves to ${when}?`,
  ),
  stillOpen: msg<[string]>(
    (company) => `和${company}还有待办跟进。这次已经做完了吗？`,
    (company) => `Still open with ${company}. Did this take care of it?`,
  ),
  stillOpenCancelled: msg<[string]>(
    (company) => `和${company}还有待办跟进。取消的是其中一条吗？关掉它：`,
    (company) => `Still open with ${company}. Was the cancelled one of these? Close it:`,
  ),
  markDone: msg<[string]>(
    (title) => `完成：${title}`,
    (title) => `Done: ${title}`,
  ),
  keepBoth: msg(
    () => "都不改，新建一条跟进",
    () => "None, add a new follow-up",
  ),
  retitled: msg<[string]>(
    (title) => `✏️ 跟进内容已改为：${title}`,
    (title) => `✏️ Follow-up now reads: ${title}`,
  ),
  reassigned: msg<[string, string]>(
    (title, name) => `👤 已交给 ${name}：${title}`,
    (title, name) => `👤 Handed to ${name}: ${title}`,
  ),
  alreadyOwner: msg<[string, string]>(
    (title, name) => `这条跟进已经是 ${name} 的：${title}`,
    (title, name) => `${name} already has this follow-up: ${title}`,
  ),
  handedToYou: msg<[string, string, string]>(
    (title, due, by) => `📥 ${by} 把一条跟进交给了你：${title}（${due}）`,
    (title, due, by) => `📥 ${by} handed you a follow-up: ${title} (${due})`,
  ),
  pastTime: msg<[string]>(
    (when) => `${when} 已经过去了，跟进要改到以后的时间。`,
    (when) => `${when} has already passed; move the follow-up to a later time.`,
  ),
  badTime: msg<[string]>(
    (text) => `没看懂“${text}”是什么时间。例如：跟进 2 改到 周五下午3点`,
    (text) => `I could not read a time in "${text}". For example: followup 2 time Friday 3pm`,
  ),
  listOf: msg<[string, number]>(
    (name, n) => `${name} 的待办跟进（${n}）`,
    (name, n) => `${name}'s open follow-ups (${n})`,
  ),
  listDue: msg<[FollowUpPeriod, number]>(
    (period, n) => `${{ today: "今天到期", tomorrow: "明天前到期", week: "本周到期", overdue: "已逾期" }[period]}的跟进（${n}）`,
    (period, n) => `Follow-ups ${{ today: "due today", tomorrow: "due by tomorrow", week: "due this week", overdue: "overdue" }[period]} (${n})`,
  ),
  noneDue: msg<[FollowUpPeriod]>(
    (period) => `${{ today: "今天", tomorrow: "明天前", week: "本周", overdue: "目前" }[period]}没有${period === "overdue" ? "逾期" : "到期"}的跟进。🎉`,
    (period) => `Nothing ${{ today: "due today", tomorrow: "due by tomorrow", week: "due this week", overdue: "overdue" }[period]}. 🎉`,
  ),
  noneFor: msg<[string]>(
    (name) => `${name} 没有未完成的跟进。`,
    (name) => `${name} has no open follow-ups.`,
  ),
};
