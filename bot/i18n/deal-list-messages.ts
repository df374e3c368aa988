import { msg } from "./msg.js";

/** The deal list's title, filter labels, paging and hints. */
export const DealListM = {
  title: msg<[number, string]>(
    (total, filters) => `商机（${total}）${filters ? ` · ${filters}` : ""}`,
    (total, filters) => `Deals (${total})${filters ? ` · ${filters}` : ""}`,
  ),
  mine: msg(
    () => "我的",
    () => "mine",
  ),
  owner: msg<[string]>(
    (name) => `负责人 ${name}`,
    (name) => `owner ${name}`,
  ),
  closing: {
    "this-week": msg(
      () => "本周成交",
      () => "closing this week",
    ),
    "next-week": msg(
      () => "下周成交",
      () => "closing next week",
    ),
    "this-month": msg(
      () => "本月成交",
      () => "closing this month",
    ),
    "next-month": msg(
      () => "下月成交",
      () => "closing next month",
    ),
  },
  minAmount: msg<[string]>(
    (amount) => `金额 ≥ ${amount}`,
    (amount) => `amount ≥ ${amount}`,
  ),
  stale: msg<[number]>(
    (days) => `${days} 天无进展`,
    (days) => `quiet ${days}+ days`,
  ),
  noneMatch: msg<[string]>(
    (filters) => `没有符合条件的商机（${filters}）。`,
    (filters) => `No deals match (${filters}).`,
  ),
  unread: msg<[string]>(
    (words) =>
      `没看懂「${words}」。可以按阶段、负责人、成交时间、金额、停滞筛选，例如：商机 列表 方案报价 我的 本月成交 10万以上 停滞 第2页；商机 列表 负责人 王芳`,
    (words) =>
      `I did not understand “${words}”. Filter by stage, owner, close date, amount or staleness, e.g. deal list proposal mine closing this month over 100k stale page 2; deal list owner Amy`,
  ),
  badAmount: msg<[string]>(
    (text) => `金额下限「${text}」读不出来，例如：商机 列表 10万以上`,
    (text) => `Could not read the amount “${text}”, e.g. deal list over 100k`,
  ),
};
