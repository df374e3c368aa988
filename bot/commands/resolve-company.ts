import { normalizeText } from "../../domain/shared/search-key.js";
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
    // Only a prefix that names the company exactly: search also accepts text that merely contains
    // a company name ("华为 张总" finds 华为), which would swallow the next argument.
    if (found.kind === "one" && found.match.searchKey.split(" ").includes(normalizeText(name))) {
      return { company: found.match, rest: tokens.slice(n) };
    }
  }
  const company = await ctx.domain.companies.findByName(tokens[0] ?? "");
  return { company, rest: tokens.slice(1) };
}
