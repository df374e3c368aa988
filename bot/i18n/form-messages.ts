import type { Locale } from "../types.js";

import { msg } from "./msg.js";

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
  editDealTitle: { zh: "编辑商机", en: "Edit deal" },
  editCompanyTitle: { zh: "编辑客户", en: "Edit customer" },
  editContactTitle: { zh: "编辑联系人", en: "Edit contact" },
  notABirthday: { zh: "生日格式不对，例如 1980-05-12 或 5月12日", en: "Not a birthday, e.g. 1980-05-12 or May 12" },
  edit: { zh: "编辑", en: "Edit" },
  dealTitle: { zh: "名称", en: "Title" },
  notADate: { zh: "日期格式不对，例如 2026-12-20", en: "Not a date, e.g. 2026-12-20" },
  notAPhone: {
    zh: "电话号码不对，要 7 到 15 位数字，例如 13800138000 或 +1 (415) 555-0100",
    en: "Not a phone number: 7 to 15 digits, e.g. 13800138000 or +1 (415) 555-0100",
  },
  notAnEmail: { zh: "邮箱格式不对，例如 name@company.com", en: "Not an email address, e.g. name@company.com" },
  notAPercent: { zh: "请写 0 到 100 的数字，例如 70", en: "A number from 0 to 100, e.g. 70" },
} as const satisfies Record<string, Text>;

/** Form replies with parameters. */
export const FormReplyM = {
  nothingChanged: msg<[number]>(
    (n) => `商机 #${n} 没有改动。`,
    (n) => `Nothing changed on deal #${n}.`,
  ),
  dealUpdated: msg<[number, string]>(
    (n, fields) => `✏️ 商机 #${n} 已更新：${fields}`,
    (n, fields) => `✏️ Deal #${n} updated: ${fields}`,
  ),
  nothingChangedOn: msg<[string]>(
    (name) => `${name} 没有改动。`,
    (name) => `Nothing changed on ${name}.`,
  ),
  companyUpdated: msg<[string, string]>(
    (name, fields) => `✏️ 客户 ${name} 已更新：${fields}`,
    (name, fields) => `✏️ ${name} updated: ${fields}`,
  ),
  companyChangedMeanwhile: msg<[string]>(
    (name) => `⚠️ 你打开表单后，客户 ${name} 已被修改，所以这次没有保存。改动如下（请看最新内容后再改）：`,
    (name) => `⚠️ ${name} was changed after you opened the form, so nothing was saved. What changed (look at it now, then edit again):`,
  ),
  contactUpdated: msg<[string, string]>(
    (name, fields) => `✏️ 联系人 ${name} 已更新：${fields}`,
    (name, fields) => `✏️ ${name} updated: ${fields}`,
  ),
  contactChangedMeanwhile: msg<[string]>(
    (name) => `⚠️ 你打开表单后，联系人 ${name} 已被修改，所以这次没有保存。改动如下：`,
    (name) => `⚠️ ${name} was changed after you opened the form, so nothing was saved. What changed:`,
  ),
  changedMeanwhile: msg<[number]>(
    (n) => `⚠️ 你打开表单后，商机 #${n} 已被修改，所以这次没有保存。改动如下（请看最新内容后再改）：`,
    (n) => `⚠️ Deal #${n} was changed after you opened the form, so nothing was saved. What changed (look at it now, then edit again):`,
  ),
};

/** The guided edit on channels without modals: one field at a time. */
export const GuidedM = {
  pickField: msg<[string]>(
    (second) => `点要改的项，或直接回复序号或名称和新值，例如「2 新值」「${second} 新值」。回复「取消」结束。`,
    (second) =>
      `Press what to change, or reply with its number or name and the new value, e.g. \`2 <new value>\` or \`${second} <new value>\`. Reply \`cancel\` to stop.`,
  ),
  askValue: msg<[string, string, string, boolean]>(
    (field, record, now, clearable) => `${record}：请回复新的${field}（现在：${now}）。${clearable ? "回复「-」清空，" : ""}回复「取消」不改。`,
    (field, record, now, clearable) =>
      `${record}: reply with the new ${field} (now: ${now}).${clearable ? " `-` clears it;" : ""} \`cancel\` leaves it as it is.`,
  ),
  now: msg<[string]>(
    (now) => `现在：${now}`,
    (now) => `Now: ${now}`,
  ),
  tryAgain: msg<[string, string]>(
    (field, why) => `${field}没有保存：${why}。请再回复一次，或回复「取消」。`,
    (field, why) => `${field} not saved: ${why}. Reply again, or \`cancel\`.`,
  ),
  oneOf: msg<[string]>(
    (options) => `请选 ${options}`,
    (options) => `one of ${options}`,
  ),
};
