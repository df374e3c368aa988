import { msg } from "./msg.js";

/** The sales report card (analytics and leaderboard). */
export const ReportM = {
  title: msg<[string, string]>(
    (period, scope) => `销售报表 · ${period} · ${scope}`,
    (period, scope) => `Sales report · ${period} · ${scope}`,
  ),
  summary: msg<[number, number, string, string, string]>(
    (won, lost, rate, avg, cycle) => `赢单 ${won} · 输单 ${lost} · 赢率 ${rate} · 平均赢单金额 ${avg} · 平均成交周期 ${cycle}`,
    (won, lost, rate, avg, cycle) => `Won ${won} · lost ${lost} · win rate ${rate} · average won deal ${avg} · sales cycle ${cycle}`,
  ),
  days: msg<[number]>(
    (n) => `${n} 天`,
    (n) => `${n} days`,
  ),
  funnel: msg(
    () => "本期新商机的漏斗（到达该阶段或更后的数量 · 转化率）",
    () => "Funnel of the period's new deals (reached the stage or a later one · conversion)",
  ),
  activities: msg(
    () => "活动",
    () => "Activities",
  ),
  leaderboard: msg(
    () => "排行榜（赢单 · 金额 · 新商机 · 活动）",
    () => "Leaderboard (won · amount · new deals · activities)",
  ),
  rep: msg<[number, string, number, string, number, number]>(
    (rank, name, won, amount, opened, acts) => `${rank}. ${name} · 赢单 ${won} · ${amount} · 新商机 ${opened} · 活动 ${acts}`,
    (rank, name, won, amount, opened, acts) => `${rank}. ${name} · won ${won} · ${amount} · new deals ${opened} · activities ${acts}`,
  ),
  none: msg<[string]>(
    (period) => `${period}没有商机或活动。`,
    (period) => `No deals or activities in ${period}.`,
  ),
};
