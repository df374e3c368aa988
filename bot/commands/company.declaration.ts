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
      synopsis: {
        en: "company list [A|B|C] [status] [mine] [industry/region/tag] [owner <name>]",
        zh: "客户 列表 [A|B|C] [状态] [我的] [行业/地区/标签] [负责人 <姓名>]",
      },
      summary: {
        en: "customers you may see, by tier, your own, and words in industry, region or tags",
        zh: "你能看到的客户，可按等级、我的、行业/地区/标签里的词筛选",
      },
      example: { zh: "客户 列表 A 华南" },
      details: "ten per page, recently changed first, the next page's command under the list; buttons open the card",
    },
    {
      synopsis: { en: "company <name> tier|industry|region|tag|untag <value>", zh: "客户 <名称> 等级|行业|地区|标签|去掉标签 <值>" },
      summary: { en: "edit the customer's profile", zh: "修改客户资料" },
      example: { en: "company Acme tier A", zh: "客户 华为 标签 VIP, 重点" },
      details:
        'audited; whoever may write the customer; `-` / `无` clears industry or region; also by sentence: "华为改成A类客户", "把华为设为B类", "make Acme tier A"',
    },
    {
      synopsis: { en: "company <name> rename|alias|unalias|status <value>", zh: "客户 <名称> 改名|别名|去掉别名|状态 <值>" },
      summary: {
        en: "rename a customer, add or remove other names it goes by, set its lifecycle status",
        zh: "客户改名、增删别名（英文名/中文名/简称）、设置客户状态",
      },
      example: { en: "company Acme status at risk", zh: "客户 华为 别名 Huawei, HW" },
      details:
        "aliases find the customer in commands and sentences like its name; a name or alias another customer answers to is refused; status: prospect/潜在客户, customer/成交客户, at risk/风险客户, churned/流失, lost/丢失 — the first won deal makes a prospect a customer; `company list churned`, `company list owner <name>` filter by them; audited `company.update`",
    },
    {
      synopsis: { en: "company merge <duplicate> into <keep>", zh: "客户 合并 <重复的客户> 到 <保留的客户>" },
      summary: { en: "merge a duplicate customer into another, after a confirmation", zh: "合并重复的客户（需确认）" },
      example: { en: "company merge Acme Inc into Acme Corp", zh: "客户 合并 华为技术 到 华为" },
      details:
        "the card says what moves (contacts, deals, activities, tickets, follow-ups, quotes); on Confirm all of it moves in one transaction, the duplicate's name and aliases become aliases of the kept customer, its tags join, empty industry/region are filled, and the duplicate is deleted; whoever may write both customers; audited `company.merge`; cannot be undone",
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
