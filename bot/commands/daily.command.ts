import { dailyReportCard } from "../../cards/daily-report.card.js";
import { localDay } from "../../domain/automation/local-day.js";
import type { Replies, TurnContext } from "../context.js";
import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { dailyDeclaration } from "./daily.declaration.js";
import { onlyForAsker } from "../privacy/only-for-asker.js";
import { lookupScope } from "./user.command.js";

/** The asker's local day (today, or the "YYYY-MM-DD" given) and the next one. */
export function todayOf(ctx: Pick<TurnContext, "now" | "timezone">, dayKey?: string) {
  // Noon UTC of the named day falls on that day in every zone from UTC−11 to UTC+11.
  return localDay(dayKey ? new Date(`${dayKey}T12:00:00Z`) : ctx.now, ctx.timezone);
}

/** `daily` / `销售日报`: your report of today, to confirm or add a note; `daily <name>`: a teammate's. */
export const dailyCommand: Command = {
  ...declared(dailyDeclaration),
  // "daily", "daily Amy Chen", "销售日报 李雷" — not "Daily update:\n- Globex: called…" (a report to log).
  accepts(args) {
    return args.length <= 3 && args.every((w) => !/[\d,，.。!！?？:：]/u.test(w));
  },
  async run(ctx, args) {
    const day = todayOf(ctx);
    const name = args.join(" ").trim();
    const userId = name ? (await ctx.domain.users.resolveRef(lookupScope(ctx), name)).user.id : ctx.actor.userId;
    return dailyReply(ctx, userId, day);
  },
};

export async function dailyReply(ctx: TurnContext, userId: string, day: ReturnType<typeof todayOf>): Replies {
  const report = await ctx.domain.dailyReports.day(ctx.actor, userId, day.key, day.range, day.next);
  const own = userId === ctx.actor.userId;
  return onlyForAsker(ctx, [{ card: dailyReportCard(report, { locale: ctx.locale, timeZone: ctx.timezone, actions: own }) }]);
}
