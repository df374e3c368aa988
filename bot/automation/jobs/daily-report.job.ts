import { dailyReportCard } from "../../../cards/daily-report.card.js";
import { localDay, wallClock } from "../../../domain/automation/local-day.js";
import type { RuleDefinition } from "../../../domain/automation/rule.schemas.js";
import type { RepDay } from "../../../domain/reports/daily-report.service.js";
import type { Card } from "../../../cards/model.js";
import { DailyM } from "../../i18n/daily-messages.js";
import type { Locale } from "../../types.js";
import { type JobContext, type JobResult, type JobRun, asLocale } from "../job-context.js";

/**
 * 销售日报, checked every hour on workdays in each team's timezone: at `draftHour` each member who
 * logged or moved anything that day gets their report to confirm or add a note to; at
 * `managerHour` the team's managers get one card with every such member's day (confirmed or not).
 * Each send is claimed once per person (or team) and day.
 */
export async function runDailyReports(ctx: JobContext, rule: RuleDefinition<"daily-report">, run: JobRun): Promise<JobResult> {
  const result: JobResult = { key: "daily-report", sent: 0, duplicates: 0 };
  const reports = ctx.domain.dailyReports;
  const jobs = ctx.domain.automation;
  for (const team of await reports.teams(run.timeZone)) {
    const hour = wallClock(run.at, team.timezone).hour;
    const drafts = hour === rule.condition.draftHour && rule.actions.includes("notify-owner");
    const summary = hour === rule.condition.managerHour && rule.actions.includes("dm-managers");
    if ((!drafts && !summary) || team.users.length === 0) continue;
    const { key, range, next } = localDay(run.at, team.timezone);
    const active = await reports.activeUsers(
      team.users.map((u) => u.id),
      range,
    );
    const days: RepDay[] = [];
    for (const user of team.users.filter((u) => active.has(u.id))) days.push(await reports.dayOf(user, key, range, next));
    if (days.length === 0) continue;
    if (drafts) {
      const members = new Map(team.users.map((u) => [u.id, u]));
      const items = days.map((day) => ({
        claim: {
          kind: "daily-report-draft",
          subjectType: "user",
          subjectId: day.userId,
          periodKey: `daily-report:${day.userId}:${key}`,
          recipientId: day.userId,
        },
        item: day,
      }));
      const outcome = await jobs.claims.claimBatch(ctx.notifier, items, run.now, async (out, _alertId, day) => {
        const user = members.get(day.userId)!;
        return out.toUser(user.id, { card: dailyReportCard(day, { locale: asLocale(user.locale), timeZone: user.timezone, actions: true }) });
      });
      result.sent += outcome.sent;
      result.duplicates += outcome.duplicates;
    }
    if (summary) {
      const managers = (await jobs.people.managersByTeam([team.id])).get(team.id) ?? [];
      if (managers.length === 0) continue;
      const item = { claim: { kind: "daily-report", subjectType: "team", subjectId: team.id, periodKey: `daily-report:team:${team.id}:${key}` }, item: days };
      const outcome = await jobs.claims.claimBatch(ctx.notifier, [item], run.now, async (out, _alertId, list) => {
        let delivered = 0;
        for (const m of managers) delivered += await out.toUser(m.id, { card: teamCard(team.name, key, list, asLocale(m.locale), m.timezone) });
        return delivered;
      });
      result.sent += outcome.sent;
      result.duplicates += outcome.duplicates;
    }
  }
  return result;
}

/** The team's day for its managers: each member's report as a section (a long day is the platform's to split). */
function teamCard(teamName: string, day: string, days: RepDay[], locale: Locale, timeZone: string): Card {
  const blocks = days.flatMap((d, i) => {
    const one = dailyReportCard(d, { locale, timeZone, actions: false });
    const body = one.blocks.flatMap((b) => (b.type === "text" ? [b.text] : []));
    return [...(i > 0 ? [{ type: "divider" as const }] : []), { type: "text" as const, text: [`**${d.name}**`, ...body].join("\n") }];
  });
  return { title: DailyM.teamTitle[locale](teamName, day), blocks };
}
