import type { TurnContext } from "../context.js";

/** A deal named by number ("12", "#12") or by its company (when that company has one open deal). */
export function findDeal(ctx: TurnContext, ref: string) {
  return ctx.domain.deals.findByRef(ref, (name) => ctx.domain.companies.findByName(name));
}

/** Splits "<anything> <stage>" where the stage is the last word. */
export async function splitTrailingStage(ctx: TurnContext, tokens: string[]) {
  const last = tokens[tokens.length - 1];
  if (!last || tokens.length < 2) return null;
  try {
    const stage = await ctx.domain.stages.resolve(last);
    return { stage, rest: tokens.slice(0, -1) };
  } catch {
    return null;
  }
}
