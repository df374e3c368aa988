import type { TurnContext } from "../context.js";

/**
 * "华为那单怎么样了" then "好的 下周一去拜访他们": the customer the user just asked about is the subject of a
 * next message that names none. Kept as conversation state (not an activity: asking logs nothing), for a
 * few minutes of the bot's clock.
 */
const ASKED_ABOUT = "company.asked-about";
const FRESH_MS = 10 * 60_000;

interface AskedAbout {
  companyId: string;
  /** when it was asked, on the bot's clock (ISO) */
  at: string;
  /** and on the wall clock the logged rows are stamped with (ms), to tell which came last */
  wallAt: number;
}

export async function rememberAskedAbout(ctx: TurnContext, companyId: string): Promise<void> {
  await ctx.pending.replace(ctx.actor.userId, ASKED_ABOUT, { companyId, at: ctx.now.toISOString(), wallAt: Date.now() } satisfies AskedAbout);
}

/** The company asked about in the last few minutes, if any, and when on the wall clock. */
export async function recentlyAskedAbout(ctx: TurnContext): Promise<{ companyId: string; wallAt: number } | null> {
  const found = (await ctx.pending.latestOfKind<AskedAbout>(ctx.actor.userId, ASKED_ABOUT))?.payload;
  if (!found) return null;
  const age = ctx.now.getTime() - new Date(found.at).getTime();
  return age >= 0 && age <= FRESH_MS ? { companyId: found.companyId, wallAt: found.wallAt ?? 0 } : null;
}
