import { createRequire } from "node:module";
import type { Locale } from "../types.js";

// cronstrue is CommonJS; required directly so Node and the test runner see the same export shape.
const cronstrue = createRequire(import.meta.url)("cronstrue/i18n") as {
  toString(cron: string, options: { locale: string; use24HourTimeFormat: boolean }): string;
};

const WEEKDAYS: Record<Locale, string[]> = {
  zh: ["周日", "周一", "周二", "周三", "周四", "周五", "周六", "周日"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

const two = (n: string) => n.padStart(2, "0");

/**
 * A rule's cron schedule in words: "每天 08:30" / "daily at 08:30", "每周一 09:00", "每小时"; shapes
 * other than these common ones are worded by cronstrue (zh_CN / en, 24-hour clock).
 */
export function describeSchedule(cron: string, locale: Locale): string {
  const fields = cron.trim().split(/\s+/);
  if (fields.length === 5) {
    const [minute, hour, dom, month, dow] = fields as [string, string, string, string, string];
    const plain = /^\d{1,2}$/;
    const rest = dom === "*" && month === "*";
    if (plain.test(minute) && plain.test(hour) && rest) {
      const time = `${two(hour)}:${two(minute)}`;
      if (dow === "*") return locale === "zh" ? `每天 ${time}` : `daily at ${time}`;
      if (/^[0-7]$/.test(dow)) return locale === "zh" ? `每${WEEKDAYS.zh[Number(dow)]} ${time}` : `every ${WEEKDAYS.en[Number(dow)]} at ${time}`;
    }
    if (plain.test(minute) && hour === "*" && rest && dow === "*") {
      return locale === "zh" ? (minute === "0" ? "每小时" : `每小时第 ${minute} 分`) : minute === "0" ? "every hour" : `every hour at :${two(minute)}`;
    }
    const every = /^\*\/(\d{1,2})$/.exec(minute);
    if (every && hour === "*" && rest && dow === "*") return locale === "zh" ? `每 ${every[1]} 分钟` : `every ${every[1]} minutes`;
  }
  try {
    return cronstrue.toString(cron, { locale: locale === "zh" ? "zh_CN" : "en", use24HourTimeFormat: true });
  } catch {
    return cron;
  }
}
