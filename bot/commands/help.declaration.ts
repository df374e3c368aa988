import type { CommandDeclaration } from "./declaration.js";

export const helpDeclaration: CommandDeclaration = {
  words: { en: ["help", "?"], zh: ["帮助", "菜单", "怎么用"] },
  role: "everyone",
  forms: [{ synopsis: { en: "help", zh: "帮助" }, summary: { en: "this list of commands", zh: "命令列表（就是这个）" } }],
};
