import { msg } from "./msg.js";

/** Replies to renaming a deal or handing it to another owner from chat. */
export const DealEditM = {
  renamed: msg<[number, string]>(
    (n, title) => `✏️ 商机 #${n} 已改名为：${title}`,
    (n, title) => `✏️ Deal #${n} is now called: ${title}`,
  ),
  reassigned: msg<[number, string, number]>(
    (n, name, tasks) => `👤 商机 #${n} 已交给 ${name}${tasks > 0 ? `，${tasks} 条未完成跟进一并转交` : ""}。`,
    (n, name, tasks) => `👤 Deal #${n} now belongs to ${name}${tasks > 0 ? `, with its ${tasks} open follow-up${tasks === 1 ? "" : "s"}` : ""}.`,
  ),
  alreadyOwner: msg<[number, string]>(
    (n, name) => `商机 #${n} 的负责人已经是 ${name}。`,
    (n, name) => `${name} already owns deal #${n}.`,
  ),
  handedToYou: msg<[number, string, string]>(
    (n, title, by) => `📥 ${by} 把商机 #${n} ${title} 交给了你。`,
    (n, title, by) => `📥 ${by} handed deal #${n} ${title} to you.`,
  ),
  noOpenDealForAmount: msg<[string, string]>(
    (company, amount) => `${company}没有进行中的商机，金额没有改。要新建一个 ${amount} 的商机吗？`,
    (company, amount) => `${company} has no open deal, so no amount was changed. Open a deal of ${amount}?`,
  ),
  openDealOf: msg<[string]>(
    (amount) => `新建商机（${amount}）`,
    (amount) => `Open a deal of ${amount}`,
  ),
  amountSet: msg<[number, string, string]>(
    (n, from, to) => `💰 商机 #${n} 金额 ${from} → ${to}`,
    (n, from, to) => `💰 Deal #${n} amount ${from} → ${to}`,
  ),
  probabilitySet: msg<[number, number, boolean]>(
    (n, p, stage) => `🎯 商机 #${n} 赢单概率 ${p}%${stage ? "（按阶段）" : ""}`,
    (n, p, stage) => `🎯 Deal #${n} win probability ${p}%${stage ? " (from its stage)" : ""}`,
  ),
  lostReasonSet: msg<[number, string | null]>(
    (n, reason) => (reason ? `📝 商机 #${n} 输单原因：${reason}` : `📝 商机 #${n} 的输单原因已清空`),
    (n, reason) => (reason ? `📝 Deal #${n} lost reason: ${reason}` : `📝 Deal #${n} lost reason cleared`),
  ),
  badValue: msg<[string, string, string]>(
    (field, value, example) => `读不出${field}「${value}」，例如：${example}`,
    (field, value, example) => `Could not read the ${field.toLowerCase()} “${value}”, e.g. ${example}`,
  ),
};
