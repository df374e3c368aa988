import type { Locale } from "../types.js";

/** Replies to editing a contact from chat. */
export const ContactEditM = {
  updated: {
    zh: (name: string, field: string, value: string) => `✏️ 联系人 ${name} 的${field}已改为：${value}`,
    en: (name: string, field: string, value: string) => `✏️ ${name}'s ${field} is now: ${value}`,
  } satisfies Record<Locale, (name: string, field: string, value: string) => string>,
  cleared: { zh: () => "（已清空）", en: () => "(cleared)" } satisfies Record<Locale, () => string>,
  field: {
    name: { zh: "姓名", en: "name" },
    title: { zh: "职位", en: "title" },
    phone: { zh: "电话", en: "phone" },
    email: { zh: "邮箱", en: "email" },
    wechatId: { zh: "微信", en: "WeChat id" },
  } satisfies Record<string, Record<Locale, string>>,
};
