import { msg } from "./msg.js";

/** Replies to the admins' pipeline-stage commands. */
export const StageM = {
  noOpenDealToMove: msg<[string, string]>(
    (company, stage) => `${company}没有进行中的商机。要新建一个（阶段：${stage}）吗？`,
    (company, stage) => `${company} has no open deal. Open one at ${stage}?`,
  ),
  openDealAt: msg<[string]>(
    (stage) => `新建商机（${stage}）`,
    (stage) => `Open a deal at ${stage}`,
  ),
  listTitle: msg(
    () => "销售阶段",
    () => "Pipeline stages",
  ),
  line: msg<[number, string, string, number, number, boolean]>(
    (n, zh, en, probability, deals, archived) => `${n}. ${zh} / ${en} · ${probability}% · ${deals} 个商机${archived ? " ·（已归档）" : ""}`,
    (n, zh, en, probability, deals, archived) =>
      `${n}. ${en} / ${zh} · ${probability}% · ${deals} deal${deals === 1 ? "" : "s"}${archived ? " · (archived)" : ""}`,
  ),
  added: msg<[string, number]>(
    (name, position) => `➕ 已新增阶段「${name}」，排第 ${position} 位。`,
    (name, position) => `➕ Stage “${name}” added, at position ${position}.`,
  ),
  renamed: msg<[string, string]>(
    (zh, en) => `✏️ 阶段已改名：${zh} / ${en}`,
    (zh, en) => `✏️ Stage renamed: ${en} / ${zh}`,
  ),
  probabilitySet: msg<[string, number]>(
    (name, p) => `🎯 阶段「${name}」的赢单概率设为 ${p}%。`,
    (name, p) => `🎯 Win probability of “${name}” set to ${p}%.`,
  ),
  reordered: msg(
    () => "↕️ 阶段顺序已调整：",
    () => "↕️ Stage order changed:",
  ),
  archived: msg<[string]>(
    (name) => `🗄 阶段「${name}」已归档，不再出现在漏斗中（“阶段 恢复 ${name}” 可恢复）。`,
    (name) => `🗄 Stage “${name}” archived: it no longer shows in the pipeline (“stage restore ${name}” brings it back).`,
  ),
  restored: msg<[string]>(
    (name) => `♻️ 阶段「${name}」已恢复。`,
    (name) => `♻️ Stage “${name}” restored.`,
  ),
  inUse: msg<[string, number]>(
    (name, n) => `阶段「${name}」里还有 ${n} 个进行中的商机，请先把它们推进到其他阶段（商机 推进 <编号> <阶段>），再归档。`,
    (name, n) =>
      `Stage “${name}” still holds ${n} open deal${n === 1 ? "" : "s"}; move ${n === 1 ? "it" : "them"} to another stage first (deal move <number> <stage>), then archive.`,
  ),
  closedStage: msg<[string]>(
    (name) => `「${name}」是成交/输单阶段，不能归档或移到进行中阶段之间；新阶段也只能放在进行中阶段之间。`,
    (name) => `“${name}” closes deals (won/lost): it cannot be archived or moved, and new stages go among the open ones.`,
  ),
  lastOpen: msg<[string]>(
    (name) => `「${name}」是唯一的进行中阶段，不能归档。`,
    (name) => `“${name}” is the only open stage left; it cannot be archived.`,
  ),
  nameTaken: msg<[string, string]>(
    (name, stage) => `名称「${name}」已被阶段「${stage}」使用，请换一个。`,
    (name, stage) => `The name “${name}” is already used by the stage “${stage}”; pick another.`,
  ),
  badProbability: msg<[string]>(
    (text) => `赢单概率要写 0 到 100 之间的百分数，例如：阶段 概率 方案报价 50%（收到的是「${text}」）。`,
    (text) => `The win probability is a percentage from 0 to 100, e.g. stage probability proposal 50% (got “${text}”).`,
  ),
};
