import type { TurnContext } from "../context.js";
import { NotFoundError } from "../../domain/shared/errors.js";
import { describeUser, type LookupScope } from "../../domain/users/user-lookup.js";
import { M } from "../i18n/messages.js";
import { type Command, subcommandOf } from "./command.js";

export const userCommand: Command = {
  names: ["user", "users", "用户", "成员"],
  usage: {
    zh: "用户 角色 <姓名|@提及|平台账号> <rep|manager|admin> | 用户 团队 <姓名|@提及|平台账号> <团队>",
    en: "user role <name|@mention|platform id> <rep|manager|admin> | user team <name|@mention|platform id> <team>",
  },
  async run(ctx, args) {
    const [word, ...rest] = args;
    const sub = subcommandOf(word);
    if (rest.length < 2) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    if (sub === "role") {
      // Names may have spaces ("Li Lei"); the role is always the last word.
      const target = await ctx.domain.users.resolveRef(lookupScope(ctx), rest.slice(0, -1).join(" "));
      const updated = await ctx.domain.users.setRole(ctx.actor, target.user.id, rest.at(-1)!.toLowerCase());
      return [{ text: M.roleChanged[ctx.locale](describeUser(updated, target.identity), updated.role) }];
    }
    if (sub === "team") {
      const { target, team } = await splitNameAndTeam(ctx, rest);
      const updated = await ctx.domain.users.setTeam(ctx.actor, target.user.id, team);
      return [{ text: M.teamChanged[ctx.locale](describeUser(updated, target.identity), team) }];
    }
    return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
  },
};

/** A bare id typed in chat means an id on the typist's own platform and workspace. */
export function lookupScope(ctx: TurnContext): LookupScope {
  return { platform: ctx.event.channel, tenantId: ctx.event.user.tenantId ?? "" };
}

/**
 * Both the person's and the team's names may have spaces: the longest leading words that name a user
 * win. Several people of that name stop here (AmbiguousError → buttons), so nothing changes until one is picked.
 */
async function splitNameAndTeam(ctx: TurnContext, words: string[]) {
  for (let split = words.length - 1; split >= 1; split--) {
    try {
      const target = await ctx.domain.users.resolveRef(lookupScope(ctx), words.slice(0, split).join(" "));
      return { target, team: words.slice(split).join(" ") };
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  throw new NotFoundError("user", words[0] ?? "");
}
