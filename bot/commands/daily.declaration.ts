import type { CommandDeclaration } from "./declaration.js";

export const dailyDeclaration: CommandDeclaration = {
  words: { en: ["daily"], zh: ["工作日报", "销售日报"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "daily [name]", zh: "销售日报 [姓名]" },
      summary: {
        en: "today's daily report: activities, new deals, stage moves, payments and tomorrow's follow-ups, to confirm or add a note",
        zh: "今天的销售日报：跟进、新商机、阶段变化、回款和明日待办，可确认或补充说明",
      },
      details:
        "generated from what you logged (nothing to write); Confirm or Add a note, and the manager gets the team's reports at the daily-report rule's managerHour (20:00); with a name: a teammate's (no buttons); the rule also sends each rep who logged something their draft at draftHour (18:00), workdays",
    },
  ],
};
