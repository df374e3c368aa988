import { M } from "../i18n/messages.js";
import type { Command } from "./command.js";

const ZH = ["zh", "cn", "中文", "chinese", "汉语"];
const EN = ["en", "english", "英文", "英语"];

export const languageCommand: Command = {
  names: ["lang", "language", "语言"],
  usage: { zh: "语言 中文|English", en: "lang zh|en" },
  async run(ctx, args) {
    const word = args[0]?.toLowerCase() ?? "";
    const locale = ZH.includes(word) ? "zh" : EN.includes(word) ? "en" : null;
    if (!locale) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    await ctx.domain.users.setPreferences(ctx.actor, { locale });
    return [{ text: M.localeChanged[locale]() }];
  },
};

export const timezoneCommand: Command = {
  names: ["tz", "timezone", "时区"],
  usage: { zh: "时区 Asia/Shanghai", en: "tz America/New_York" },
  async run(ctx, args) {
    const zone = args[0];
    if (!zone) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    await ctx.domain.users.setPreferences(ctx.actor, { timezone: zone });
    return [{ text: M.timezoneChanged[ctx.locale](zone) }];
  },
};
