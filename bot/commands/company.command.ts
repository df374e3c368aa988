import { companyCard } from "../../cards/company.card.js";
import { PermissionDeniedError } from "../../domain/shared/errors.js";
import { canView, canViewShared } from "../../domain/users/permissions.js";
import type { Replies, TurnContext } from "../context.js";
import { M } from "../i18n/messages.js";
import { type Command, subcommandOf } from "./command.js";

const TIER = /^[abcABC]$/;

export const companyCommand: Command = {
  names: ["company", "companies", "customer", "客户", "公司"],
  usage: { zh: "客户 添加 <名称> [A|B|C] | 客户 查看 <名称>", en: "company add <name> [A|B|C] | company show <name>" },
  async run(ctx, args) {
    const [word, ...rest] = args;
    const sub = subcommandOf(word);
    if (sub === "new" && rest.length > 0) return addCompany(ctx, rest);
    if (sub === "show" && rest.length > 0) return showCompany(ctx, rest.join(" "));
    if (sub === null && args.length > 0) return showCompany(ctx, args.join(" "));
    return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
  },
};

async function addCompany(ctx: TurnContext, tokens: string[]): Replies {
  const last = tokens[tokens.length - 1] ?? "";
  const tier = tokens.length > 1 && TIER.test(last) ? (last.toUpperCase() as "A" | "B" | "C") : undefined;
  const name = (tier ? tokens.slice(0, -1) : tokens).join(" ");
  const company = await ctx.domain.companies.create(ctx.actor, { name, ...(tier ? { tier } : {}) });
  return [{ text: M.companyCreated[ctx.locale](company.name) }];
}

export async function showCompany(ctx: TurnContext, name: string): Replies {
  const company = await ctx.domain.companies.findByName(name);
  const overview = await ctx.domain.companies.overview(company.id);
  if (!canViewShared(ctx.actor, overview)) throw new PermissionDeniedError("view", "company", company.id);
  // Another team's deal with a shared customer stays theirs.
  const deals = overview.deals.filter((d) => canView(ctx.actor, { ownerId: d.ownerId, ownerTeamId: d.teamId }));
  return [{ card: companyCard({ ...overview, deals }, { locale: ctx.locale, timeZone: ctx.timezone }) }];
}
