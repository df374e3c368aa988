import { churnCard } from "../../../cards/alert.card.js";
import { uniqueBy } from "../../unique-by.js";
import type { RuleDefinition } from "../../../domain/automation/rule.schemas.js";
import { churnPeriodKey } from "../../../domain/automation/period-keys.js";
import { type JobContext, type JobResult, type JobRun, SCAN_BATCH, asLocale } from "../job-context.js";
import { postToTeamAlerts } from "./team-alerts.js";

const KIND = "churn";

/** Churn candidates: store the health score and alert the owner (and the manager) with the reason. */
export async function runChurn(ctx: JobContext, rule: RuleDefinition<"churn">, run: JobRun): Promise<JobResult> {
  const result: JobResult = { key: KIND, sent: 0, duplicates: 0 };
  const jobs = ctx.domain.automation;
  const candidates = await jobs.churn.scan({ now: run.now, ...rule.condition, limit: SCAN_BATCH * 5 });
  if (candidates.length === 0) return result;
  const claimed = await jobs.claims.claimedKeys(
    KIND,
    candidates.map((c) => c.company.id),
  );
  const people = await jobs.people.load(
    candidates.flatMap((c) => (c.company.ownerId ? [c.company.ownerId] : [])),
    candidates.flatMap((c) => (c.company.teamId ? [c.company.teamId] : [])),
  );
  for (const c of candidates) {
    const periodKey = churnPeriodKey(c, run.now);
    if (claimed.has(periodKey)) continue;
    const owner = people.user(c.company.ownerId);
    const managers = owner ? people.managersOf(owner) : people.teamManagers(c.company.teamId);
    const to = [...(rule.actions.includes("notify-owner") && owner ? [owner] : []), ...(rule.actions.includes("notify-manager") || !owner ? managers : [])];
    const claim = await jobs.churn.claim(
      ctx.notifier,
      {
        kind: KIND,
        subjectType: "company",
        subjectId: c.company.id,
        periodKey,
        recipientId: owner?.id ?? managers[0]?.id ?? null,
        payload: { reason: c.reason, score: c.score },
      },
      c,
      run.now,
      async (out, alertId) => {
        const data = {
          companyName: c.company.name,
          tier: c.company.tier,
          reason: c.reason,
          daysSilent: c.daysSilent,
          recentTickets: c.recentTickets,
          score: c.score,
          parts: c.parts,
        };
        let delivered = 0;
        for (const r of uniqueById(to)) {
          delivered += await out.toUser(r.id, { card: churnCard(data, { locale: asLocale(r.locale), timeZone: r.timezone, now: run.now, alertId }) });
        }
        if (rule.actions.includes("team-channel")) {
          delivered += await postToTeamAlerts(out, c.company.teamId ?? owner?.teamId, (reader) => churnCard(data, { ...reader, now: run.now, alertId }));
        }
        return delivered;
      },
    );
    if (claim.status === "sent") result.sent++;
    else result.duplicates++;
  }
  return result;
}

export function uniqueById<T extends { id: string }>(list: T[]): T[] {
  return uniqueBy(list, (x) => x.id);
}
