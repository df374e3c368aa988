import type { Locale } from "../types.js";
import { msg } from "./msg.js";

/** hosted: the customer visits us. */
type PlanKind = "meeting" | "call" | "visit" | "hosted";
const PLAN_ZH: Record<PlanKind, (company: string) => string> = {
  meeting: (c) => `与${c}的会面`,
  call: (c) => `与${c}的电话`,
  visit: (c) => `拜访${c}`,
  hosted: (c) => `${c}来访`,
};
const PLAN_EN: Record<PlanKind, string> = { meeting: "Meeting with", call: "Call with", visit: "Visit to", hosted: "Visit from" };

/** Every sentence the bot says, in both languages. */
export const M = {
  emptyText: msg(
    () => "我没有收到内容。试试：“跟华为的张总通了电话，下周二报价”，或输入“帮助”。",
    () => 'I got an empty message. Try: "called Acme, they want a quote next Tuesday", or type "help".',
  ),
  tooLong: msg<[number, number]>(
    (n, max) => `这条消息有 ${n} 个字，超过了 ${max} 字的上限，没有保存。请精简后再发。`,
    (n, max) => `That message has ${n} characters, more than the ${max} I can store. Nothing was saved — please shorten it.`,
  ),
  unknownCommand: msg<[string]>(
    (cmd) => `不认识“${cmd}”的用法。输入“帮助”查看命令。`,
    (cmd) => `I don't know how to use "${cmd}" like that. Type "help" for the commands.`,
  ),
  notUnderstood: msg(
    () => "没看懂这句话里的客户或事情。可以这样说：“拜访了阿里巴巴的王总，预算50万”，或输入“帮助”。",
    () => 'I could not find a customer or an action in that. Try "met Wang at Alibaba, budget 500k", or type "help".',
  ),
  notFound: msg<[string, string]>(
    (what, q) => `没有找到${what}“${q}”。`,
    (what, q) => `No ${what} found for "${q}".`,
  ),
  permissionDenied: msg(
    () => "你没有权限做这个操作（只能修改自己的记录，经理可修改本团队的记录）。",
    () => "You don't have permission for that (you can change your own records; managers their team's).",
  ),
  viewDenied: msg(
    () => "你没有权限查看这些（销售看自己的，经理看本团队的，管理员看全部）。",
    () => "You don't have permission to see that (reps see their own, managers their team's, admins everyone's).",
  ),
  invalidInput: msg<[string, string]>(
    (field, reason) => `输入有误：${field}（${reason}）。`,
    (field, reason) => `Invalid ${field}: ${reason}.`,
  ),
  dealDateSet: msg<[number, string, string]>(
    (n, field, date) => `✅ 商机 #${n}：${field} ${date}`,
    (n, field, date) => `✅ Deal #${n}: ${field} ${date}`,
  ),
  dealDateInPast: msg<[string, string]>(
    (field, text) => `${field}要填以后的日期，“${text}”已经过去了。例如：商机 12 预计成交 月底`,
    (field, text) => `${field} needs a date still to come; "${text}" is over. For example: deal 12 close date Dec 20`,
  ),
  userInactive: msg(
    () => "你的账号已停用（工作已交接），消息不会被记录。如有疑问请联系你的经理。",
    () => "Your account was deactivated (your work was handed over), so nothing you send is recorded. Please ask your manager.",
  ),
  handedOver: msg<[string, string, string]>(
    (leaver, successor, moved) => `✅ ${leaver} 已停用，工作交给 ${successor}：${moved}`,
    (leaver, successor, moved) => `✅ ${leaver} deactivated; work handed to ${successor}: ${moved}`,
  ),
  handedToYou: msg<[string, string]>(
    (leaver, moved) => `📥 ${leaver} 的工作已交接给你：${moved}`,
    (leaver, moved) => `📥 ${leaver}'s work was handed over to you: ${moved}`,
  ),
  yourWorkHandedOver: msg<[string, string]>(
    (successor, moved) => `你的工作已交接给 ${successor}：${moved}。你的账号已停用。`,
    (successor, moved) => `Your work was handed over to ${successor}: ${moved}. Your account is deactivated.`,
  ),
  conflict: msg(
    () => "这条记录刚被别人修改过，请刷新后再试。",
    () => "Someone changed this record just now. Please look at it again and retry.",
  ),
  internalError: msg(
    () => "抱歉，出了点问题，什么都没有保存。请稍后再试。",
    () => "Sorry, something went wrong and nothing was saved. Please try again.",
  ),
  whichOne: msg<[string, string]>(
    (what, q) => `“${q}”对应多个${what}，是哪一个？`,
    (what, q) => `"${q}" matches more than one ${what}. Which one?`,
  ),
  whichCompany: msg(
    () => "这是关于哪个客户的？",
    () => "Which customer is this about?",
  ),
  whichCompanyByName: msg(
    () => "这是关于哪个客户的？回复客户名称即可。",
    () => "Which customer is this about? Reply with its name.",
  ),
  unknownCompany: msg<[string]>(
    (name) => `客户列表里还没有“${name}”。要新建这个客户并记录吗？`,
    (name) => `"${name}" is not a customer yet. Create it and log this?`,
  ),
  unknownCompanyOrRecent: msg<[string, string]>(
    (name, recent) => `客户列表里还没有“${name}”。是新客户，还是刚才记录的${recent}？`,
    (name, recent) => `"${name}" is not a customer yet. A new customer, or ${recent}, which you just logged?`,
  ),
  logOnEach: msg<[number]>(
    (n) => `${n}家都记一条`,
    (n) => `Log it on all ${n}`,
  ),
  createAndLog: msg<[string]>(
    (name) => `新建“${name}”并记录`,
    (name) => `Create "${name}" and log`,
  ),
  invalidDate: msg<[string]>(
    (text) => `日期“${text}”不存在。要先记录这次沟通（不设跟进时间）吗？`,
    (text) => `The date "${text}" does not exist. Log this without a follow-up date?`,
  ),
  logWithoutFollowUp: msg(
    () => "记录，不设跟进",
    () => "Log without follow-up",
  ),
  cancelled: msg(
    () => "好的，已取消，什么都没有保存。",
    () => "OK, cancelled. Nothing was saved.",
  ),
  readAsCustomer: msg<[string, string]>(
    (typed, name) => `ℹ️ 把“${typed}”当作 ${name}；不对的话发送“撤销”。`,
    (typed, name) => `ℹ️ Read “${typed}” as ${name}; type “undo” if that is wrong.`,
  ),
  /** "None of these" on an offer made beside a write (add a contact, open a deal): what was written stays. */
  offerSkipped: msg(
    () => "好的，跳过。",
    () => "OK, skipped.",
  ),
  choiceExpired: msg(
    () => "这个选择已经失效（已处理或已过期）。请重新发送。",
    () => "That choice is no longer valid (already answered or expired). Please send it again.",
  ),
  logged: msg<[string, string]>(
    (kind, company) => `✅ 已记录${kind}：${company}`,
    (kind, company) => `✅ Logged ${kind} with ${company}`,
  ),
  planScheduled: msg<[PlanKind, string, string]>(
    (kind, company, when) => `📅 已安排${PLAN_ZH[kind](company)}：${when}`,
    (kind, company, when) => `📅 ${PLAN_EN[kind]} ${company} scheduled for ${when}`,
  ),
  planTitle: msg<[PlanKind, string]>(
    (kind, company) => PLAN_ZH[kind](company),
    (kind, company) => `${PLAN_EN[kind]} ${company}`,
  ),
  remindBefore: msg<[string]>(
    (when) => `⏰ 提醒时间：${when}`,
    (when) => `⏰ Reminder at ${when}`,
  ),
  taskSet: msg<[string, string]>(
    (company, when) => `⏰ 已记下${company}的待办：${when}（没有记录为已发生的活动）`,
    (company, when) => `⏰ To-do with ${company} set for ${when} (nothing logged as done)`,
  ),
  followUpSet: msg<[string]>(
    (when) => `⏰ 跟进提醒：${when}`,
    (when) => `⏰ Follow-up set for ${when}`,
  ),
  reminderSet: msg<[string, string, string]>(
    (when, task, company) => `⏰ 已设提醒：${when}「${task}」（${company}）。还没有记录任何跟进活动。`,
    (when, task, company) => `⏰ Reminder set for ${when}: ${task} (${company}). Nothing was logged as done.`,
  ),
  dealMoved: msg<[number, string]>(
    (n, stage) => `➡️ 商机 #${n} 已推进到「${stage}」`,
    (n, stage) => `➡️ Deal #${n} moved to ${stage}`,
  ),
  dealCreated: msg<[number, string, string]>(
    (n, title, amount) => `🆕 新商机 #${n} ${title}（${amount}）`,
    (n, title, amount) => `🆕 New deal #${n} ${title} (${amount})`,
  ),
  amountUnreadable: msg<[string]>(
    (t) => `看不懂金额“${t}”，没有保存。金额可以写成 200000、20万、1.5万、¥80万、50k 或 1,200,000 RMB。`,
    (t) => `I can't read "${t}" as an amount, so nothing was saved. Write it like 200000, 200k, 1.2m, $50,000 or 1,200,000 RMB.`,
  ),
  dealAmountSet: msg<[number, string]>(
    (n, amount) => `💰 商机 #${n} 金额更新为 ${amount}`,
    (n, amount) => `💰 Deal #${n} amount set to ${amount}`,
  ),
  dealNotYours: msg<[number, string]>(
    (n, owner) => `ℹ️ 商机 #${n} 由${owner}负责，阶段和金额未改动（可请${owner}或经理处理）。`,
    (n, owner) => `ℹ️ Deal #${n} belongs to ${owner}; its stage and amount were left as they are (ask ${owner} or a manager).`,
  ),
  amountApproximate: msg<[string, string]>(
    (said, kept) => `ℹ️ “${said}”是约数，金额按下限 ${kept} 记录；不对的话点“编辑”改。`,
    (said, kept) => `ℹ️ "${said}" is approximate; the amount is recorded as its lower end, ${kept}. Use Edit if it should be different.`,
  ),
  othersOpenDeal: msg<[string, "amount" | "stage" | "both"]>(
    (company, said) =>
      `ℹ️ ${company}已有别人负责的进行中商机，这句话里的${{ amount: "金额", stage: "阶段", both: "金额和阶段" }[said]}没有改动，也没有另建商机（可请经理处理）。`,
    (company, said) =>
      `ℹ️ ${company} already has an open deal someone else owns: the ${{ amount: "amount", stage: "stage", both: "amount and stage" }[said]} you mentioned ${said === "both" ? "were" : "was"} not applied, and no second deal was opened (ask a manager).`,
  ),
  noOpenDealToClose: msg<[string, "won" | "lost"]>(
    (company, stage) =>
      stage === "won"
        ? `ℹ️ ${company}没有进行中的商机，未新建赢单商机。带上金额再说一次即可，例如“${company}签了，合同50万”。`
        : `ℹ️ ${company}没有进行中的商机，没有可标记输单的。`,
    (company, stage) =>
      stage === "won"
        ? `ℹ️ ${company} has no open deal, so no won deal was created. Say it again with the amount, e.g. "${company} signed, 50k".`
        : `ℹ️ ${company} has no open deal, so nothing was marked lost.`,
  ),
  companyCreated: msg<[string]>(
    (name) => `🏢 已新建客户：${name}`,
    (name) => `🏢 Company created: ${name}`,
  ),
  contactCreated: msg<[string, string]>(
    (name, company) => `👤 已添加联系人 ${name}（${company}）`,
    (name, company) => `👤 Contact ${name} added to ${company}`,
  ),
  offerContact: msg<[string, string]>(
    (name, company) => `${name}还不是${company}的联系人。要添加吗？`,
    (name, company) => `${name} is not a contact at ${company} yet. Add them?`,
  ),
  addContactButton: msg<[string, string]>(
    (name, company) => `添加“${name}”为${company}的联系人`,
    (name, company) => `Add "${name}" to ${company}`,
  ),
  offerContactDetail: msg<[string, string]>(
    (what, name) => `要把 ${what} 保存到联系人 ${name} 吗？`,
    (what, name) => `Save ${what} on ${name}'s contact card?`,
  ),
  saveDetailButton: msg<["phone" | "email", string]>(
    (field, value) => `保存${field === "phone" ? "电话" : "邮箱"} ${value}`,
    (field, value) => `Save ${field} ${value}`,
  ),
  noContact: msg(
    () => "不关联联系人",
    () => "No contact",
  ),
  companyExists: msg<[string]>(
    (name) => `客户“${name}”已经存在。`,
    (name) => `Company "${name}" already exists.`,
  ),
  contactExists: msg<[string]>(
    (name) => `这个客户已有相同电话或邮箱的联系人“${name}”。`,
    (name) => `This customer already has a contact with that phone or email: "${name}".`,
  ),
  followUpDone: msg<[string]>(
    (title) => `✔️ 已完成：${title}`,
    (title) => `✔️ Done: ${title}`,
  ),
  followUpNoLongerOpen: msg<[number]>(
    (n) => `你上次看到的列表里第 ${n} 条已经完成或不再由你负责。发“跟进 列表”看最新的。`,
    (n) => `Line ${n} of the list you were shown is already done or no longer yours. Send "followup list" for the current one.`,
  ),
  noFollowUps: msg(
    () => "没有待办跟进。🎉",
    () => "No open follow-ups. 🎉",
  ),
  noDeals: msg(
    () => "没有符合条件的商机。",
    () => "No deals match.",
  ),
  ticketRaised: msg<[number, string, string]>(
    (n, title, due) => `🎫 工单 T${n} 已创建：${title}，需在 ${due} 前响应`,
    (n, title, due) => `🎫 Ticket T${n} raised: ${title}; answer due by ${due}`,
  ),
  roleChanged: msg<[string, string]>(
    (name, role) => `${name} 的角色已改为 ${role}`,
    (name, role) => `${name} is now ${role}`,
  ),
  teamChanged: msg<[string, string]>(
    (name, team) => `${name} 已加入团队 ${team}`,
    (name, team) => `${name} joined team ${team}`,
  ),
  territoryShown: msg<[string, "regions" | "industries", string[]]>(
    (name, kind, list) => `${name} 负责的${kind === "regions" ? "地区" : "行业"}：${list.length > 0 ? list.join("、") : "（未设置）"}`,
    (name, kind, list) => `${name} covers ${kind === "regions" ? "regions" : "industries"}: ${list.length > 0 ? list.join(", ") : "(none set)"}`,
  ),
  localeChanged: msg(
    () => "好的，之后用中文回复。",
    () => "OK, I will reply in English from now on.",
  ),
  timezoneChanged: msg<[string]>(
    (tz) => `时区已设为 ${tz}`,
    (tz) => `Timezone set to ${tz}`,
  ),
  usage: msg<[string]>(
    (u) => `用法：${u}`,
    (u) => `Usage: ${u}`,
  ),
} as const;

