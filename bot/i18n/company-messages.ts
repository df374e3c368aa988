import { type Msg } from "./msg.js";

/** Replies of the customer profile edits and the filtered customer list. */
export const CompanyM = {
  profileUpdated: {
    zh: (name) => `✅ 已更新客户资料：${name}`,
    en: (name) => `✅ Customer updated: ${name}`,
  } satisfies Msg<[string]>,
  listTitle: {
    zh: (n) => `客户（${n}）`,
    en: (n) => `Customers (${n})`,
  } satisfies Msg<[number]>,
  noneMatch: {
    zh: () => "没有符合条件的客户。",
    en: () => "No customers match.",
  } satisfies Msg,
};
