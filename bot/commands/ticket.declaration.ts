import type { CommandDeclaration } from "./declaration.js";

export const ticketDeclaration: CommandDeclaration = {
  words: { en: ["ticket", "tickets"], zh: ["工单", "售后"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "ticket new <company> <problem> [low|normal|high|urgent]", zh: "工单 新建 <客户> <问题> [低|普通|高|紧急]" },
      summary: { en: "raise a ticket with its SLA (or forward a customer's message: Fwd: … / > …)", zh: "新建工单并计算时限（或转发客户消息：转发：… / > …）" },
      example: { zh: "工单 新建 腾讯 产品无法登录 高" },
    },
    {
      synopsis: { en: "ticket list [mine] [open|pending|resolved|closed|all] [page <n>]", zh: "工单 列表 [我的] [待处理|处理中|已解决|已关闭|全部] [第<n>页]" },
      summary: { en: "tickets you may see, unfinished ones by default, nearest SLA first", zh: "你能看到的工单（默认未完成），时限最近的在前" },
      details: "mine = assigned to you; the customer's team, the reporter, the assignee, service agents and admins see a ticket",
    },
    {
      synopsis: { en: "ticket show|start|resolve|close <n>", zh: "工单 查看|开始|解决|关闭 <编号>" },
      summary: { en: "show a ticket or change its status", zh: "查看工单或改状态" },
    },
    {
      synopsis: { en: "ticket <n> priority <low|normal|high|urgent>", zh: "工单 <编号> 优先级 <低|普通|高|紧急>" },
      summary: { en: "change the priority (and its SLA)", zh: "改优先级（时限随之变）" },
    },
    {
      synopsis: { en: "ticket <n> assign <name>", zh: "工单 <编号> 交给 <姓名>" },
      summary: { en: "hand a ticket to someone", zh: "把工单交给别人" },
    },
    {
      synopsis: { en: "ticket csat <n> <1-5> [comment]", zh: "工单 满意度 <编号> <1-5> [评价]" },
      summary: { en: "record the customer's satisfaction", zh: "记录客户满意度" },
    },
    {
      synopsis: { en: "ticket agent <name> [off]", zh: "工单 客服 <姓名> [关]" },
      summary: { en: "add someone to the service team (off: take them out)", zh: "加入客服团队（关：移出）" },
      role: "manager",
      details: "an admin, or the manager of that person's team",
    },
  ],
};
