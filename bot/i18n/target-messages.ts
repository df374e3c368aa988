import { msg } from "./msg.js";

/** Sales targets and attainment. */
export const TargetM = {
  set: msg<[string, string, string]>(
    (who, period, amount) => `🎯 已设置 ${who} ${period} 的目标：${amount}`,
    (who, period, amount) => `🎯 Target for ${who}, ${period}: ${amount}`,
  ),
  title: msg<[string]>(
    (periods) => `目标完成情况 · ${periods}`,
    (periods) => `Targets · ${periods}`,
  ),
  line: msg<[string, string, string, string, number, string]>(
    (who, period, won, target, pct, weighted) => `${who} · ${period}：已赢 ${won} / 目标 ${target}（${pct}%）· 加权在途 ${weighted}`,
    (who, period, won, target, pct, weighted) => `${who} · ${period}: won ${won} of ${target} (${pct}%) · weighted pipeline ${weighted}`,
  ),
  pace: msg<[string, number]>(
    (need, days) => `还差 ${need}，剩 ${days} 天`,
    (need, days) => `need ${need} in ${days} day${days === 1 ? "" : "s"}`,
  ),
  reached: msg(
    () => "✅ 已完成",
    () => "✅ reached",
  ),
  ended: msg<[string]>(
    (short) => `期末差 ${short}`,
    (short) => `ended ${short} short`,
  ),
  other: msg<[string]>(
    (list) => `（${list} 的金额未计入：没有汇率，管理员可用「汇率 设置」添加）`,
    (list) => `(${list} amounts not counted: no exchange rate; an admin can add one with "rate set")`,
  ),
  none: msg<[string]>(
    (periods) => `${periods} 还没有你能看到的目标。设置：目标 设置 <姓名|团队> <期间> <金额>（经理）`,
    (periods) => `No targets you may see for ${periods}. Set one: target set <name|team> <period> <amount> (managers)`,
  ),
  badPeriod: msg<[string]>(
    (text) => `读不出期间「${text}」，例如：2026-Q1、2026-11、本月、本季度、今年`,
    (text) => `Could not read the period “${text}”, e.g. 2026-Q1, 2026-11, this month, this quarter, this year`,
  ),
  badAmount: msg<[string]>(
    (text) => `读不出金额「${text}」，例如：300万、3m、¥500,000`,
    (text) => `Could not read the amount “${text}”, e.g. 3m, 300万, $500,000`,
  ),
};
