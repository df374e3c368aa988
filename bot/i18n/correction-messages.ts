import { msg } from "./msg.js";

/** Replies to "不对，是下周三" / "sorry, I meant 250k" after a logged sentence. */
export const CorrectionM = {
  corrected: msg(
    () => "✏️ 已更正刚才的记录：",
    () => "✏️ Corrected what you just logged:",
  ),
  followUpAdded: msg<[string]>(
    (when) => `⏰ 跟进提醒：${when}`,
    (when) => `⏰ Follow-up set for ${when}`,
  ),
  kindChanged: msg<[string, string]>(
    (from, to) => `活动类型：${from} → ${to}`,
    (from, to) => `Activity: ${from} → ${to}`,
  ),
  kindAlready: msg<[string]>(
    (kind) => `刚才记录的已经是${kind}。`,
    (kind) => `What you just logged is already ${kind}.`,
  ),
  movedTo: msg<[string]>(
    (name) => `✏️ 已改记到${name}（刚才那条已撤销）：`,
    (name) => `✏️ Moved to ${name} (what you just logged was undone):`,
  ),
  nothingToFix: msg<[string]>(
    (company) => `没有可更正的日期、金额或类型，什么都没改。把这句补记为${company}的备注吗？`,
    (company) => `Nothing changed: no date, amount or kind to fix. Add this as a note on ${company}?`,
  ),
  addAsNote: msg(
    () => "补记为备注",
    () => "Add as a note",
  ),
  followUpTitle: msg<[string, string]>(
    (company, summary) => `跟进${company}：${summary}`,
    (company, summary) => `Follow up with ${company}: ${summary}`,
  ),
};
