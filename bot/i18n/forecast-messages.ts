import { msg } from "./msg.js";

/** The forecast card. */
export const ForecastM = {
  title: msg<[string, string]>(
    (period, scope) => `销售预测 · ${period} · ${scope}`,
    (period, scope) => `Forecast · ${period} · ${scope}`,
  ),
  line: msg<[string, number, string, string, string, string]>(
    (who, n, weighted, commit, best, won) => `${who} · ${n} 个商机 · 加权 ${weighted} · 确定 ${commit} · 最好 ${best} · 已赢 ${won}`,
    (who, n, weighted, commit, best, won) =>
      `${who} · ${n} deal${n === 1 ? "" : "s"} · weighted ${weighted} · commit ${commit} · best case ${best} · won ${won}`,
  ),
  total: msg(
    () => "合计",
    () => "Total",
  ),
  none: msg<[string]>(
    (period) => `${period}没有预计成交或已赢的商机。`,
    (period) => `No deals expected to close or won in ${period}.`,
  ),
  legend: msg<[number]>(
    (p) => `加权 = 金额 × 赢单概率（商机自己的，否则按阶段）；确定 = 概率 ≥ ${p}% 的商机金额；最好 = 预计在本期成交的全部金额。`,
    (p) =>
      `Weighted = amount × win probability (the deal's own, else its stage's); commit = deals at ${p}% or more; best case = every deal expected in the period.`,
  ),
  undated: msg<[number]>(
    (n) => `另有 ${n} 个进行中的商机没有预计成交日期，不在任何一期里：用“商机 <编号> 预计成交 <日期>”补上。`,
    (n) =>
      `${n} open deal${n === 1 ? " has" : "s have"} no expected close date and ${n === 1 ? "is" : "are"} in no period: set one with “deal <number> close date <date>”.`,
  ),
  scope: {
    owner: msg(
      () => "我的",
      () => "mine",
    ),
    team: msg(
      () => "团队",
      () => "team",
    ),
    all: msg(
      () => "全部",
      () => "everyone",
    ),
  },
};
