import type { CommandDeclaration } from "./declaration.js";

export const searchDeclaration: CommandDeclaration = {
  words: { en: ["search"], zh: ["搜索", "查找", "查询", "搜"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "search <words>", zh: "搜索 <关键词>" },
      summary: {
        en: "customers, contacts and deals whose names match, and logged activities whose text holds the words; or just ask: what is the status of Acme? how many calls did I make this week?",
        zh: "名称相符的客户、联系人和商机，以及内容含这些词的活动记录；也可以直接问：华为的商机有哪些？ 腾讯进展如何？ 这个月拜访了几次华为？",
      },
      example: { en: "search pricing sheet", zh: "搜索 报价单" },
      details:
        "writes nothing; activity text is read through an index (ActivityTerm: Chinese as character pairs, other words by their beginning — `quot` finds quote), every word must occur; only activities on customers you may see (your own notes without a customer too)",
    },
  ],
};
