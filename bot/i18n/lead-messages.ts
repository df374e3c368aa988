import { msg } from "./msg.js";

/** Leads (线索), their pool, sources and campaigns. */
export const LeadM = {
  created: msg<[number, string, string]>(
    (n, who, owner) => `已新建线索 #${n} ${who}（${owner}）。`,
    (n, who, owner) => `Lead #${n} ${who} created (${owner}).`,
  ),
  yours: msg(
    () => "归你跟进",
    () => "yours to work on",
  ),
  inPool: msg(
    () => "已放入公海，同事可领取",
    () => "in the pool for anyone on the team to claim",
  ),
  notUnderstood: msg(
    () => "没读出线索的人名和联系方式。例如：线索 新建 王总，京东，13800138000，展会上认识的",
    () => "I could not read a name and a way to reach them. For example: lead new Bob Smith from Initech, bob@initech.com, met at the trade show",
  ),
  duplicates: msg<[string]>(
    (list) => `可能已经有了（没有新建）：\n${list}\n是同一个人就加到已有线索；确实是新线索就点「仍然新建」。`,
    (list) => `This may already be here (nothing created):\n${list}\nAdd it to the lead if it is the same person; if it is a new lead, press "Create anyway".`,
  ),
  duplicateBy: msg<[string]>(
    (by) => ({ phone: "电话相同", email: "邮箱相同", company: "公司相同" })[by] ?? by,
    (by) => ({ phone: "same phone", email: "same email", company: "same company" })[by] ?? by,
  ),
  kinds: msg<[string]>(
    (kind) => ({ lead: "线索", contact: "联系人", company: "客户" })[kind] ?? kind,
    (kind) => ({ lead: "lead", contact: "contact", company: "customer" })[kind] ?? kind,
  ),
  addTo: msg<[number]>(
    (n) => `加到线索 #${n}`,
    (n) => `Add to lead #${n}`,
  ),
  merged: msg<[number]>(
    (n) => `已加到线索 #${n}：补上了它缺的信息，原文记在备注里。`,
    (n) => `Added to lead #${n}: what it lacked is filled in, the text is in its note.`,
  ),
  otherTeam: msg(
    () => "（另一个团队的记录）",
    () => "(a record of another team)",
  ),
  createAnyway: msg(
    () => "仍然新建",
    () => "Create anyway",
  ),
  expired: msg(
    () => "这个选择已过期，请重新发送线索。",
    () => "That choice has expired; please send the lead again.",
  ),
  listTitle: msg<[string, number]>(
    (scope, total) => `线索 · ${scope}（${total}）`,
    (scope, total) => `Leads · ${scope} (${total})`,
  ),
  scopeNames: msg<[string]>(
    (scope) => ({ pool: "公海", mine: "我的", team: "团队" })[scope] ?? scope,
    (scope) => ({ pool: "the pool", mine: "mine", team: "team" })[scope] ?? scope,
  ),
  none: msg<[string]>(
    (scope) => `${scope}里没有待跟进的线索。`,
    (scope) => `No open leads in ${scope}.`,
  ),
  more: msg<[number]>(
    (n) => `……还有 ${n} 条`,
    (n) => `…and ${n} more`,
  ),
  claimed: msg<[number, string]>(
    (n, who) => `线索 #${n} ${who} 已归你跟进。`,
    (n, who) => `Lead #${n} ${who} is yours now.`,
  ),
  taken: msg<[string]>(
    (n) => `线索 #${n} 已被别人领取或已关闭。`,
    (n) => `Lead #${n} was taken by someone else or is closed.`,
  ),
  cap: msg<[string]>(
    (cap) => `你手上已有 ${cap} 条待跟进的线索（上限）。先跟进、转化或退回几条再领。`,
    (cap) => `You already hold ${cap} open leads (the cap). Work on, convert or release some first.`,
  ),
  assigned: msg<[number, string]>(
    (n, who) => `线索 #${n} 已分配给 ${who}。`,
    (n, who) => `Lead #${n} assigned to ${who}.`,
  ),
  released: msg<[number]>(
    (n) => `线索 #${n} 已退回公海。`,
    (n) => `Lead #${n} is back in the pool.`,
  ),
  noted: msg<[number, number]>(
    (n, score) => `已记录到线索 #${n}（评分 ${score}）。`,
    (n, score) => `Noted on lead #${n} (score ${score}).`,
  ),
  status: msg<[number, string]>(
    (n, status) => `线索 #${n} 已标记为「${status}」。`,
    (n, status) => `Lead #${n} marked ${status}.`,
  ),
  reasonNeeded: msg(
    () => "标记无效需要写原因，例如：线索 无效 3 没有预算",
    () => "Say why it is disqualified, e.g.: lead disqualify 3 no budget",
  ),
  closed: msg<[string]>(
    (n) => `线索 #${n} 已转化或已标记无效，不能再改。`,
    (n) => `Lead #${n} is converted or disqualified; it cannot change now.`,
  ),
  changed: msg<[string]>(
    (n) => `线索 #${n} 刚被别人改过，请再试一次。`,
    (n) => `Lead #${n} was just changed by someone else; please try again.`,
  ),
  converted: msg<[number, string, boolean, string, boolean, number]>(
    (n, company, companyExisted, contact, contactExisted, deal) =>
      `线索 #${n} 已转化：客户 ${company}${companyExisted ? "（已有）" : "（新建）"}，联系人 ${contact}${contactExisted ? "（已有）" : "（新建）"}，商机 #${deal}。`,
    (n, company, companyExisted, contact, contactExisted, deal) =>
      `Lead #${n} converted: customer ${company}${companyExisted ? " (existing)" : " (new)"}, contact ${contact}${contactExisted ? " (existing)" : " (new)"}, deal #${deal}.`,
  ),
  sourceCreated: msg<[string, string]>(
    (name, token) =>
      `已创建线索来源「${name}」。令牌只显示这一次，请保存到表单或广告平台：\n${token}\n提交方式：POST /api/leads，请求头 Authorization: Bearer <令牌>`,
    (name, token) =>
      `Lead source "${name}" created. The token is shown this once; put it in the form or ad platform:\n${token}\nPost to /api/leads with the header Authorization: Bearer <token>`,
  ),
  sources: msg<[string]>(
    (list) => `线索来源：\n${list}`,
    (list) => `Lead sources:\n${list}`,
  ),
  noSources: msg(
    () => "还没有线索来源。管理员可用：线索 来源 新建 <名称> [团队]",
    () => "No lead sources yet. Admins: lead source new <name> [team]",
  ),
  sourceSwitched: msg<[string, boolean]>(
    (name, on) => `线索来源「${name}」已${on ? "启用" : "停用"}。`,
    (name, on) => `Lead source "${name}" ${on ? "enabled" : "disabled"}.`,
  ),
  noCompany: msg<[string]>(
    (n) => `线索 #${n} 还没有公司，转化前先补上：线索 ${n} 公司 <名称>（个人客户就写他的名字）。`,
    (n) => `Lead #${n} has no company yet. Add it first: lead ${n} company <name> (for a private buyer, their own name).`,
  ),
  noPool: msg<[string]>(
    (n) => `你不在任何团队，线索 #${n} 没有公海可退，仍由你跟进。`,
    (n) => `You are in no team, so lead #${n} has no pool to go back to; it stays yours.`,
  ),
  fieldNames: msg<[string]>(
    (f) => ({ name: "姓名", companyName: "公司", title: "职位", phone: "手机", email: "邮箱", wechatId: "微信", region: "地区", industry: "行业" })[f] ?? f,
    (f) =>
      ({ name: "name", companyName: "company", title: "title", phone: "phone", email: "email", wechatId: "WeChat", region: "region", industry: "industry" })[
        f
      ] ?? f,
  ),
  edited: msg<[number, string, string, string]>(
    (n, field, before, after) => `线索 #${n} 的${field}：${before || "（空）"} → ${after || "（空）"}`,
    (n, field, before, after) => `Lead #${n} ${field}: ${before || "(empty)"} → ${after || "(empty)"}`,
  ),
  badValue: msg<[string, string]>(
    (field, value) => `「${value}」不是有效的${field}，没有修改。`,
    (field, value) => `"${value}" is not a valid ${field}; nothing was changed.`,
  ),
};
