import type { CommandDeclaration } from "./declaration.js";

export const kbDeclaration: CommandDeclaration = {
  words: { en: ["kb", "faq"], zh: ["知识库"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "kb add <question> | <answer>", zh: "知识库 添加 <问题> | <答案>" },
      summary: { en: "add an answer to the knowledge base", zh: "往知识库加一条问答" },
    },
    {
      synopsis: { en: "kb search <words>", zh: "知识库 搜索 <关键词>" },
      summary: { en: "search the knowledge base", zh: "搜索知识库" },
    },
  ],
};
