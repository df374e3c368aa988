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
};
