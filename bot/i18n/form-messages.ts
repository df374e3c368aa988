import type { Locale } from "../types.js";

type Text = Record<Locale, string>;

/** Labels and answers of the forms (modals) and the home view. */
export const F = {
  logCallTitle: { zh: "记录通话", en: "Log call" },
  newDealTitle: { zh: "新建商机", en: "New deal" },
  submit: { zh: "提交", en: "Submit" },
  cancel: { zh: "取消", en: "Cancel" },
  company: { zh: "客户", en: "Company" },
  companyHintOptional: { zh: "不填则从内容里识别", en: "Leave empty to find it in the notes" },
  summary: { zh: "内容", en: "What happened" },
  summaryPlaceholder: { zh: "跟张总通了电话，下周二给报价，预算20万", en: "Called Acme, they want a quote next Tuesday, budget 200k" },
  amount: { zh: "金额", en: "Amount" },
  amountPlaceholder: { zh: "20万 / 200k / $1.5m", en: "200k / $1.5m / 20万" },
  stage: { zh: "阶段", en: "Stage" },
  required: { zh: "必填", en: "Required" },
  tooLong: { zh: "太长了", en: "Too long" },
  notAnAmount: { zh: "看不懂这个金额，例如 20万、200k", en: "Not an amount, e.g. 200k or $1.5m" },
  unknownForm: { zh: "这个表单已不存在。", en: "That form no longer exists." },
  homeTitle: { zh: "我的 CRM", en: "My CRM" },
  myOpenDeals: { zh: "我的进行中商机", en: "My open deals" },
  dueFollowUps: { zh: "待办跟进", en: "Follow-ups" },
  noOpenDeals: { zh: "暂无进行中的商机。", en: "No open deals." },
  noFollowUps: { zh: "没有待办跟进。", en: "No open follow-ups." },
  myPipeline: { zh: "我的漏斗", en: "My pipeline" },
  refresh: { zh: "刷新", en: "Refresh" },
} as const satisfies Record<string, Text>;
