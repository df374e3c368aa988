import type { CommandDeclaration } from "./declaration.js";

export const receivablesDeclaration: CommandDeclaration = {
  words: { en: ["receivables"], zh: ["应收", "应收款", "应收账款"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "receivables [team]", zh: "应收 [团队]" },
      summary: {
        en: "what customers owe: contracted, received, outstanding, overdue and the collection rate",
        zh: "应收账款：合同额、已回款、未回款、逾期与回款率",
      },
      details:
        "per currency, and with several currencies outstanding and overdue once more in the base currency at the `rate` table's rates; the collection rate is the paid share of what is due by today; a chart (PNG) of the balance by age — not due, 1–30, 31–60, 61–90, over 90 days overdue — in the currency owed most; `team` for your team's",
    },
  ],
};
