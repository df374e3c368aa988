import type { Locale } from "./format.js";

const LABELS = {
  company: { zh: "客户", en: "Company" },
  amount: { zh: "金额", en: "Amount" },
  stage: { zh: "阶段", en: "Stage" },
  owner: { zh: "负责人", en: "Owner" },
  expectedClose: { zh: "预计成交", en: "Expected close" },
  contractEnds: { zh: "合同到期", en: "Contract ends" },
  lastActivity: { zh: "最近跟进", en: "Last activity" },
  atRisk: { zh: "⚠️ 有风险", en: "⚠️ At risk" },
  recentActivities: { zh: "最近活动", en: "Recent activities" },
  openFollowUps: { zh: "待办跟进", en: "Open follow-ups" },
  openTickets: { zh: "未结工单", en: "Open tickets" },
  deals: { zh: "商机", en: "Deals" },
  contacts: { zh: "联系人", en: "Contacts" },
  industry: { zh: "行业", en: "Industry" },
  region: { zh: "地区", en: "Region" },
  tier: { zh: "等级", en: "Tier" },
  none: { zh: "无", en: "None" },
  pipeline: { zh: "销售漏斗", en: "Pipeline" },
  openTotal: { zh: "进行中合计", en: "Open total" },
  moveTo: { zh: "推进到", en: "Move to" },
  markWon: { zh: "赢单", en: "Mark won" },
  markLost: { zh: "输单", en: "Mark lost" },
  reopen: { zh: "重新打开", en: "Reopen" },
  showDeal: { zh: "查看商机", en: "Open deal" },
  done: { zh: "完成", en: "Done" },
  cancel: { zh: "都不是", en: "None of these" },
  due: { zh: "截止", en: "Due" },
  overdue: { zh: "已逾期", en: "overdue" },
  deal: { zh: "商机", en: "Deal" },
  followUp: { zh: "跟进", en: "Follow-up" },
  ticket: { zh: "工单", en: "Ticket" },
  priority: { zh: "优先级", en: "Priority" },
  slaDue: { zh: "响应时限", en: "SLA due" },
} as const satisfies Record<string, Record<Locale, string>>;

export type LabelKey = keyof typeof LABELS;

export function label(key: LabelKey, locale: Locale): string {
  return LABELS[key][locale];
}

export function stageName(stage: { nameZh: string; nameEn: string }, locale: Locale): string {
  return locale === "zh" ? stage.nameZh : stage.nameEn;
}
