import type { CommandDeclaration } from "./declaration.js";

export const leadDeclaration: CommandDeclaration = {
  words: { en: ["lead", "leads"], zh: ["线索"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "lead new <who, company, phone/email, where from>", zh: "线索 新建 <人、公司、电话/邮箱、来源>" },
      summary: { en: "a new lead from what you type; duplicates are shown first", zh: "按你写的内容新建线索；先检查重复" },
      example: { en: "lead new Bob Smith from Initech, bob@initech.com, met at the trade show", zh: "线索 新建 王总，京东，13800138000，展会上认识的" },
      details:
        'also `new lead: …` / `新线索：…`; reads the person (王总, Mr Lee, Bob Smith), the company, phone, email, WeChat, the source (trade show/展会, website/官网, referral/转介绍, ads/广告, WeCom/企业微信; else chat) and a campaign named in it; the same phone, email or company name (or its pinyin) as a lead, contact or customer is shown with a "Create anyway" button and nothing is written until pressed; the lead is yours, or the team\'s pool with `pool`/`公海` in the text',
    },
    {
      synopsis: { en: "lead [list] [mine|pool|team]", zh: "线索 [列表] [我的|公海|团队]" },
      summary: { en: "open leads, highest score first", zh: "待跟进的线索，评分高的在前" },
      example: { en: "lead pool", zh: "线索 公海" },
      details: "without a word: yours and the pool; `team` for managers",
    },
    {
      synopsis: { en: "lead <n>", zh: "线索 <编号>" },
      summary: { en: "a lead's card: contact, source, owner, score and why", zh: "线索卡片：联系方式、来源、负责人、评分及原因" },
      example: { en: "lead 3", zh: "线索 3" },
    },
    {
      synopsis: {
        en: "lead <n> name|company|title|phone|email|wechat|region|industry <value|none>",
        zh: "线索 <编号> 姓名|公司|职位|手机|邮箱|微信|地区|行业 <值|无>",
      },
      summary: { en: "correct a lead's details", zh: "修改线索信息" },
      example: { en: "lead 3 region Shanghai", zh: "线索 3 手机 13912345678" },
      details: "its owner, their manager or an admin, while the lead is open; the reply shows old → new; audited; `none`/`无` clears a field (not the name)",
    },
    {
      synopsis: { en: "lead claim|release <n>", zh: "线索 领取|退回 <编号>" },
      summary: { en: "take a lead from the pool, or put yours back", zh: "从公海领取线索，或退回公海" },
      example: { en: "lead claim 3", zh: "线索 领取 3" },
      details: "one rep gets a lead claimed by two at once; a rep holds at most CRM_LEAD_CLAIM_CAP open leads (30); audited",
    },
    {
      synopsis: { en: "lead assign <n> <name>", zh: "线索 分配 <编号> <姓名>" },
      summary: { en: "give a lead to a rep (managers, admins)", zh: "把线索分配给销售（经理、管理员）" },
      example: { en: "lead assign 3 Amy Chen", zh: "线索 分配 3 李雷" },
    },
    {
      synopsis: { en: "lead note <n> <text>", zh: "线索 跟进 <编号> <内容>" },
      summary: { en: "log work on a lead: it counts for the score and keeps it yours", zh: "记录线索跟进：计入评分，也不会被退回公海" },
      example: { en: "lead note 3 called, wants a demo next week", zh: "线索 跟进 3 电话沟通，下周演示" },
    },
    {
      synopsis: { en: "lead contacted|qualified|disqualify <n> [reason]", zh: "线索 已联系|有效|无效 <编号> [原因]" },
      summary: { en: "move a lead on, or close it with a reason", zh: "更新线索状态，或写明原因标记无效" },
      example: { en: "lead disqualify 3 no budget", zh: "线索 无效 3 没有预算" },
    },
    {
      synopsis: { en: "lead convert <n> [amount]", zh: "线索 转化 <编号> [金额]" },
      summary: { en: "the lead becomes a customer, a contact and a deal in one step", zh: "一步转为客户、联系人和商机" },
      example: { en: "lead convert 3 50k", zh: "线索 转化 3 50万" },
      details:
        "an existing customer of that name (or pinyin) is used, and an existing contact with that phone or email; the deal is the lead's owner's; the lead keeps its source and campaign",
    },
    {
      synopsis: { en: "lead source new <name> [team] | list | disable <name>", zh: "线索 来源 新建 <名称> [团队] | 列表 | 停用 <名称>" },
      summary: { en: "web-form / ad-platform doors for POST /api/leads (admins)", zh: "网站表单、广告平台的线索入口，用于 POST /api/leads（管理员）" },
      example: { en: "lead source new website north", zh: "线索 来源 新建 官网 north" },
      details: "the token is shown once, privately; leads posted with it land in that team's pool",
    },
  ],
};
