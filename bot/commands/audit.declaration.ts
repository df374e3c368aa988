import type { CommandDeclaration } from "./declaration.js";

export const auditDeclaration: CommandDeclaration = {
  words: { en: ["audit"], zh: ["审计"] },
  role: "admin",
  forms: [
    {
      synopsis: { en: "audit deal|company|contact|user|ticket <number|name>", zh: "审计 商机|客户|联系人|用户|工单 <编号|名称>" },
      summary: { en: "who changed a record, when, from which channel, and what", zh: "记录的改动历史：谁、何时、从哪个渠道、改了什么" },
      example: { en: "audit deal 12", zh: "审计 客户 华为" },
    },
  ],
};
