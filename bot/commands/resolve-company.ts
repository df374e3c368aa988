import type { TurnContext } from "../context.js";

/**
 * Finds the company named by the first tokens of a command ("Foo Ltd 200k" → Foo Ltd),
 * trying the longest prefix first so multi-word names work without quotes.
 */
export async function takeLeadingCompany(ctx: TurnContext, tokens: string[], keepAtLeast = 0) {
  const longest = Math.min(4, tokens.length - keepAtLeast);
  for (let n = longest; n >= 2; n--) {
    const name = tokens.slice(0, n).join(" ");
    const found = await ctx.domain.companies.search(name);
    if (found.kind === "one") return { company: found.match, rest: tokens.slice(n) };
  }
  const company = await ctx.domain.companies.findByName(tokens[0] ?? "");
  return { company, rest: tokens.slice(1) };
}
