import { M } from "../i18n/messages.js";
import { type Command, subcommandOf } from "./command.js";

export const userCommand: Command = {
  names: ["user", "users", "用户", "成员"],
  usage: { zh: "用户 角色 <姓名> <rep|manager|admin> | 用户 团队 <姓名> <团队>", en: "user role <name> <rep|manager|admin> | user team <name> <team>" },
  async run(ctx, args) {
    const [word, name, value] = args;
    const sub = subcommandOf(word);
    if (!name || !value || args.length !== 3) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    const target = await ctx.domain.users.findByName(name);
    if (sub === "role") {
      const updated = await ctx.domain.users.setRole(ctx.actor, target.id, value.toLowerCase());
      return [{ text: M.roleChanged[ctx.locale](updated.name, updated.role) }];
    }
    if (sub === "team") {
      const updated = await ctx.domain.users.setTeam(ctx.actor, target.id, value);
      return [{ text: M.teamChanged[ctx.locale](updated.name, value) }];
    }
    return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
  },
};
