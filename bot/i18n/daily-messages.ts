import { msg } from "./msg.js";

/** The rep's daily report (销售日报). */
export const DailyM = {
  confirmed: msg(
    () => "✅ 日报已确认，会在晚上发给经理。",
    () => "✅ Report confirmed; your manager gets it this evening.",
  ),
  askNote: msg(
    () => "请发送要补充的说明（一条消息），发送后日报即确认。",
    () => "Send the note to add (one message); it confirms the report.",
  ),
  noted: msg(
    () => "✅ 说明已加上，日报已确认。",
    () => "✅ Note added; report confirmed.",
  ),
  teamTitle: msg<[string, string]>(
    (team, day) => `📝 ${team} 销售日报 · ${day}`,
    (team, day) => `📝 ${team} daily reports · ${day}`,
  ),
};
