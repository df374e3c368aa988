import type { TurnContext } from "../context.js";
import { NotFoundError } from "../../domain/shared/errors.js";
import { M } from "../i18n/messages.js";
import { type Command, subcommandOf } from "./command.js";

export const userCommand: Command = {
  names: ["user", "users", "用户", "成员"],
  usage: { zh: "用户 角色 <姓名> <rep|manager|admin> | 用户 团队 <姓名> <团队>", en: "user role <name> <rep|manager|admin> | user team <name> <team>" },
  async run(ctx, args) {
    const [word, ...rest] = args;
    const sub = subcommandOf(word);
    if (rest.length < 2) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    if (sub === "role") {
      // Names may have spaces ("Li Lei"); the role is always the last word.
      const target = await ctx.domain.users.findByName(rest.slice(0, -1).join(" "));
      const updated = await ctx.domain.users.setRole(ctx.actor, target.id, rest.at(-1)!.toLowerCase());
      return [{ text: M.roleChanged[ctx.locale](updated.name, updated.role) }];
    }
    if (sub === "team") {
      const { target, team } = await splitNameAndTeam(ctx, rest);
      const updated = await ctx.domain.users.setTeam(ctx.actor, target.id, team);
      return [{ text: M.teamChanged[ctx.locale](updated.name, team) }];
    }
    return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
  },
};

/** Both the person's and the team's names may have spaces: the longest leading words that name a user win. */
async function splitNameAndTeam(ctx: TurnContext, words: string[]) {
  for (let split = words.length - 1; split >= 1; split--) {
    try {
      const target = await ctx.domain.users.findByName(words.slice(0, split).join(" "));
      return { target, team: words.slice(split).join(" ") };
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  throw new NotFoundError("user", words[0] ?? "");
}
