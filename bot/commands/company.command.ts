import { companyCard } from "../../cards/company.card.js";
import { transferCompany } from "../../domain/companies/company-transfer.js";
import { describeUser } from "../../domain/users/user-lookup.js";
import { AccessM } from "../i18n/access-messages.js";
import { takeLeadingCompany } from "./resolve-company.js";
import { lookupScope } from "./user.command.js";
import { PermissionDeniedError } from "../../domain/shared/errors.js";
import { canView, canViewShared } from "../../domain/users/permissions.js";
import type { Replies, TurnContext } from "../context.js";
import { M } from "../i18n/messages.js";
import { type Command, subcommandOf } from "./command.js";

const TIER = /^[abcABC]$/;
const TRANSFER_WORDS = ["transfer", "assign", "转移", "转给", "移交"];

export const companyCommand: Command = {
  names: ["company", "companies", "customer", "客户", "公司"],
  usage: {
    zh: "客户 添加 <名称> [A|B|C] | 客户 查看 <名称> | 客户 转移 <名称> <@提及|平台账号|姓名>",
    en: "company add <name> [A|B|C] | company show <name> | company transfer <name> <@mention|platform id|name>",
  },
  async run(ctx, args) {
    const [word, ...rest] = args;
    const sub = subcommandOf(word);
    if (sub === "new" && rest.length > 0) return addCompany(ctx, rest);
    if (sub === "show" && rest.length > 0) return showCompany(ctx, rest.join(" "));
    if (TRANSFER_WORDS.includes((word ?? "").toLowerCase()) && rest.length >= 2) return transfer(ctx, rest);
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

/** "company transfer Northwind @bob": the new owner is the last word (a mention, platform id or exact name). */
async function transfer(ctx: TurnContext, tokens: string[]): Replies {
  const { company, rest } = await takeLeadingCompany(ctx, tokens, 1);
  const target = await ctx.domain.users.resolveRef(lookupScope(ctx), rest.join(" "));
  const { owner } = await transferCompany(ctx.domain.db, ctx.actor, company.id, target.user.id);
  const team = owner.teamId ? await ctx.domain.db.team.findUnique({ where: { id: owner.teamId } }) : null;
  return [{ text: AccessM.transferred[ctx.locale](company.name, describeUser(owner, target.identity), team?.name ?? null) }];
}
