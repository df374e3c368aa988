import type { CommandDeclaration } from "./declaration.js";

export const exportDeclaration: CommandDeclaration = {
  words: { en: ["export"], zh: ["导出"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "export deals [deal list filters] [csv]", zh: "导出 商机 [商机列表的筛选] [csv]" },
      summary: { en: "the deals you may see as a spreadsheet (xlsx, or csv), sent as a file", zh: "把你能看到的商机导出成表格文件（xlsx 或 csv）" },
      example: { en: "export deals proposal closing this month", zh: "导出 商机 本月成交" },
      details: "the same filters as `deal list`, every page; amounts as numbers with their currency; dates in your timezone",
    },
    {
      synopsis: { en: "export companies [company list filters] [csv]", zh: "导出 客户 [客户列表的筛选] [csv]" },
      summary: {
        en: "customers you may see, with tier, status, industry, region, tags and owner",
        zh: "你能看到的客户（等级、状态、行业、地区、标签、负责人）",
      },
      example: { en: "export companies A", zh: "导出 客户 A 华东" },
    },
    {
      synopsis: { en: "export contacts [company] [csv]", zh: "导出 联系人 [客户] [csv]" },
      summary: { en: "contacts at the customers you may see, with phone, email and WeChat", zh: "你能看到的客户的联系人（含电话、邮箱、微信）" },
    },
    {
      synopsis: { en: "export pipeline|forecast|report [period] [mine|team|all] [csv]", zh: "导出 漏斗|预测|报表 [期间] [我的|团队|全部] [csv]" },
      summary: {
        en: "the figures `pipeline`, `forecast` and `report` show, as a spreadsheet",
        zh: "把 漏斗、预测、报表 的数字导出成表格",
      },
      example: { en: "export forecast next quarter team", zh: "导出 报表 上月 团队" },
      details:
        "the same periods and scopes as those commands (the pipeline has no period) and the same permissions; amounts as numbers, one row per currency; the report is a workbook of four sheets (figures, funnel, activities, leaderboard), in a CSV four sections of one table",
    },
    {
      synopsis: { en: "export activities [this month|last month|this quarter|…] [csv]", zh: "导出 活动 [本月|上月|本季度|…] [csv]" },
      summary: { en: "what was logged in the period (this month unless named)", zh: "本期记录的活动（默认本月）" },
      details:
        "every export is audited (`export.<kind>` with the row count); opening the file never runs a formula typed into the CRM: xlsx cells are text, and in a CSV a cell that would start one (=, @, or +/- before more than a number) gets a leading apostrophe",
    },
  ],
};
