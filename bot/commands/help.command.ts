import { HELP } from "../i18n/help.js";
import type { Command } from "./command.js";

export const helpCommand: Command = {
  names: ["help", "?", "帮助", "菜单", "怎么用"],
  usage: { zh: "帮助", en: "help" },
  async run(ctx) {
    return [{ text: HELP[ctx.locale] }];
  },
};
