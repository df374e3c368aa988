import type { Locale } from "../types.js";

type Words = Record<Locale, string>;

/** Column names as a reader says them; money, dates and ids get their own formatting (audit-format.ts). */
export const FIELD_LABELS: Record<string, Words> = {
  amountMinor: { zh: "金额", en: "amount" },
  totalMinor: { zh: "总额", en: "total" },
  currency: { zh: "币种", en: "currency" },
  stageId: { zh: "阶段", en: "stage" },
  fromStageId: { zh: "原阶段", en: "from stage" },
  toStageId: { zh: "新阶段", en: "to stage" },
  ownerId: { zh: "负责人", en: "owner" },
  actorId: { zh: "操作人", en: "by" },
  assigneeId: { zh: "处理人", en: "assignee" },
  teamId: { zh: "团队", en: "team" },
  companyId: { zh: "客户", en: "company" },
  contactId: { zh: "联系人", en: "contact" },
  dealId: { zh: "商机", en: "deal" },
  number: { zh: "编号", en: "number" },
  title: { zh: "名称", en: "title" },
  name: { zh: "名称", en: "name" },
  kind: { zh: "类型", en: "type" },
  summary: { zh: "内容", en: "summary" },
  occurredAt: { zh: "时间", en: "when" },
  dueAt: { zh: "到期", en: "due" },
  done: { zh: "已完成", en: "done" },
  doneAt: { zh: "完成时间", en: "done at" },
  snoozedUntil: { zh: "推迟到", en: "snoozed until" },
  expectedCloseAt: { zh: "预计成交", en: "expected close" },
  closedAt: { zh: "关闭时间", en: "closed at" },
  endsAt: { zh: "到期日", en: "ends" },
  atRisk: { zh: "有风险", en: "at risk" },
  tier: { zh: "等级", en: "tier" },
  phone: { zh: "电话", en: "phone" },
  email: { zh: "邮箱", en: "email" },
  wechatId: { zh: "微信", en: "WeChat" },
  role: { zh: "角色", en: "role" },
  locale: { zh: "语言", en: "language" },
  timezone: { zh: "时区", en: "time zone" },
  status: { zh: "状态", en: "status" },
  priority: { zh: "优先级", en: "priority" },
  channel: { zh: "渠道", en: "channel" },
  enabled: { zh: "启用", en: "enabled" },
  erasedAt: { zh: "删除时间", en: "erased at" },
  industry: { zh: "行业", en: "industry" },
  website: { zh: "网站", en: "website" },
};

/** What happened, by audit action; "*.undo" rows read "undone". Unknown actions show their id. */
export const ACTION_LABELS: Record<string, Words> = {
  "deal.create": { zh: "新建商机", en: "created the deal" },
  "deal.update": { zh: "修改商机", en: "changed the deal" },
  "deal.move": { zh: "变更阶段", en: "moved the stage" },
  "contract.create": { zh: "生成合同", en: "opened the contract" },
  "contract.update": { zh: "更新合同金额", en: "updated the contract amount" },
  "contract.delete": { zh: "撤销合同", en: "withdrew the contract" },
  "contract.plan": { zh: "设置回款计划", en: "set the payment plan" },
  "contract.payment": { zh: "登记回款", en: "recorded a payment" },
  "contract.payment.undo": { zh: "撤销回款", en: "took a payment back" },
  "contract.plan.undo": { zh: "恢复回款计划", en: "put the payment plan back" },
  "company.create": { zh: "新建客户", en: "created the company" },
  "company.transfer": { zh: "转移客户", en: "transferred the company" },
  "company.health": { zh: "更新健康度", en: "updated health" },
  "contact.create": { zh: "新建联系人", en: "created the contact" },
  "contact.update": { zh: "修改联系人", en: "changed the contact" },
  "contact.erase": { zh: "删除个人数据", en: "erased personal data" },
  "contact.export": { zh: "导出个人数据", en: "exported personal data" },
  "activity.log": { zh: "记录活动", en: "logged an activity" },
  "activity.rekind": { zh: "更正活动类型", en: "corrected an activity's kind" },
  "followup.schedule": { zh: "设置跟进", en: "scheduled a follow-up" },
  "followup.complete": { zh: "完成跟进", en: "completed the follow-up" },
  "followup.snooze": { zh: "推迟跟进", en: "snoozed the follow-up" },
  "deal.reassign": { zh: "转交了商机", en: "handed over the deal" },
  "followup.reschedule": { zh: "改了跟进时间", en: "moved the follow-up" },
  "followup.retitle": { zh: "改了跟进内容", en: "reworded the follow-up" },
  "followup.reassign": { zh: "转交了跟进", en: "handed over the follow-up" },
  "user.update": { zh: "修改用户", en: "changed the user" },
  "ticket.raise": { zh: "新建工单", en: "raised a ticket" },
  "ticket.priority": { zh: "改了工单优先级", en: "changed the ticket's priority" },
  "ticket.assign": { zh: "转交了工单", en: "reassigned the ticket" },
  "quote.create": { zh: "新建报价", en: "created a quote" },
  "turn.undo": { zh: "撤销", en: "undo" },
};

export const ROLE_LABELS: Record<string, Words> = {
  rep: { zh: "销售", en: "rep" },
  manager: { zh: "经理", en: "manager" },
  admin: { zh: "管理员", en: "admin" },
};

/** Words for any action: the table, "撤销" for "*.undo", else the words of its id ("deal.mark-lost" → "deal mark lost"). */
export function actionLabel(action: string, locale: Locale): string {
  const known = ACTION_LABELS[action]?.[locale];
  if (known) return known;
  if (action.endsWith(".undo")) return locale === "zh" ? "撤销" : "undone";
  return action.replace(/[.-]/g, " ");
}

/** "snoozedUntil" → "snoozed until" for a column without a label. */
export function fieldLabel(field: string, locale: Locale): string {
  return FIELD_LABELS[field]?.[locale] ?? field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
