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
  status: { zh: "状态", en: "Status" },
  aliases: { zh: "别名", en: "Also known as" },
  tags: { zh: "标签", en: "Tags" },
  probability: { zh: "赢单概率", en: "Win probability" },
  contractStarts: { zh: "合同开始", en: "Contract starts" },
  lostReason: { zh: "输单原因", en: "Lost reason" },
  birthday: { zh: "生日", en: "Birthday" },
  edit: { zh: "编辑", en: "Edit" },
  none: { zh: "无", en: "None" },
  pipeline: { zh: "销售漏斗", en: "Pipeline" },
  openTotal: { zh: "进行中合计", en: "Open total" },
  moveTo: { zh: "推进到", en: "Move to" },
  markWon: { zh: "赢单", en: "Mark won" },
  markLost: { zh: "输单", en: "Mark lost" },
  reopen: { zh: "重新打开", en: "Reopen" },
  showDeal: { zh: "查看商机", en: "Open deal" },
  othersDeals: { zh: "另有商机由其他同事负责（无权查看）：", en: "Deals owned by someone else (not shown): " },
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

/** A customer's lifecycle status as people read it. */
export const COMPANY_STATUS_NAMES: Record<string, Record<Locale, string>> = {
  prospect: { zh: "潜在客户", en: "Prospect" },
  customer: { zh: "成交客户", en: "Customer" },
  "at-risk": { zh: "风险客户", en: "At risk" },
  churned: { zh: "已流失", en: "Churned" },
  lost: { zh: "已丢失", en: "Lost" },
};

/** A JSON list column ("[\"VIP\",\"重点\"]") as a comma list; "" when empty or unreadable. */
export function jsonList(json: string | undefined, locale: Locale): string {
  if (!json) return "";
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v) => typeof v === "string").join(locale === "zh" ? "、" : ", ") : "";
  } catch {
    return "";
  }
}
