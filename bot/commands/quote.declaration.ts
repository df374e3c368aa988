import type { CommandDeclaration } from "./declaration.js";

export const quoteDeclaration: CommandDeclaration = {
  words: { en: ["quote", "quotes"], zh: ["报价", "报价单"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "quote new <company> [deal]", zh: "报价 新建 <客户> [商机号]" },
      summary: { en: "start a draft quote", zh: "新建报价单草稿" },
    },
    {
      synopsis: { en: "quote line [quote no] <product> <qty> <unit price> [discount%]", zh: "报价 明细 [报价单号] <产品> <数量> <单价> [折扣%|8折]" },
      summary: { en: "add a line to the draft", zh: "给草稿加一行" },
      example: { en: "quote line Router 2 1200 15%", zh: "报价 明细 路由器 2 1200 8折" },
    },
    {
      synopsis: { en: "quote submit [quote no]", zh: "报价 提交 [报价单号]" },
      summary: { en: "send the draft for approval", zh: "提交审批" },
    },
    {
      synopsis: { en: "quote show <no>", zh: "报价 查看 <报价单号>" },
      summary: { en: "the quote card", zh: "报价单卡片" },
    },
    {
      synopsis: { en: "quote list [draft|pending|approved|rejected|all] [page <n>]", zh: "报价 列表 [草稿|待审批|已批准|已驳回|全部] [第<n>页]" },
      summary: {
        en: "quotes you may see (your own, your team's, those waiting on you), newest first",
        zh: "你能看到的报价单（自己的、团队的、等你审批的），最新的在前",
      },
    },
    {
      synopsis: { en: "quote policy [10:- 20:manager 100:manager,director]", zh: "报价 规则 [10:- 20:manager 100:manager,director]" },
      summary: { en: "show the team's approval policy; with tiers, set it", zh: "查看团队的审批规则；带上档位则设置" },
      role: "manager",
      details: "anyone may look; the team's manager or an admin sets it, never looser than the floor",
    },
    {
      synopsis: { en: "quote policy floor [tiers]", zh: "报价 规则 底线 [档位]" },
      summary: { en: "the company-wide floor under every team's policy", zh: "全公司的审批底线" },
      role: "admin",
      details: "anyone may look; admins set it",
    },
  ],
};
