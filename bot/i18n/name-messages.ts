import type { Locale } from "../types.js";

/** Answer to a name that has nothing visible left once invisible characters are removed. */
export const emptyNameMessage: Record<Locale, (field: string) => string> = {
  zh: (field) => `${field}不能为空：去掉看不见的字符（零宽字符、方向控制符等）后什么也没有剩下。请用看得见的文字重新输入。`,
  en: (field) => `The ${field} is empty once invisible characters (zero-width, direction controls) are removed. Please type it with visible characters.`,
};
