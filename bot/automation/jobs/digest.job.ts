import { digestCard } from "../../../cards/digest.card.js";
import { claimBatch } from "../../../domain/automation/alert-claim.js";
import { teamDigests } from "../../../domain/automation/digest.queries.js";
import { localDateKey } from "../../../domain/automation/local-day.js";
import { managersByTeam } from "../../../domain/automation/recipients.js";
import type { RuleDefinition } from "../../../domain/automation/rule.schemas.js";
import { type JobContext, type JobResult, type JobRun, asLocale } from "../job-context.js";

/** The key of one team's digest for the day `at` falls on in the team's zone. */
export function digestPeriodKey(kind: "digest" | "weekly-summary", teamId: string, at: Date, timeZone: string): string {
  return `${kind}:team:${teamId}:${localDateKey(at, timeZone)}`;
}

/** Daily digest (or Monday's weekly summary): to each manager by DM and to the team's digest chat, once per team and day. */
export async function runDigest(ctx: JobContext, rule: RuleDefinition<"digest" | "weekly-summary">, run: JobRun): Promise<JobResult> {
  const kind = rule.key;
  const weekly = kind === "weekly-summary";
  const result: JobResult = { key: kind, sent: 0, duplicates: 0 };
  const teams = await ctx.db.team.findMany({ where: run.timeZone ? { timezone: run.timeZone } : {}, orderBy: { name: "asc" } });
  if (teams.length === 0) return result;
  const keyOf = (team: { id: string; timezone: string }) => digestPeriodKey(kind, team.id, run.at, team.timezone);
  const done = await ctx.db.alert.findMany({
    where: { kind, subjectType: "team", subjectId: { in: teams.map((t) => t.id) }, periodKey: { in: teams.map(keyOf) } },
    select: { subjectId: true },
  });
  const doneIds = new Set(done.map((d) => d.subjectId));
  const pending = teams.filter((t) => !doneIds.has(t.id));
  result.duplicates += teams.length - pending.length;
  if (pending.length === 0) return result;

  const [stages, managers] = await Promise.all([ctx.domain.stages.list(), managersByTeam(ctx.db, pending.map((t) => t.id))]);
  const muted = await ctx.domain.alerts.mutedForDigest(ctx.db, [...managers.values()].flat().map((m) => m.id), run.now);
  const digests = await teamDigests(ctx.db, stages, pending, {
    now: run.now,
    sinceDays: weekly ? 7 : 1,
    staleDays: rule.condition.staleDays,
    top: rule.condition.top,
  });
  const items = pending.map((team) => {
    const digest = digests.get(team.id)!;
    return {
      claim: {
        kind,
        subjectType: "team",
        subjectId: team.id,
        periodKey: keyOf(team),
        payload: { openCount: digest.openCount, openAmounts: digest.openAmounts, movement: digest.movement, closing: digest.closingThisWeek.count },
      },
      item: { team, data: { ...digest, teamName: team.name } },
    };
  });
  const outcome = await claimBatch(ctx.db, items, run.now, async (tx, alertId, { team, data }) => {
    let delivered = 0;
    if (rule.actions.includes("dm-managers")) {
      for (const manager of managers.get(team.id) ?? []) {
        if (muted.has(manager.id)) continue;
        const card = digestCard(data, { locale: asLocale(manager.locale), timeZone: manager.timezone, now: run.now, weekly, alertId, snooze: true });
        delivered += await ctx.notifier.toUser(tx, manager.id, { card }, run.now);
      }
    }
    if (rule.actions.includes("team-channel")) {
      const card = digestCard(data, { locale: asLocale(team.locale), timeZone: team.timezone, now: run.now, weekly, alertId, snooze: false });
      delivered += await ctx.notifier.toTeam(tx, team.id, "digest", { card }, run.now);
    }
    return delivered;
  });
  result.sent += outcome.sent;
  result.duplicates += outcome.duplicates;
  return result;
}
