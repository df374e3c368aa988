import { digestCard } from "../../../cards/digest.card.js";
import { pipelineChart } from "../../charts/sales-charts.js";
import type { Locale, Reply } from "../../types.js";
import { digestPeriodKey } from "../../../domain/automation/period-keys.js";
import type { RuleDefinition } from "../../../domain/automation/rule.schemas.js";
import { type JobContext, type JobResult, type JobRun, asLocale } from "../job-context.js";

/** Daily digest (or Monday's weekly summary): to each manager by DM and to the team's digest chat, once per team and day. */
export async function runDigest(ctx: JobContext, rule: RuleDefinition<"digest" | "weekly-summary">, run: JobRun): Promise<JobResult> {
  const kind = rule.key;
  const weekly = kind === "weekly-summary";
  const result: JobResult = { key: kind, sent: 0, duplicates: 0 };
  const jobs = ctx.domain.automation;
  const { pending, claimed } = await jobs.digests.teamsDue(kind, run.at, run.timeZone);
  result.duplicates += claimed;
  if (pending.length === 0) return result;

  const [stages, managers] = await Promise.all([ctx.domain.stages.list(), jobs.people.managersByTeam(pending.map((t) => t.id))]);
  const muted = await jobs.digests.muted(
    [...managers.values()].flat().map((m) => m.id),
    run.now,
  );
  const digests = await jobs.digests.digests(stages, pending, {
    now: run.now,
    sinceDays: weekly ? 7 : 1,
    staleDays: rule.condition.staleDays,
    top: rule.condition.top,
  });
  // Monday's summary ranks the team's reps over the past week (read as the system, whatever the team).
  const boards = new Map<string, Awaited<ReturnType<typeof ctx.domain.reports.report>>["reps"]>();
  if (weekly) {
    const system = { userId: "system", role: "admin" as const, teamId: null, channel: "automation" };
    const week = { from: new Date(run.now.getTime() - 7 * 86_400_000), to: run.now };
    for (const team of pending) boards.set(team.id, (await ctx.domain.reports.report(system, week, { kind: "team", teamId: team.id })).reps);
  }
  const receivables = await ctx.domain.contracts.teamsReceivables(
    pending.map((t) => t.id),
    run.now,
  );
  const items = pending.map((team) => {
    const digest = { ...digests.get(team.id)!, receivables: receivables.get(team.id) ?? [], ...(weekly ? { leaderboard: boards.get(team.id) ?? [] } : {}) };
    return {
      claim: {
        kind,
        subjectType: "team",
        subjectId: team.id,
        periodKey: digestPeriodKey(kind, team.id, run.at, team.timezone),
        payload: { openCount: digest.openCount, openAmounts: digest.openAmounts, movement: digest.movement, closing: digest.closingThisWeek.count },
      },
      item: { team, data: { ...digest, teamName: team.name } },
    };
  });
  // The chart goes with the card as a reply of its own, drawn by the outbox worker when it is sent.
  const chartOf = (data: (typeof items)[number]["item"]["data"], locale: Locale, card: { title: string }): Reply => ({
    chart: {
      name: weekly ? "weekly" : "digest",
      option: pipelineChart(
        `${card.title} · ${data.teamName}`,
        data.stages.filter((s) => s.kind === "open"),
        weekly ? (data.leaderboard ?? []) : undefined,
        locale,
      ),
    },
  });
  const outcome = await jobs.claims.claimBatch(ctx.notifier, items, run.now, async (out, alertId, { team, data }) => {
    let delivered = 0;
    if (rule.actions.includes("dm-managers")) {
      for (const manager of managers.get(team.id) ?? []) {
        if (muted.has(manager.id)) continue;
        const card = digestCard(data, { locale: asLocale(manager.locale), timeZone: manager.timezone, now: run.now, weekly, alertId, snooze: true });
        delivered += await out.toUser(manager.id, { card });
        if (rule.condition.chart) await out.toUser(manager.id, chartOf(data, asLocale(manager.locale), card));
      }
    }
    if (rule.actions.includes("team-channel")) {
      const card = digestCard(data, { locale: asLocale(team.locale), timeZone: team.timezone, now: run.now, weekly, alertId, snooze: false });
      delivered += await out.toTeam(team.id, "digest", { card });
      if (rule.condition.chart) await out.toTeam(team.id, "digest", chartOf(data, asLocale(team.locale), card));
    }
    return delivered;
  });
  result.sent += outcome.sent;
  result.duplicates += outcome.duplicates;
  return result;
}
