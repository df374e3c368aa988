import { msg } from "./msg.js";

/** Sentences of undo and of deal changes made from a logged sentence. */
export const U = {
  undoButton: msg(
    () => "撤销",
    () => "Undo",
  ),
  nothingToUndo: msg(
    () => "没有可以撤销的改动（你最近的改动已经撤销过，或者你还没有做过改动）。",
    () => "Nothing to undo (your last change was already undone, or you have made no change yet).",
  ),
  alreadyUndone: msg(
    () => "这次改动已经撤销过了。",
    () => "That change was already undone.",
  ),
  notYours: msg(
    () => "只能撤销你自己的改动。",
    () => "You can only undo your own changes.",
  ),
  undoneTitle: msg(
    () => "已撤销：",
    () => "Undone:",
  ),
  undeleted: msg<[string]>(
    (what) => `· 恢复了 ${what}`,
    (what) => `· restored ${what}`,
  ),
  removed: msg<[string]>(
    (what) => `· 删除了 ${what}`,
    (what) => `· removed ${what}`,
  ),
  restored: msg<[string, string, string]>(
    (what, from, to) => `· ${what}：${from} → ${to}`,
    (what, from, to) => `· ${what}: ${from} → ${to}`,
  ),
  keptChanged: msg<[string]>(
    (what) => `· 未撤销 ${what}：之后已被修改`,
    (what) => `· kept ${what}: it was changed since`,
  ),
  keptInUse: msg<[string]>(
    (what) => `· 未撤销 ${what}：之后已有其他记录关联`,
    (what) => `· kept ${what}: other records now refer to it`,
  ),
  keptUnsupported: msg<[string]>(
    (what) => `· 无法撤销 ${what}`,
    (what) => `· cannot undo ${what}`,
  ),
  nothingReverted: msg(
    () => "没有改动被撤销。",
    () => "Nothing was reverted.",
  ),
  dealAmountChanged: msg<[number, string, string]>(
    (n, from, to) => `商机 #${n} 金额：${from} → ${to}`,
    (n, from, to) => `Deal #${n} amount: ${from} → ${to}`,
  ),
  notSet: msg(
    () => "未填",
    () => "not set",
  ),
  dealStageChanged: msg<[number, string, string]>(
    (n, from, to) => `商机 #${n} 阶段：${from} → ${to}`,
    (n, from, to) => `Deal #${n} stage: ${from} → ${to}`,
  ),
  undoHint: msg(
    () => "不对？点“撤销”或发送“撤销”。",
    () => "Wrong? Press Undo or type “undo”.",
  ),
  confirmDealChange: msg<[string]>(
    (change) => `这句话会修改商机：${change}。确认修改吗？`,
    (change) => `This sentence would change the deal: ${change}. Apply the change?`,
  ),
  applyChange: msg(
    () => "确认修改",
    () => "Apply change",
  ),
  whichAmount: msg<[string]>(
    (text) => `“${text}”没有单位，是多少？选一个，选好之前什么都不写。`,
    (text) => `“${text}” has no unit: how much is it? Nothing is written until you pick.`,
  ),
  keepAmount: msg(
    () => "不改金额",
    () => "Leave the amount",
  ),
  logOnly: msg(
    () => "只记录，不改商机",
    () => "Log only, keep the deal",
  ),
};
