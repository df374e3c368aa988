import type { CommandDeclaration } from "./declaration.js";

export const userDeclaration: CommandDeclaration = {
  words: { en: ["user", "users"], zh: ["用户", "成员"] },
  role: "admin",
  forms: [
    {
      synopsis: { en: "user role <name|@mention|platform id> <rep|manager|admin>", zh: "用户 角色 <姓名|@提及|平台账号> <rep|manager|admin>" },
      summary: { en: "set someone's role", zh: "设置角色" },
      details: "a mention or platform id picks exactly one person, several matches ask",
    },
    {
      synopsis: { en: "user team <name|@mention|platform id> <team>", zh: "用户 团队 <姓名|@提及|平台账号> <团队>" },
      summary: { en: "put someone in a team", zh: "设置所在团队" },
    },
    {
      synopsis: { en: "user region|industry <name> <values…|none>", zh: "用户 地区|行业 <姓名> <值…|无>" },
      summary: { en: "the regions or industries a rep covers, for assigning pool leads", zh: "销售负责的地区或行业，用于分配公海线索" },
      example: { en: "user region Amy Chen East China, Shanghai", zh: "用户 地区 李雷 华东、广东" },
      role: "manager",
      details:
        "admins, or managers for their own team; a province covers its cities and 华东/华南/华北/华中/西南/西北/东北 their provinces; rule `lead-assign` gives a pool lead to a rep whose region, then industry, covers it, in turn, else to the team's reps in turn; `none`/`无` clears; without values, shows them",
    },
    {
      synopsis: { en: "user leave <name> to <name>", zh: "用户 离职 <姓名> 交给 <姓名>" },
      summary: { en: "hand a leaver's open work to a successor", zh: "离职交接：把未完成的工作交给接任者" },
      example: { zh: "用户 离职 李雷 交给 王芳" },
      role: "manager",
      details:
        "admins, or managers for their own team: the leaver's open deals, customers, open follow-ups, open tickets and waiting approvals go to the successor and the successor's team in one audited transaction; won/lost deals keep their owner; the leaver is deactivated (their messages get a polite refusal); the successor, the leaver and the team's managers are told what moved",
    },
  ],
};
