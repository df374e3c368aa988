import { companyCard } from "../../cards/company.card.js";
import { describeUser } from "../../domain/users/user-lookup.js";
import { AccessM } from "../i18n/access-messages.js";
import { takeLeadingCompany } from "./resolve-company.js";
import { listCompanies } from "./company-list.js";
import { applyProfileEdit, splitProfileEdit } from "./company-profile-edit.js";
import { MERGE_WORDS, mergeRequest } from "./merge-request.js";
import { lookupScope } from "./user.command.js";
import { PermissionDeniedError } from "../../domain/shared/errors.js";
import { canView, canViewShared } from "../../domain/users/permissions.js";
import type { Replies, TurnContext } from "../context.js";
import { M } from "../i18n/messages.js";
import { type Command, subcommandOf } from "./command.js";
import { declared } from "./declaration.js";
import { companyDeclaration } from "./company.declaration.js";
import { onlyForAsker } from "../privacy/only-for-asker.js";

const TIER = /^[abcABC]$/;
const TRANSFER_WORDS = ["transfer", "assign", "转移", "转给", "移交"];

export const companyCommand: Command = {
  ...declared(companyDeclaration),
  async run(ctx, args) {
    const [word, ...rest] = args;
    const sub = subcommandOf(word);
    if (sub === "new" && rest.length > 0) return addCompany(ctx, rest);
    if (sub === "show" && rest.length > 0) return showCompany(ctx, rest.join(" "));
    if (sub === "list") return listCompanies(ctx, rest);
    if (TRANSFER_WORDS.includes((word ?? "").toLowerCase()) && rest.length >= 2) return transfer(ctx, rest);
    if (MERGE_WORDS.includes((word ?? "").toLowerCase()) && rest.length >= 2) return mergeRequest(ctx, "company", rest.join(" "));
    if (sub === null && args.length > 0) {
      // "company Acme tier A", "客户 华为 行业 制造业", "客户 华为 标签 VIP": a profile edit.
      // A customer whose whole name holds such a word ("Global Region Partners") is shown, not edited.
      const line = args.join(" ");
      const edit = splitProfileEdit(line);
      return edit && !(await isExactCompanyName(ctx, line)) ? applyProfileEdit(ctx, edit) : showCompany(ctx, line);
    }
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
  return showCompanyById(ctx, company.id);
}

/** The company 360° card, if the user may see the customer (a button carries only the id). */
export async function showCompanyById(ctx: TurnContext, companyId: string): Replies {
  const overview = await ctx.domain.companies.overview(companyId);
  if (!canViewShared(ctx.actor, overview)) throw new PermissionDeniedError("view", "company", companyId);
  // Another team's deal with a shared customer stays theirs.
  const deals = overview.deals.filter((d) => canView(ctx.actor, { ownerId: d.ownerId, ownerTeamId: d.teamId }));
  return onlyForAsker(ctx, [{ card: companyCard({ ...overview, deals }, { locale: ctx.locale, timeZone: ctx.timezone }) }]);
}

/** "company transfer Northwind @bob": the new owner is the last word (a mention, platform id or exact name). */
async function transfer(ctx: TurnContext, tokens: string[]): Replies {
  const { company, rest } = await takeLeadingCompany(ctx, tokens, 1);
  const target = await ctx.domain.users.resolveRef(lookupScope(ctx), rest.join(" "));
  const { owner } = await ctx.domain.companies.transfer(ctx.actor, company.id, target.user.id);
  const team = await ctx.domain.names.teamName(owner.teamId);
  return [{ text: AccessM.transferred[ctx.locale](company.name, describeUser(owner, target.identity), team) }];
}

/** The whole line is a customer's exact name ("Old Republic Title"): show it, do not read it as an edit. */
export async function isExactCompanyName(ctx: TurnContext, line: string): Promise<boolean> {
  const found = await ctx.domain.companies.search(line);
  return found.kind === "one" && found.match.name.trim().toLowerCase() === line.trim().toLowerCase();
}
