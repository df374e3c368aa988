import type { Locale } from "../types.js";

/**
 * The parts of "help" / "帮助" that are not commands: how to talk to the bot, and the stages.
 * The command lines between them are generated from the commands' declarations (bot/commands/help-text.ts).
 */
export const HELP_INTRO: Record<Locale, string> = {
  zh: ["直接说一句话就能记录，例如：", "  跟华为的张总通了电话，下周二给报价，预算20万", "  拜访了阿里巴巴，客户确认需求了", "命令："].join("\n"),
  en: [
    "Just tell me what happened, for example:",
    "  called Acme, they want a quote next Tuesday, budget 200k",
    "  met Li Lei at Foo Ltd tomorrow 3pm",
    "Commands:",
  ].join("\n"),
};

export const HELP_STAGES: Record<Locale, string> = {
  zh: "阶段：线索 → 需求确认 → 方案报价 → 商务谈判 → 赢单 | 输单",
  en: "Stages: Lead → Qualified → Proposal → Negotiation → Won | Lost",
};

export const HELP_STAGES_PREFIX: Record<Locale, string> = { zh: "阶段：", en: "Stages: " };
