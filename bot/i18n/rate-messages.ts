import { msg } from "./msg.js";

/** The exchange-rate table. */
export const RateM = {
  title: msg<[string]>(
    (base) => `汇率（本位币 ${base}）`,
    (base) => `Exchange rates (base ${base})`,
  ),
  set: msg<[string, string, string]>(
    (currency, rate, base) => `💱 已设置汇率：1 ${currency} = ${rate} ${base}`,
    (currency, rate, base) => `💱 Rate set: 1 ${currency} = ${rate} ${base}`,
  ),
  removed: msg<[string]>(
    (currency) => `已删除 ${currency} 的汇率。`,
    (currency) => `The ${currency} rate is removed.`,
  ),
  none: msg<[string]>(
    (currency) => `没有 ${currency} 的汇率。`,
    (currency) => `There is no ${currency} rate.`,
  ),
  empty: msg<[string]>(
    (base) => `还没有设置汇率（本位币 ${base}）。管理员：汇率 设置 美元 7.1`,
    (base) => `No exchange rates yet (base ${base}). An admin: rate set USD 7.1`,
  ),
  bad: msg<[string]>(
    (text) => `看不懂“${text}”：写币种和汇率，如“美元 7.1”。`,
    (text) => `Could not read “${text}”: give a currency and a rate, e.g. “USD 7.1”.`,
  ),
  converted: msg<[string, string]>(
    (base, what) => `≈ 折合 ${base}：${what}`,
    (base, what) => `≈ in ${base}: ${what}`,
  ),
  missing: msg<[string]>(
    (currencies) => `（${currencies} 没有汇率，未计入）`,
    (currencies) => ` (no rate for ${currencies}: left out)`,
  ),
};