export const ENTITY_NAMES: Record<string, Record<Locale, string>> = {
  company: { zh: "客户", en: "company" },
  contact: { zh: "联系人", en: "contact" },
  deal: { zh: "商机", en: "deal" },
  followup: { zh: "跟进", en: "follow-up" },
  ticket: { zh: "工单", en: "ticket" },
  stage: { zh: "阶段", en: "stage" },
  user: { zh: "用户", en: "user" },
  activity: { zh: "活动", en: "activity" },
  quote: { zh: "报价单", en: "quote" },
  approval: { zh: "审批", en: "approval" },
  article: { zh: "知识库条目", en: "knowledge base article" },
  rule: { zh: "规则", en: "rule" },
  alert: { zh: "提醒", en: "alert" },
  team: { zh: "团队", en: "team" },
  record: { zh: "回收站记录", en: "deleted record" },
  contract: { zh: "合同", en: "contract" },
  payment: { zh: "回款", en: "payment" },
  rate: { zh: "汇率", en: "exchange rate" },
  plan: { zh: "回款计划", en: "payment plan" },
  lead: { zh: "线索", en: "lead" },
  campaign: { zh: "营销活动", en: "campaign" },
  "lead-source": { zh: "线索来源", en: "lead source" },
};

export const ACTIVITY_NAMES: Record<string, Record<Locale, string>> = {
  call: { zh: "电话", en: "a call" },
  meeting: { zh: "会面", en: "a meeting" },
  note: { zh: "备注", en: "a note" },
  email: { zh: "邮件", en: "an email" },
  visit: { zh: "拜访", en: "a visit" },
};
