import { quoteIfNeeded } from "../commands/tokenize.js";
import type { TurnContext } from "../context.js";
import { detectTierChange } from "../parse/detect-tier-change.js";

/**
 * "华为改成A类客户" as the command that sets the tier ("company 华为 tier A"), when the name is a
 * known customer; otherwise null and the sentence is logged like any other.
 */
export async function tierCommandFor(ctx: TurnContext, text: string): Promise<string | null> {
  const mention = detectTierChange(text);
  if (!mention) return null;
  if ((await ctx.domain.companies.search(mention.company)).kind === "none") return null;
  return `company ${quoteIfNeeded(mention.company)} tier ${mention.tier}`;
}
