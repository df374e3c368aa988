import type { Locale } from "./format.js";

/** Words on digest and alert cards (kept apart from labels.ts so the automation stays in its own files). */
const AUTOMATION_LABELS = {
  digestTitle: { zh: "每日销售简报", en: "Daily pipeline digest" },
  weeklyTitle: { zh: "每周销售总结", en: "Weekly pipeline summary" },
  sinceYesterday: { zh: "昨日以来", en: "Since yesterday" },
  sinceLastWeek: { zh: "近 7 天", en: "Last 7 days" },
  created: { zh: "新增", en: "new" },
  advanced: { zh: "推进", en: "advanced" },
  won: { zh: "赢单", en: "won" },
  lost: { zh: "输单", en: "lost" },
  closingThisWeek: { zh: "本周预计成交", en: "Closing this week" },
  topStale: { zh: "停滞商机", en: "Stale deals" },
  overdueFollowUps: { zh: "逾期跟进", en: "Overdue follow-ups" },
  leaderboard: { zh: "本周排行（赢单 · 金额 · 新商机 · 活动）", en: "This week's leaderboard (won · amount · new deals · activities)" },
  none: { zh: "无", en: "none" },
  snoozeDigest: { zh: "明天不用发我", en: "Snooze 1 day" },
  staleTitle: { zh: "⚠️ 商机停滞", en: "⚠️ Stale deal" },
  logActivity: { zh: "记录跟进", en: "Log activity" },
  snooze3: { zh: "推迟 3 天", en: "Snooze 3 days" },
  snooze1: { zh: "推迟 1 天", en: "Snooze 1 day" },
  markLost: { zh: "输单", en: "Mark lost" },
  openDeal: { zh: "查看商机", en: "Open deal" },
  overdueTitle: { zh: "⏰ 跟进逾期", en: "⏰ Follow-up overdue" },
  dueTitle: { zh: "⏰ 跟进到期", en: "⏰ Follow-up due" },
  managerCopy: { zh: "（抄送经理）", en: " (manager copy)" },
  done: { zh: "完成", en: "Done" },
  churnTitle: { zh: "📉 客户流失风险", en: "📉 Churn risk" },
  slaTitle: { zh: "🚨 工单超时未响应", en: "🚨 Ticket SLA breached" },
  renewalTitle: { zh: "🔁 合同即将到期", en: "🔁 Renewal coming up" },
  company: { zh: "客户", en: "Company" },
  amount: { zh: "金额", en: "Amount" },
  owner: { zh: "负责人", en: "Owner" },
  lastActivity: { zh: "最近跟进", en: "Last activity" },
  due: { zh: "截止", en: "Due" },
  tier: { zh: "等级", en: "Tier" },
  healthScore: { zh: "健康分", en: "Health score" },
  silentDays: { zh: "未互动天数", en: "Days without contact" },
  recentTickets: { zh: "近期工单", en: "Recent tickets" },
  priority: { zh: "优先级", en: "Priority" },
  slaDue: { zh: "响应时限", en: "SLA due" },
  endsAt: { zh: "合同到期", en: "Contract ends" },
} as const satisfies Record<string, Record<Locale, string>>;

export function autoLabel(key: keyof typeof AUTOMATION_LABELS, locale: Locale): string {
  return AUTOMATION_LABELS[key][locale];
}
