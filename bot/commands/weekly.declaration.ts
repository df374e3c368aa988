import type { CommandDeclaration } from "./declaration.js";

export const weeklyDeclaration: CommandDeclaration = {
  words: { en: ["weekly"], zh: ["周报", "销售周报", "工作周报"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "weekly [this week|last week] [name]", zh: "周报 [本周|上周] [姓名]" },
      summary: {
        en: "your week as a report: activities, new deals, stage moves, payments and next week's follow-ups",
        zh: "本周的销售周报：跟进、新商机、阶段变化、回款和下周待办",
      },
      example: { en: "weekly last week", zh: "周报 上周" },
      details:
        "generated from what was logged from Monday (your time zone) until now, or the whole of last week with `last week`/`上周`/`上星期` (`this week`/`本周`/`这周` is the default); with a name: a teammate's (managers: their team); the team's weekly summary with the leaderboard goes to the team chat on Mondays (rule weekly-summary)",
    },
  ],
};
