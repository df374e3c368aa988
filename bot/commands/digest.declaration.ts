import type { CommandDeclaration } from "./declaration.js";

export const digestDeclaration: CommandDeclaration = {
  words: { en: ["digest"], zh: ["简报", "日报", "今日简报"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "digest [team|all]", zh: "简报 [团队|全部]" },
      summary: { en: "today's team digest, now", zh: "现在看今天的团队简报" },
      details:
        "with the figures the morning job would send (stages, movement since yesterday, closing this week, stale deals, overdue follow-ups); your own team's, or for admins any team by name or every team (five cards at most, the rest named). It does not replace or mark the morning digest",
    },
  ],
};
