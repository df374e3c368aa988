import type { CommandDeclaration } from "./declaration.js";

export const logDeclaration: CommandDeclaration = {
  words: { en: ["log"], zh: ["记录", "记"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "log <sentence>", zh: "记录 <一句话>" },
      summary: { en: "log a call/meeting/visit/email/note (a plain sentence works too)", zh: "记录电话/会面/拜访/邮件/备注（直接说一句话也行）" },
    },
  ],
};
