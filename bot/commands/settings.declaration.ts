import type { CommandDeclaration } from "./declaration.js";

export const languageDeclaration: CommandDeclaration = {
  words: { en: ["lang", "language"], zh: ["语言"] },
  role: "everyone",
  forms: [{ synopsis: { en: "lang zh|en", zh: "语言 中文|English" }, summary: { en: "your language", zh: "你的语言" } }],
};

export const timezoneDeclaration: CommandDeclaration = {
  words: { en: ["tz", "timezone"], zh: ["时区"] },
  role: "everyone",
  forms: [
    {
      // The zone's form is easier shown than named, and a usage reply has no room for an example.
      synopsis: { en: "tz <IANA zone, e.g. America/New_York>", zh: "时区 <IANA 时区，如 Asia/Shanghai>" },
      summary: { en: "your timezone", zh: "你的时区" },
    },
  ],
};
