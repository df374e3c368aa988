import type { CommandDeclaration } from "./declaration.js";

export const stageDeclaration: CommandDeclaration = {
  words: { en: ["stage", "stages"], zh: ["阶段"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "stage list", zh: "阶段 列表" },
      summary: { en: "the pipeline stages: order, names, win probability, deals in each", zh: "销售阶段：顺序、名称、赢单概率、各阶段商机数" },
      details: "archived stages are listed last",
    },
    {
      synopsis: {
        en: "stage add <English name> / <Chinese name> [probability%] [after <stage>]",
        zh: "阶段 添加 <英文名> / <中文名> [概率%] [在 <阶段> 之后]",
      },
      summary: { en: "add an open stage (by default after the last open one)", zh: "新增一个进行中阶段（默认放在最后一个进行中阶段之后）" },
      example: { en: "stage add Technical review 40% after qualified", zh: "阶段 添加 Technical review / 技术评估 40% 在 需求确认 之后" },
      role: "admin",
      details: "one name alone serves both languages; a name another stage already answers to is refused",
    },
    {
      synopsis: { en: "stage rename <stage> to <new name>", zh: "阶段 改名 <阶段> 为 <新名称>" },
      summary: {
        en: "rename a stage (a name in Chinese characters renames the Chinese name, other text the English one; `<English> / <Chinese>` both)",
        zh: "阶段改名（中文名改中文，英文名改英文；`A / 中文` 两个都改）",
      },
      example: { en: "stage rename proposal to Quote sent", zh: "阶段 改名 方案报价 为 已报价" },
      role: "admin",
    },
    {
      synopsis: { en: "stage move <stage> before|after <stage>", zh: "阶段 移动 <阶段> 到 <阶段> 之前|之后" },
      summary: { en: "reorder the open stages (won and lost stay last)", zh: "调整进行中阶段的顺序（赢单、输单始终在最后）" },
      example: { en: "stage move negotiation before proposal", zh: "阶段 移动 商务谈判 到 方案报价 之前" },
      role: "admin",
    },
    {
      synopsis: { en: "stage probability <stage> <0-100>%", zh: "阶段 概率 <阶段> <0-100>%" },
      summary: { en: "the stage's win probability (weighted pipeline)", zh: "该阶段的赢单概率（加权预测用）" },
      example: { en: "stage probability proposal 50%", zh: "阶段 概率 方案报价 50%" },
      role: "admin",
    },
    {
      synopsis: { en: "stage archive|restore <stage>", zh: "阶段 归档|恢复 <阶段>" },
      summary: { en: "hide a stage from the pipeline, or bring it back", zh: "停用一个阶段，或恢复它" },
      role: "admin",
      details:
        "refused while open deals are in it (the reply says how many: move them first), for won and lost, and for the last open stage; a sentence that would move a deal to an archived stage still logs, the deal stays",
    },
  ],
};
