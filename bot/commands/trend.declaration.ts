import type { CommandDeclaration } from "./declaration.js";

export const trendDeclaration: CommandDeclaration = {
  words: { en: ["trend", "trends"], zh: ["趋势", "业绩趋势", "销售趋势"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "trend [3-24 months] [mine|team|all]", zh: "趋势 [3-24 个月] [我的|团队|全部]" },
      summary: { en: "deals won month by month, with a chart", zh: "按月的赢单数和赢单金额，附图表" },
      example: { en: "trend 6 team", zh: "趋势 6 团队" },
      details:
        "the last 12 months (or the number given, 3 to 24, or `quarter`/`half-year`/`year`, 季度/半年/一年/两年) up to this one in your time zone; amounts in several currencies are added in the base currency at the `rate` table's rates (a currency without a rate is named and left out); reps see their own, managers their team, admins everyone",
    },
  ],
};
