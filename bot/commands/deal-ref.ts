import { NotFoundError } from "../../domain/shared/errors.js";
import type { TurnContext } from "../context.js";

/** A deal named by number ("12", "#12") or by its company (when that company has one open deal). */
export function findDeal(ctx: TurnContext, ref: string) {
  return ctx.domain.deals.findByRef(ref, (name) => ctx.domain.companies.findByName(name));
}

/**
 * Splits "<anything> <stage>" where the stage is the last words: the longest trailing run (up to
 * three words, e.g. a configured "Quote sent") that names a stage, keeping at least one word before it.
 */
export async function splitTrailingStage(ctx: TurnContext, tokens: string[]) {
  for (let take = Math.min(3, tokens.length - 1); take >= 1; take--) {
    try {
      const stage = await ctx.domain.stages.resolve(tokens.slice(-take).join(" "));
      return { stage, rest: tokens.slice(0, -take) };
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  return null;
}
