import { staleDealCard } from "../../../cards/alert.card.js";
import type { People } from "../../../domain/automation/job-people.service.js";
import { resumedPeriodKey, stalePeriodKey } from "../../../domain/automation/period-keys.js";
import type { RuleDefinition } from "../../../domain/automation/rule.schemas.js";
import type { StaleDealCandidate } from "../../../domain/automation/stale-deal.scan.js";
import type { Stage } from "../../../domain/pipeline/stage.service.js";
import { type JobContext, type JobOutbox, type JobResult, type JobRun, SCAN_BATCH, asLocale } from "../job-context.js";
import { postToTeamAlerts } from "./team-alerts.js";

const KIND = "stale-deal";

/** Stale deals: mark at risk and alert the owner and their manager, once per episode; re-alert after a snooze. */
export async function runStaleDeals(ctx: JobContext, rule: RuleDefinition<"stale-deal">, run: JobRun): Promise<JobResult> {
  const result: JobResult = { key: KIND, sent: 0, duplicates: 0 };
  const jobs = ctx.domain.automation;
  const stages = await ctx.domain.stages.list();
  const markAtRisk = rule.actions.includes("mark-at-risk");
  const seen = new Set<string>();
  for (;;) {
    const batch = (
      await jobs.staleDeals.scan(stages, {
        now: run.now,
        days: rule.condition.days,
        minAmount: rule.condition.minAmount,
        limit: SCAN_BATCH,
      })
    ).filter((d) => !seen.has(d.id));
    if (batch.length === 0) break;
    for (const d of batch) seen.add(d.id);
    // With the mark, an alerted deal is at risk and out of the scan already; without it, it comes back
    // every run, so its claim is skipped here without a transaction.
    const claimed = markAtRisk
      ? new Set<string>()
      : await jobs.claims.claimedKeys(
          KIND,
          batch.map((d) => d.id),
        );
    const people = await jobs.people.load(batch.map((d) => d.ownerId));
    const items = batch
      .filter((deal) => !claimed.has(stalePeriodKey(deal.id, deal.lastActivityAt)))
      .map((deal) => ({
        claim: {
          kind: KIND,
          subjectType: "deal",
          subjectId: deal.id,
          periodKey: stalePeriodKey(deal.id, deal.lastActivityAt),
          recipientId: deal.ownerId,
          payload: { days: rule.condition.days },
        },
        item: deal,
      }));
    const outcome = await jobs.staleDeals.claimBatch(ctx.notifier, items, run.now, markAtRisk ? { days: rule.condition.days } : null, (out, alertId, deal) =>
      notify(out, rule, run, deal, alertId, people),
    );
    result.sent += outcome.sent;
    result.duplicates += outcome.duplicates;
    // Alerted before (e.g. the deal was moved, which clears atRisk): keep the mark so the scan moves on.
    if (outcome.duplicates > 0 && markAtRisk)
      await jobs.staleDeals.keepMarked(
        batch.map((d) => d.id),
        rule.condition.days,
      );
    if (batch.length < SCAN_BATCH) break;
  }
  await resumeSnoozed(ctx, stages, rule, run, result);
  return result;
}

/** Words the alert for the owner, their manager and the team's alerts chat, each in the reader's language. */
async function notify(
  out: JobOutbox,
  rule: RuleDefinition<"stale-deal">,
  run: JobRun,
  deal: StaleDealCandidate,
  alertId: string,
  people: People,
): Promise<number> {
  const owner = people.user(deal.ownerId);
  const recipients = [
    ...(rule.actions.includes("notify-owner") && owner ? [owner] : []),
    ...(rule.actions.includes("notify-manager") && owner ? people.managersOf(owner) : []),
  ];
  const data = { ...deal, companyName: deal.company.name, ownerName: owner?.name ?? "?" };
  const cardFor = { cardFor: { entityType: "deal", entityId: deal.id } };
  let delivered = 0;
  for (const r of recipients) {
    const card = staleDealCard(data, { locale: asLocale(r.locale), timeZone: r.timezone, now: run.now, alertId, snoozeDays: rule.condition.snoozeDays });
    delivered += await out.toUser(r.id, { card }, cardFor);
  }
  if (rule.actions.includes("team-channel")) {
    const teamId = deal.teamId ?? owner?.teamId;
    delivered += await postToTeamAlerts(
      out,
      teamId,
      (reader) => staleDealCard(data, { ...reader, now: run.now, alertId, snoozeDays: rule.condition.snoozeDays }),
      cardFor,
    );
  }
  return delivered;
}

/** Snoozed stale-deal alerts whose time has come: alert again if the deal is still open, at risk and untouched. */
async function resumeSnoozed(ctx: JobContext, stages: Stage[], rule: RuleDefinition<"stale-deal">, run: JobRun, result: JobResult): Promise<void> {
  const jobs = ctx.domain.automation;
  const due = await jobs.staleDeals.dueSnoozes(stages, run.now, SCAN_BATCH);
  if (due.length === 0) return;
  const people = await jobs.people.load(due.flatMap(({ deal }) => (deal ? [deal.ownerId] : [])));
  for (const { alert, deal } of due) {
    if (!deal) {
      await jobs.staleDeals.expire(alert.id);
      continue;
    }
    const claim = await jobs.staleDeals.resume(
      ctx.notifier,
      alert.id,
      { kind: KIND, subjectType: "deal", subjectId: deal.id, periodKey: resumedPeriodKey(alert.periodKey, alert.snoozedUntil), recipientId: deal.ownerId },
      run.now,
      (out, alertId) => notify(out, rule, run, deal, alertId, people),
    );
    if (claim.status === "sent") result.sent++;
    else result.duplicates++;
  }
}
