import { parseTags } from "../../domain/companies/company.service.js";
import { canViewShared } from "../../domain/users/permissions.js";
import type { Replies, TurnContext } from "../context.js";
import { CompanyM } from "../i18n/company-messages.js";
import { statusPatch, tierPatch } from "./company-profile-edit.js";
import { COMPANY_STATUS_NAMES } from "../../cards/labels.js";
import type { CompanyStatus } from "../../domain/companies/company.schemas.js";
import { lookupScope } from "./user.command.js";
import { ListM, nextPage, PAGE_SIZE, pageFooter, takePage } from "./list-page.js";

const MINE = /^(?:mine|my|我的)$/iu;
const OWNER = /^(?:owner|负责人)$/iu;

/**
 * "company list [A|B|C] [status] [mine] [words…] [owner <name>] [page n]": customers the user may see,
 * by tier, lifecycle status, owner, and words each found in the industry, region or a tag
 * ("客户 列表 A 华东 制造"), ten per page, recently changed first.
 */
export async function listCompanies(ctx: TurnContext, typed: string[]): Replies {
  const { page, rest: tokens } = takePage(typed);
  const { filter, words } = await readCompanyFilter(ctx, tokens);
  const rows = await ctx.domain.companies.list(filter);
  const matches = rows.filter((c) => canViewShared(ctx.actor, c) && matchesWords(c, words));
  if (matches.length === 0) return [{ text: CompanyM.noneMatch[ctx.locale]() }];
  const shown = matches.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  if (shown.length === 0) return [{ text: ListM.pastLastPage[ctx.locale](page, Math.ceil(matches.length / PAGE_SIZE)) }];
  const lines = shown.map((c) => {
    const about = [c.industry, c.region, ...parseTags(c.tags).map((t) => `#${t}`)].filter(Boolean).join(" · ");
    const lifecycle = COMPANY_STATUS_NAMES[c.status]?.[ctx.locale] ?? c.status;
    return `• ${c.name} · ${c.tier} · ${lifecycle}${about ? ` · ${about}` : ""}`;
  });
  const footer = pageFooter(page, matches.length, nextPage({ en: "company list", zh: "客户 列表" }, tokens, page + 1, ctx.locale), ctx.locale);
  if (footer) lines.push(footer);
  return [
    {
      card: {
        title: CompanyM.listTitle[ctx.locale](matches.length),
        blocks: [
          { type: "text", text: lines.join("\n") },
          { type: "actions", buttons: shown.slice(0, 5).map((c) => ({ label: c.name, actionId: "company.show", value: c.id })) },
        ],
      },
    },
  ];
}

/** The company-list words: tier, lifecycle status, owner (or mine) for the query, other words to find in industry, region or tags. */
export async function readCompanyFilter(
  ctx: TurnContext,
  tokens: string[],
): Promise<{ filter: { tier?: "A" | "B" | "C"; status?: CompanyStatus; ownerId?: string }; words: string[] }> {
  let tier: "A" | "B" | "C" | undefined;
  let status: CompanyStatus | undefined;
  let mine = false;
  const words: string[] = [];
  // "owner <name>" / "负责人 <姓名>" runs to the end of the line (names may have spaces).
  const ownerAt = tokens.findIndex((t) => OWNER.test(t));
  const ownerName = ownerAt >= 0 ? tokens.slice(ownerAt + 1).join(" ") : "";
  const owner = ownerName ? (await ctx.domain.users.resolveRef(lookupScope(ctx), ownerName)).user : null;
  for (const token of ownerAt >= 0 ? tokens.slice(0, ownerAt) : tokens) {
    const asTier = tierPatch(token)?.tier;
    const asStatus = statusPatch(token)?.status;
    if (asTier && !tier) tier = asTier;
    else if (asStatus && !status) status = asStatus;
    else if (MINE.test(token)) mine = true;
    else words.push(token.replace(/^#/, "").toLowerCase());
  }
  const ownerId = owner?.id ?? (mine ? ctx.actor.userId : undefined);
  return { filter: { ...(tier ? { tier } : {}), ...(status ? { status } : {}), ...(ownerId ? { ownerId } : {}) }, words };
}

/** Every word is found in the customer's industry, region or one of its tags. */
export function matchesWords(company: { industry: string | null; region: string | null; tags: string }, words: readonly string[]): boolean {
  const fields = [company.industry ?? "", company.region ?? "", ...parseTags(company.tags)].map((f) => f.toLowerCase());
  return words.every((w) => fields.some((f) => f.includes(w)));
}
