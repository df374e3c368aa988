import { slaCard } from "../../../cards/alert.card.js";
import { claimAndDeliver, claimedKeys } from "../../../domain/automation/alert-claim.js";
import type { RuleDefinition } from "../../../domain/automation/rule.schemas.js";
import { findSlaBreaches } from "../../../domain/automation/sla.scan.js";
import { type JobContext, type JobResult, type JobRun, SCAN_BATCH, asLocale } from "../job-context.js";
import { uniqueById } from "./churn.job.js";
import { loadPeople } from "./recipient-set.js";
import { postToTeamAlerts } from "./team-alerts.js";

const KIND = "sla";

/**
 * Unanswered high-priority tickets past their SLA: escalate once to the team lead (managers of the
 * customer's team, else of the assignee's / reporter's team) and to the team's alerts chat.
 */
export async function runSla(ctx: JobContext, rule: RuleDefinition<"sla">, run: JobRun): Promise<JobResult> {
  const result: JobResult = { key: KIND, sent: 0, duplicates: 0 };
  const breaches = await findSlaBreaches(ctx.db, { now: run.now, hours: rule.condition.hours, priorities: rule.condition.priorities, limit: SCAN_BATCH * 5 });
  if (breaches.length === 0) return result;
  const claimed = await claimedKeys(ctx.db, KIND, breaches.map((t) => t.id));
  const people = await loadPeople(
    ctx.db,
    breaches.flatMap((t) => [t.reporterId, ...(t.assigneeId ? [t.assigneeId] : []), ...(t.company.ownerId ? [t.company.ownerId] : [])]),
    breaches.flatMap((t) => (t.company.teamId ? [t.company.teamId] : [])),
  );
  for (const t of breaches) {
    const periodKey = `${KIND}:${t.id}`;
    if (claimed.has(periodKey)) continue;
    const teamId = t.company.teamId ?? people.user(t.assigneeId)?.teamId ?? people.user(t.company.ownerId)?.teamId ?? people.user(t.reporterId)?.teamId ?? null;
    const leads = people.teamManagers(teamId);
    const claim = await claimAndDeliver(
      ctx.db,
      { kind: KIND, subjectType: "ticket", subjectId: t.id, periodKey, recipientId: leads[0]?.id ?? t.assigneeId ?? null, payload: { teamId } },
      run.now,
      async (tx, alertId) => {
        let delivered = 0;
        const data = { number: t.number, title: t.title, priority: t.priority, slaDueAt: t.slaDueAt, createdAt: t.createdAt, companyName: t.company.name };
        if (rule.actions.includes("notify-manager")) {
          for (const r of uniqueById(leads)) {
            delivered += await ctx.notifier.toUser(tx, r.id, { card: slaCard(data, { locale: asLocale(r.locale), timeZone: r.timezone, now: run.now, alertId }) }, run.now);
          }
        }
        if (rule.actions.includes("team-channel")) {
          delivered += await postToTeamAlerts(ctx, tx, teamId, run.now, (reader) => slaCard(data, { ...reader, now: run.now, alertId }));
        }
        return delivered;
      },
    );
    if (claim.status === "sent") result.sent++;
    else result.duplicates++;
  }
  return result;
}
