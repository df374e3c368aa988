import { msg } from "./msg.js";

/** The month-by-month trend of deals won. */
export const TrendM = {
  title: msg<[number, string]>(
    (months, scope) => `赢单趋势 · 近 ${months} 个月 · ${scope}`,
    (months, scope) => `Won deals · last ${months} months · ${scope}`,
  ),
  month: msg<[string, number, string]>(
    (month, won, amount) => `${month}：赢单 ${won} · ${amount}`,
    (month, won, amount) => `${month}: ${won} won · ${amount}`,
  ),
  none: msg<[number]>(
    (months) => `近 ${months} 个月没有赢单。`,
    (months) => `No deals won in the last ${months} months.`,
  ),
  missing: msg<[string]>(
    (list) => `（${list} 的金额没有汇率，未计入合计和图表；管理员可用「汇率 设置」添加）`,
    (list) => `(${list} amounts have no exchange rate and are left out of the totals and the chart; an admin can add one with "rate set")`,
  ),
};
