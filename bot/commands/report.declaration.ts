import type { CommandDeclaration } from "./declaration.js";

export const reportDeclaration: CommandDeclaration = {
  words: { en: ["report", "reports", "leaderboard"], zh: ["报表", "销售报表", "排行榜", "排行"] },
  role: "everyone",
  forms: [
    {
      synopsis: {
        en: "report [this month|last month|this quarter|last quarter|this year|last year] [mine|team|all]",
        zh: "报表 [本月|上月|本季度|上季度|今年|去年] [我的|团队|全部]",
      },
      summary: {
        en: "win rate, average won deal, sales cycle, the funnel of new deals, activities, and the leaderboard",
        zh: "赢率、平均赢单金额、成交周期、新商机漏斗、活动数和排行榜",
      },
      example: { en: "report last month team", zh: "报表 上月 团队" },
      details:
        "win rate = won ÷ (won + lost) closed in the period; cycle = days from opening to winning; the funnel counts the period's new deals that reached each stage or a later one (stage history) and the conversion from the stage before; the leaderboard ranks reps by deals won, then amount; a chart (PNG) of the funnel and the leaderboard comes with it; reps see their own, managers their team, admins everyone",
    },
  ],
};
