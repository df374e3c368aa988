import type { CommandDeclaration } from "./declaration.js";

export const paymentDeclaration: CommandDeclaration = {
  words: { en: ["payment", "payments"], zh: ["回款", "收款"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "payment <contract|customer> <amount|percent> [date]", zh: "回款 <合同号|客户> <金额|比例|第N期> [日期]" },
      summary: { en: "record money received on a contract", zh: "登记合同回款" },
      example: { en: "payment Acme 30% yesterday", zh: "回款 华为 50万" },
      details:
        "the contract by its number or its customer (the one still owed when there are several, else the bot asks); an amount in the contract's currency, a share of the contract (30%) or an instalment (第2期: what is left of it); the date defaults to today and cannot be in the future; more than the balance is refused; the sentence works too (华为回款50万, Acme paid the first 30%); for a customer with no contract the sentence is kept as a note and the reply says it is on no contract; Undo takes it back; audited `contract.payment`",
    },
  ],
};
