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
  followUpTitle: msg<[string, string]>(
    (company, summary) => `跟进${company}：${summary}`,
    (company, summary) => `Follow up with ${company}: ${summary}`,
  ),
};
