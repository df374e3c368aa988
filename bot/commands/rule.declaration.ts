import type { CommandDeclaration } from "./declaration.js";

export const ruleDeclaration: CommandDeclaration = {
  words: { en: ["rule", "rules"], zh: ["规则"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "rule list", zh: "规则 列表" },
      summary: { en: "the automation rules, in words", zh: "自动化规则（用文字说明）" },
    },
    {
      synopsis: { en: "rule enable|disable <key>", zh: "规则 启用|停用 <key>" },
      summary: { en: "turn a rule on or off", zh: "启用或停用一条规则" },
      role: "admin",
    },
    {
      synopsis: { en: "rule set <key> <param> <value>", zh: "规则 设置 <key> <参数> <值>" },
      summary: { en: "change a rule's setting", zh: "修改规则的参数" },
      role: "admin",
    },
  ],
};
