import { slaCard } from "../../../cards/alert.card.js";
import { slaPeriodKey } from "../../../domain/automation/period-keys.js";
import type { RuleDefinition } from "../../../domain/automation/rule.schemas.js";
import { type JobContext, type JobResult, type JobRun, SCAN_BATCH, asLocale } from "../job-context.js";
import { uniqueById } from "./churn.job.js";
import { postToTeamAlerts } from "./team-alerts.js";

const KIND = "sla";

/**
 * Unanswered high-priority tickets past their SLA: escalate once to the team lead (managers of the
 * customer's team, else of the assignee's / reporter's team) and to the team's alerts chat.
 */
export async function runSla(ctx: JobContext, rule: RuleDefinition<"sla">, run: JobRun): Promise<JobResult> {
  const result: JobResult = { key: KIND, sent: 0, duplicates: 0 };
  const jobs = ctx.domain.automation;
  const breaches = await jobs.sla.scan({ now: run.now, hours: rule.condition.hours, priorities: rule.condition.priorities, limit: SCAN_BATCH * 5 });
  if (breaches.length === 0) return result;
  const claimed = await jobs.claims.claimedKeys(
    KIND,
    breaches.map((t) => t.id),
  );
  const people = await jobs.people.load(
    breaches.flatMap((t) => [t.reporterId, ...(t.assigneeId ? [t.assigneeId] : []), ...(t.company.ownerId ? [t.company.ownerId] : [])]),
    breaches.flatMap((t) => (t.company.teamId ? [t.company.teamId] : [])),
  );
  for (const t of breaches) {
    const periodKey = slaPeriodKey(t.id);
    if (claimed.has(periodKey)) continue;
    const teamId = t.company.teamId ?? people.user(t.assigneeId)?.teamId ?? people.user(t.company.ownerId)?.teamId ?? people.user(t.reporterId)?.teamId ?? null;
    const leads = people.teamManagers(teamId);
    const claim = await jobs.claims.claim(
      ctx.notifier,
      { kind: KIND, subjectType: "ticket", subjectId: t.id, periodKey, recipientId: leads[0]?.id ?? t.assigneeId ?? null, payload: { teamId } },
      run.now,
      async (out, alertId) => {
        let delivered = 0;
        const data = { number: t.number, title: t.title, priority: t.priority, slaDueAt: t.slaDueAt, createdAt: t.createdAt, companyName: t.company.name };
        if (rule.actions.includes("notify-manager")) {
          for (const r of uniqueById(leads)) {
            delivered += await out.toUser(r.id, { card: slaCard(data, { locale: asLocale(r.locale), timeZone: r.timezone, now: run.now, alertId }) });
          }
        }
        if (rule.actions.includes("team-channel")) {
          delivered += await postToTeamAlerts(out, teamId, (reader) => slaCard(data, { ...reader, now: run.now, alertId }));
        }
        return delivered;
      },
    );
    if (claim.status === "sent") result.sent++;
    else result.duplicates++;
  }
  return result;
}
