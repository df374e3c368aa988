import type { Locale } from "../types.js";

/** Replies to editing a contact from chat. */
export const ContactEditM = {
  updated: {
    zh: (name: string, field: string, value: string) => `✏️ 联系人 ${name} 的${field}已改为：${value}`,
    en: (name: string, field: string, value: string) => `✏️ ${name}'s ${field} is now: ${value}`,
  } satisfies Record<Locale, (name: string, field: string, value: string) => string>,
  badBirthday: {
    zh: (text: string) => `读不出生日「${text}」，例如：联系人 张总 生日 1980-05-12（或 5月12日）`,
    en: (text: string) => `Could not read the birthday “${text}”, e.g. contact Zhang birthday 1980-05-12 (or May 12)`,
  } satisfies Record<Locale, (text: string) => string>,
  cleared: { zh: () => "（已清空）", en: () => "(cleared)" } satisfies Record<Locale, () => string>,
  field: {
    name: { zh: "姓名", en: "name" },
    title: { zh: "职位", en: "title" },
    phone: { zh: "电话", en: "phone" },
    email: { zh: "邮箱", en: "email" },
    wechatId: { zh: "微信", en: "WeChat id" },
    birthday: { zh: "生日", en: "birthday" },
    tags: { zh: "标签", en: "tags" },
  } satisfies Record<string, Record<Locale, string>>,
};
