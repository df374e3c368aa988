import { staleDealCard } from "../../../cards/alert.card.js";
import { claimAndDeliver, claimBatch, claimedKeys } from "../../../domain/automation/alert-claim.js";
import type { RuleDefinition } from "../../../domain/automation/rule.schemas.js";
import { findNewlyStaleDeals, markAtRiskIn, type StaleDealCandidate } from "../../../domain/automation/stale-deal.scan.js";
import type { Tx } from "../../../domain/shared/db.js";
import { type JobContext, type JobResult, type JobRun, SCAN_BATCH, asLocale } from "../job-context.js";
import { loadPeople } from "./recipient-set.js";
import { postToTeamAlerts } from "./team-alerts.js";

const KIND = "stale-deal";

/** One stale episode of a deal: a new activity (new lastActivityAt) starts a new one. */
export function stalePeriodKey(dealId: string, lastActivityAt: Date): string {
  return `${KIND}:${dealId}:${lastActivityAt.toISOString()}`;
}

/** Stale deals: mark at risk and alert the owner and their manager, once per episode; re-alert after a snooze. */
export async function runStaleDeals(ctx: JobContext, rule: RuleDefinition<"stale-deal">, run: JobRun): Promise<JobResult> {
  const result: JobResult = { key: KIND, sent: 0, duplicates: 0 };
  const stages = await ctx.domain.stages.list();
  const markAtRisk = rule.actions.includes("mark-at-risk");
  const seen = new Set<string>();
  for (;;) {
    const batch = (await findNewlyStaleDeals(ctx.db, stages, {
      now: run.now,
      days: rule.condition.days,
      minAmount: rule.condition.minAmount,
      limit: SCAN_BATCH,
    }))
      .filter((d) => !seen.has(d.id));
    if (batch.length === 0) break;
    for (const d of batch) seen.add(d.id);
    const claimed = markAtRisk ? new Set<string>() : await claimedKeys(ctx.db, KIND, batch.map((d) => d.id));
    const people = await loadPeople(ctx.db, batch.map((d) => d.ownerId));
    const items = batch
      .filter((deal) => !claimed.has(stalePeriodKey(deal.id, deal.lastActivityAt)))
      .map((deal) => ({
        claim: { kind: KIND, subjectType: "deal", subjectId: deal.id, periodKey: stalePeriodKey(deal.id, deal.lastActivityAt), recipientId: deal.ownerId, payload: { days: rule.condition.days } },
        item: deal,
      }));
    const outcome = await claimBatch(ctx.db, items, run.now, async (tx, alertId, deal) => {
      if (markAtRisk) await markAtRiskIn(tx, deal.id, { days: rule.condition.days, lastActivityAt: deal.lastActivityAt });
      return notify(ctx, tx, rule, run, deal, alertId, people);
    });
    result.sent += outcome.sent;
    result.duplicates += outcome.duplicates;
    if (outcome.duplicates > 0 && markAtRisk) {
      // Alerted before (e.g. the deal was moved, which clears atRisk): keep the mark so the scan moves on.
      const stillClear = await ctx.db.deal.findMany({ where: { id: { in: batch.map((d) => d.id) }, atRisk: false }, select: { id: true, lastActivityAt: true } });
      for (const d of stillClear) await ctx.db.$transaction((tx) => markAtRiskIn(tx, d.id, { days: rule.condition.days, lastActivityAt: d.lastActivityAt }));
    }
    if (batch.length < SCAN_BATCH) break;
  }
  await resumeSnoozed(ctx, rule, run, result);
  return result;
}

async function notify(
  ctx: JobContext,
  tx: Tx,
  rule: RuleDefinition<"stale-deal">,
  run: JobRun,
  deal: StaleDealCandidate,
  alertId: string,
  people: Awaited<ReturnType<typeof loadPeople>>,
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
    delivered += await ctx.notifier.toUser(tx, r.id, { card }, run.now, cardFor);
  }
  if (rule.actions.includes("team-channel")) {
    const teamId = deal.teamId ?? owner?.teamId;
    delivered += await postToTeamAlerts(ctx, tx, teamId, run.now, (reader) => staleDealCard(data, { ...reader, now: run.now, alertId, snoozeDays: rule.condition.snoozeDays }), cardFor);
  }
  return delivered;
}

/** Snoozed stale-deal alerts whose time has come: alert again if the deal is still open, at risk and untouched. */
async function resumeSnoozed(ctx: JobContext, rule: RuleDefinition<"stale-deal">, run: JobRun, result: JobResult): Promise<void> {
  const due = await ctx.db.alert.findMany({
    where: { kind: KIND, status: "snoozed", snoozedUntil: { lte: run.now } },
    take: SCAN_BATCH,
  });
  if (due.length === 0) return;
  const stages = await ctx.domain.stages.list();
  const openIds = new Set(stages.filter((s) => s.kind === "open").map((s) => s.id));
  const deals = await ctx.db.deal.findMany({
    where: { id: { in: due.map((a) => a.subjectId) } },
    select: { id: true, number: true, title: true, amountMinor: true, currency: true, ownerId: true, teamId: true, lastActivityAt: true, stageId: true, atRisk: true, company: { select: { name: true } } },
  });
  const byId = new Map(deals.map((d) => [d.id, d]));
  const people = await loadPeople(ctx.db, deals.map((d) => d.ownerId));
  for (const alert of due) {
    const deal = byId.get(alert.subjectId);
    const stillStale = deal && openIds.has(deal.stageId) && deal.atRisk && alert.periodKey === stalePeriodKey(deal.id, deal.lastActivityAt);
    if (!deal || !stillStale) {
      await ctx.db.alert.updateMany({ where: { id: alert.id, status: "snoozed" }, data: { status: "expired" } });
      continue;
    }
    const claim = await claimAndDeliver(
      ctx.db,
      { kind: KIND, subjectType: "deal", subjectId: deal.id, periodKey: `${alert.periodKey}:after:${alert.snoozedUntil!.toISOString()}`, recipientId: deal.ownerId },
      run.now,
      async (tx, alertId) => {
        await tx.alert.update({ where: { id: alert.id }, data: { status: "resumed" } });
        return notify(ctx, tx, rule, run, deal, alertId, people);
      },
    );
    if (claim.status === "sent") result.sent++;
    else result.duplicates++;
  }
}
