import type { CommandDeclaration } from "./declaration.js";

export const searchDeclaration: CommandDeclaration = {
  words: { en: ["search"], zh: ["搜索", "查找", "查询", "搜"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "search <customer, contact or deal name>", zh: "搜索 <客户、联系人或商机名称>" },
      summary: {
        en: "customers, contacts and deals whose names match; or just ask: what is the status of Acme? how many calls did I make this week?",
        zh: "名称相符的客户、联系人和商机；也可以直接问：华为的商机有哪些？ 腾讯进展如何？ 这个月拜访了几次华为？",
      },
      details: "writes nothing",
    },
  ],
};
