import type { CommandDeclaration } from "./declaration.js";

export const targetDeclaration: CommandDeclaration = {
  words: { en: ["target", "targets"], zh: ["目标", "业绩目标"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "target [period]", zh: "目标 [期间]" },
      summary: {
        en: "targets and attainment: won in the period, the weighted pipeline, what is still needed and in how many days",
        zh: "目标完成情况：本期已赢、加权在途、还差多少、剩几天",
      },
      example: { en: "target this quarter", zh: "目标 本季度" },
      details:
        "without a period: this month's, this quarter's and this year's; your own and your team's (managers: its members' too; admins: all); a chart (PNG) of won and weighted pipeline against each target, in the currency most targets use",
    },
    {
      synopsis: { en: "target set <name|team> <period> <amount>", zh: "目标 设置 <姓名|团队> <期间> <金额>" },
      summary: { en: "set a rep's or a team's target for a month, quarter or year", zh: "设置个人或团队的月度、季度、年度目标" },
      example: { en: "target set Li Lei 2026-Q1 3m", zh: "目标 设置 李雷 2026-Q1 300万" },
      role: "manager",
      details:
        "periods: 2026-Q1, Q1, 2026-11, 11月, 2027, this month/本月, next quarter/下季度…; the amount as anywhere (300万, 3m, $500k; a bare number is your currency); attainment counts won deals in any currency, converted into the target's with the `rate` table (a currency without a rate is named and left out); a manager for their own team and its members, admins for anyone; setting again replaces it; audited `target.set`",
    },
  ],
};
