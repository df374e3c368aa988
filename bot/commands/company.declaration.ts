import type { CommandDeclaration } from "./declaration.js";

export const companyDeclaration: CommandDeclaration = {
  words: { en: ["company", "companies", "customer"], zh: ["客户", "公司"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "company add <name> [A|B|C]", zh: "客户 添加 <名称> [A|B|C]" },
      summary: { en: "add a customer", zh: "添加客户" },
      example: { zh: "客户 添加 腾讯科技 A" },
    },
    {
      synopsis: { en: "company show <name>", zh: "客户 查看 <名称>" },
      summary: { en: "the customer's 360° card: contacts, deals, activities, tickets, follow-ups", zh: "客户全景：联系人、商机、活动、工单、跟进" },
    },
    {
      synopsis: { en: "company list [A|B|C] [mine] [industry/region/tag]", zh: "客户 列表 [A|B|C] [我的] [行业/地区/标签]" },
      summary: {
        en: "customers you may see, by tier, your own, and words in industry, region or tags",
        zh: "你能看到的客户，可按等级、我的、行业/地区/标签里的词筛选",
      },
      example: { zh: "客户 列表 A 华南" },
      details: "buttons open the card",
    },
    {
      synopsis: { en: "company <name> tier|industry|region|tag|untag <value>", zh: "客户 <名称> 等级|行业|地区|标签|去掉标签 <值>" },
      summary: { en: "edit the customer's profile", zh: "修改客户资料" },
      example: { en: "company Acme tier A", zh: "客户 华为 标签 VIP, 重点" },
      details:
        'audited; whoever may write the customer; `-` / `无` clears industry or region; also by sentence: "华为改成A类客户", "把华为设为B类", "make Acme tier A"',
    },
    {
      synopsis: { en: "company transfer <name> <@mention|platform id|name>", zh: "客户 转移 <名称> <@提及|平台账号|姓名>" },
      summary: { en: "hand a customer to another owner and team", zh: "把客户转给另一位负责人和团队" },
      example: { zh: "客户 转移 华为 @li" },
      role: "manager",
      details: "the owning team's manager or an admin; audited",
    },
  ],
};
