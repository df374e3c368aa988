import type { CommandDeclaration } from "./declaration.js";

export const forecastDeclaration: CommandDeclaration = {
  words: { en: ["forecast"], zh: ["预测", "销售预测"] },
  role: "everyone",
  forms: [
    {
      synopsis: {
        en: "forecast [this month|next month|this quarter|next quarter|this year|next year] [mine|team|all]",
        zh: "预测 [本月|下月|本季度|下季度|今年|明年] [我的|团队|全部]",
      },
      summary: {
        en: "weighted pipeline, commit and best case of the deals expected to close in the period, and what was won, per rep",
        zh: "本期预计成交商机的加权金额、确定与最好情况，以及已赢金额（按人）",
      },
      example: { en: "forecast this quarter team", zh: "预测 本季度 团队" },
      details:
        "weighted = amount × the deal's win probability (`deal <n> probability 70%`), else its stage's (`stage probability`); commit = deals at 75% or more; periods in your timezone; per currency, and with several currencies the total once more in the base currency at the `rate` table's rates (a currency without a rate is named and left out); open deals without a close date are counted and named so they can be dated; a chart (PNG) of each rep's weighted, best case and won comes with it, in the currency with most of the best case; reps see their own, managers their team, admins everyone",
    },
  ],
};
