import { M } from "../i18n/messages.js";
import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { languageDeclaration, timezoneDeclaration } from "./settings.declaration.js";

const ZH = ["zh", "cn", "中文", "chinese", "汉语"];
const EN = ["en", "english", "英文", "英语"];

export const languageCommand: Command = {
  ...declared(languageDeclaration),
  async run(ctx, args) {
    const word = args[0]?.toLowerCase() ?? "";
    const locale = ZH.includes(word) ? "zh" : EN.includes(word) ? "en" : null;
    if (!locale) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    await ctx.domain.users.setPreferences(ctx.actor, { locale });
    return [{ text: M.localeChanged[locale]() }];
  },
};

export const timezoneCommand: Command = {
  ...declared(timezoneDeclaration),
  async run(ctx, args) {
    const zone = args[0];
    if (!zone) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    await ctx.domain.users.setPreferences(ctx.actor, { timezone: zone });
    return [{ text: M.timezoneChanged[ctx.locale](zone) }];
  },
};
