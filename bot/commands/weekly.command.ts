import { dailyReportCard } from "../../cards/daily-report.card.js";
import { DAY_MS, localDateKey, startOfLocalDay, startOfLocalWeek } from "../../domain/automation/local-day.js";
import { onlyForAsker } from "../privacy/only-for-asker.js";
import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { lookupScope } from "./user.command.js";
import { weeklyDeclaration } from "./weekly.declaration.js";

/** The week words: "last week" / 上周 (and "last" alone), "this week" / 本周 (the default). */
const LAST = ["last week", "last", "上周", "上一周", "上星期", "上个星期", "上礼拜"];
const THIS = ["this week", "本周", "这周", "这一周", "本星期", "这星期", "这个星期", "这礼拜"];

/** The week asked for and the words after it (a teammate's name). */
function weekOf(args: readonly string[]): { last: boolean; rest: string[] } {
  const lower = args.map((w) => w.toLowerCase());
  for (const take of [2, 1]) {
    const phrase = lower.slice(0, take).join(" ");
    if (LAST.includes(phrase)) return { last: true, rest: args.slice(take) };
    if (THIS.includes(phrase)) return { last: false, rest: args.slice(take) };
  }
  return { last: false, rest: [...args] };
}

/** `weekly` / `周报`: a rep's week (this one so far, or last week) from what they logged, with next week's follow-ups. */
export const weeklyCommand: Command = {
  ...declared(weeklyDeclaration),
  // "weekly", "周报 上周", "weekly Amy Chen" — not "Weekly sync with Globex, they want pricing".
  accepts(args) {
    const { rest } = weekOf(args);
    return rest.length <= 2 && rest.every((w) => !/[\d,，.。!！?？:：]/u.test(w));
  },
  async run(ctx, args) {
    const { last, rest } = weekOf(args);
    const name = rest.join(" ").trim();
    const userId = name ? (await ctx.domain.users.resolveRef(lookupScope(ctx), name)).user.id : ctx.actor.userId;
    const thisWeek = startOfLocalWeek(ctx.now, ctx.timezone);
    // Noon of a day is that day in every zone from UTC−11 to UTC+11: the week's days by their noon.
    const monday = last ? startOfLocalWeek(new Date(thisWeek.getTime() - 3 * DAY_MS), ctx.timezone) : thisWeek;
    const end = last ? thisWeek : startOfLocalDay(ctx.now, ctx.timezone, 1);
    const nextMonday = startOfLocalWeek(new Date(monday.getTime() + 10 * DAY_MS), ctx.timezone);
    const nextWeek = { from: nextMonday, to: startOfLocalWeek(new Date(nextMonday.getTime() + 10 * DAY_MS), ctx.timezone) };
    const label = `${localDateKey(monday, ctx.timezone)} – ${localDateKey(new Date(end.getTime() - 1), ctx.timezone)}`;
    const report = await ctx.domain.dailyReports.day(ctx.actor, userId, label, { from: monday, to: end }, nextWeek);
    return onlyForAsker(ctx, [{ card: dailyReportCard(report, { locale: ctx.locale, timeZone: ctx.timezone, actions: false, week: label }) }]);
  },
};
