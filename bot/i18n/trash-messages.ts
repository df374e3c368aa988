import { msg } from "./msg.js";

/** Deleting records and the recycle bin. */
export const TrashM = {
  dealDeleted: msg<[string, number]>(
    (label, unlinked) => `🗑 商机 ${label} 已移到回收站${unlinked > 0 ? `（${unlinked} 条活动/跟进仍留在客户名下）` : ""}。可以撤销，或用“回收站”恢复。`,
    (label, unlinked) =>
      `🗑 Deal ${label} moved to the recycle bin${unlinked > 0 ? ` (its ${unlinked} activities/follow-ups stay with the customer)` : ""}. Undo it, or restore it from “trash”.`,
  ),
  contactDeleted: msg<[string]>(
    (label) => `🗑 联系人 ${label} 已移到回收站。可以撤销，或用“回收站”恢复。`,
    (label) => `🗑 Contact ${label} moved to the recycle bin. Undo it, or restore it from “trash”.`,
  ),
  followUpDeleted: msg<[string]>(
    (label) => `🗑 跟进「${label}」已删除（在回收站里，可撤销）。`,
    (label) => `🗑 Follow-up “${label}” deleted (in the recycle bin; undo brings it back).`,
  ),
  hasContract: msg<[number]>(
    (n) => `这个商机已签合同（合同 ${n}），不能删除；如果签错了，把它移回之前的阶段（没有回款的合同会一起撤销）。`,
    (n) =>
      `This deal has a contract (contract ${n}), so it is kept; if the win was a mistake, move it back to its earlier stage (a contract with no payment goes with it).`,
  ),
  hasQuotes: msg<[number]>(
    (n) => `这个商机有 ${n} 张报价单，不能删除；如果没谈成，请标记输单（商机 推进 <编号> 输单）。`,
    (n) => `This deal has ${n} quote${n === 1 ? "" : "s"}, so it is kept; if it fell through, mark it lost (deal move <number> lost).`,
  ),
  title: msg<[number]>(
    (n) => `回收站（${n}）`,
    (n) => `Recycle bin (${n})`,
  ),
  empty: msg(
    () => "回收站是空的。",
    () => "The recycle bin is empty.",
  ),
  kinds: {
    deal: msg(
      () => "商机",
      () => "Deal",
    ),
    contact: msg(
      () => "联系人",
      () => "Contact",
    ),
    followup: msg(
      () => "跟进",
      () => "Follow-up",
    ),
  },
  line: msg<[number, string, string, string, string]>(
    (n, kind, label, when, who) => `${n}. ${kind} ${label} · ${when} 由 ${who} 删除`,
    (n, kind, label, when, who) => `${n}. ${kind} ${label} · deleted ${when} by ${who}`,
  ),
  hint: msg(
    () => "恢复：回收站 恢复 <序号>；彻底清空（管理员）：回收站 清空 全部 | 回收站 清空 <天数>",
    () => "Restore: trash restore <n>; empty for good (admins): trash purge all | trash purge <days>",
  ),
  restored: msg<[string, string]>(
    (kind, label) => `♻️ 已恢复${kind} ${label}。`,
    (kind, label) => `♻️ ${kind} ${label} restored.`,
  ),
  renumbered: msg<[number]>(
    (n) => `（原编号已被占用，新编号 #${n}）`,
    (n) => `(its number was taken meanwhile; it is now #${n})`,
  ),
  noSuchLine: msg<[string]>(
    (n) => `回收站里没有第 ${n} 条：先发“回收站”看列表。`,
    (n) => `There is no line ${n} in the recycle bin list: send “trash” to see it first.`,
  ),
  purged: msg<[number]>(
    (n) => `🔥 已从回收站彻底删除 ${n} 条记录。`,
    (n) => `🔥 ${n} record${n === 1 ? "" : "s"} deleted for good from the recycle bin.`,
  ),
  purgeUsage: msg(
    () => "要彻底清空请写明范围：回收站 清空 全部，或 回收站 清空 30（30 天前删除的）。",
    () => "Say what to empty: trash purge all, or trash purge 30 (deleted more than 30 days ago).",
  ),
};
