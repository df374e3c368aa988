import type { CommandDeclaration } from "./declaration.js";

export const undoDeclaration: CommandDeclaration = {
  words: { en: ["undo"], zh: ["撤销", "撤回"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "undo", zh: "撤销" },
      summary: { en: "revert your own last change", zh: "撤回你上一次的改动" },
      details: "one turn (a sentence, a command or a button), once; see below",
    },
  ],
};
