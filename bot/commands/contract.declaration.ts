import type { CommandDeclaration } from "./declaration.js";

export const contractDeclaration: CommandDeclaration = {
  words: { en: ["contract", "contracts"], zh: ["合同"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "contract list [owing|overdue] [team]", zh: "合同 列表 [欠款|逾期] [团队]" },
      summary: { en: "contracts with what was received and what is still owed", zh: "合同列表：已回款与未回款" },
      details: "your own contracts; `team` for your team's (everyone sees their team's); ten per page",
    },
    {
      synopsis: { en: "contract <number|customer>", zh: "合同 <编号|客户>" },
      summary: { en: "a contract: amount, received, balance, its payment plan", zh: "合同详情：金额、已回款、未回款、回款计划" },
      example: { en: "contract Acme", zh: "合同 华为" },
      details: "a won deal with an amount has a contract (opened when the deal is won: its amount, due in full 30 days later)",
    },
    {
      synopsis: { en: "contract plan <number> <amount|percent> <date>, …", zh: "合同 计划 <编号> <金额|比例> <日期>，…" },
      summary: { en: "split what a contract is owed into instalments with due dates", zh: "设置分期回款计划" },
      example: { en: "contract plan 3 30% Dec 31, 70% 2027-03-31", zh: "合同 计划 3 30% 12月31日，70% 2027-03-31" },
      details:
        "instalments separated by commas; shares must total 100%, amounts the contract's amount; what was received is kept (filled into the earliest); the overdue-payment rule reads the due dates; audited `contract.plan`",
    },
  ],
};
