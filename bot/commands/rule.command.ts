import { fieldBlocks } from "../../cards/limits.js";
import type { AnyRule } from "../../domain/automation/rule.schemas.js";
import type { Replies, TurnContext } from "../context.js";
import { AM } from "../i18n/automation-messages.js";
import { M } from "../i18n/messages.js";
import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { ruleDeclaration } from "./rule.declaration.js";
import { describeRule } from "./describe-rule.js";

const SUB: Record<string, "list" | "enable" | "disable" | "set"> = {
  list: "list",
  ls: "list",
  列表: "list",
  查看: "list",
  enable: "enable",
  on: "enable",
  启用: "enable",
  开启: "enable",
  disable: "disable",
  off: "disable",
  停用: "disable",
  关闭: "disable",
  set: "set",
  设置: "set",
  修改: "set",
};

/** `rule list | enable <key> | disable <key> | set <key> <param> <value>`; changes are for admins (checked by the service). */
export const ruleCommand: Command = {
  ...declared(ruleDeclaration),
  async run(ctx, args) {
    const usage = [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    const sub = SUB[(args[0] ?? "list").toLowerCase()];
    const key = args[1]?.toLowerCase();
    if (sub === "list" && args.length <= 1) return listRules(ctx);
    if ((sub === "enable" || sub === "disable") && key && args.length === 2) {
      await ctx.domain.rules.setEnabled(ctx.actor, key, sub === "enable");
      return [{ text: (sub === "enable" ? AM.ruleEnabled : AM.ruleDisabled)[ctx.locale](key) }];
    }
    if (sub === "set" && key && args.length >= 4) {
      const param = args[2]!;
      const value = args.slice(3).join(" ");
      const rule = await ctx.domain.rules.setParam(ctx.actor, key, param, value);
      return [{ text: AM.ruleUpdated[ctx.locale](key, param, describeParam(rule, param)) }];
    }
    return usage;
  },
};

async function listRules(ctx: TurnContext): Replies {
  const rules = await ctx.domain.rules.list();
  // In words, not JSON and cron: "当商机 7 天无进展且金额 ≥ ¥100,000时，通知负责人（每小时检查）".
  const fields = rules.map((r) => describeRule(r, ctx.locale));
  return [{ card: { title: AM.rulesTitle[ctx.locale](), blocks: fieldBlocks(fields) } }];
}

function describeParam(rule: AnyRule, param: string): string {
  if (param === "schedule") return rule.schedule;
  if (param === "actions") return rule.actions.join(",");
  const value = (rule.condition as Record<string, unknown>)[param];
  return Array.isArray(value) ? value.join(",") : typeof value === "boolean" ? (value ? "on" : "off") : String(value);
}
