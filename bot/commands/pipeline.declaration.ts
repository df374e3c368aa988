import type { CommandDeclaration } from "./declaration.js";

export const pipelineDeclaration: CommandDeclaration = {
  words: { en: ["pipeline", "funnel"], zh: ["漏斗", "销售漏斗", "管道"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "pipeline [mine|team|all]", zh: "漏斗 [我的|团队|全部]" },
      summary: { en: "count and amount of deals per stage", zh: "各阶段的商机数和金额" },
    },
  ],
};
