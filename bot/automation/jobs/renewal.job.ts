import { renewalCard } from "../../../cards/alert.card.js";
import { claimAndDeliver, claimedKeys } from "../../../domain/automation/alert-claim.js";
import { DAY_MS } from "../../../domain/automation/local-day.js";
import { createRenewalFollowUpIn, findRenewals } from "../../../domain/automation/renewal.scan.js";
import type { RuleDefinition } from "../../../domain/automation/rule.schemas.js";
import { type JobContext, type JobResult, type JobRun, SCAN_BATCH, asLocale } from "../job-context.js";
import { loadPeople } from "./recipient-set.js";
import { postToTeamAlerts } from "./team-alerts.js";

const KIND = "renewal";

/** A contract ending within N days: one renewal follow-up for the owner (due tomorrow) and a card, once per end date. */
export async function runRenewals(ctx: JobContext, rule: RuleDefinition<"renewal">, run: JobRun): Promise<JobResult> {
  const result: JobResult = { key: KIND, sent: 0, duplicates: 0 };
  const stages = await ctx.domain.stages.list();
  const renewals = await findRenewals(ctx.db, { now: run.now, days: rule.condition.days, lostStageIds: stages.filter((s) => s.kind === "lost").map((s) => s.id), limit: SCAN_BATCH * 5 });
  if (renewals.length === 0) return result;
  const claimed = await claimedKeys(ctx.db, KIND, renewals.map((d) => d.id));
  const people = await loadPeople(ctx.db, renewals.map((d) => d.ownerId));
  for (const deal of renewals) {
    const periodKey = `${KIND}:${deal.id}:${deal.endsAt!.toISOString()}`;
    if (claimed.has(periodKey)) continue;
    const owner = people.user(deal.ownerId);
    const locale = asLocale(owner?.locale);
    const claim = await claimAndDeliver(
      ctx.db,
      { kind: KIND, subjectType: "deal", subjectId: deal.id, periodKey, recipientId: deal.ownerId },
      run.now,
      async (tx, alertId) => {
        const followUp = rule.actions.includes("create-followup")
          ? await createRenewalFollowUpIn(tx, deal, locale === "zh" ? `续约：${deal.title}` : `Renewal: ${deal.title}`, new Date(run.now.getTime() + DAY_MS))
          : null;
        const data = { dealId: deal.id, number: deal.number, title: deal.title, companyName: deal.company.name, endsAt: deal.endsAt!, amountMinor: deal.amountMinor, currency: deal.currency, followUpId: followUp?.id ?? "" };
        const toOwner = rule.actions.includes("notify-owner") && owner;
        const toTeam = rule.actions.includes("team-channel");
        // With no message to send, the created follow-up is what this alert delivered.
        if (!toOwner && !toTeam) return followUp ? 1 : 0;
        let delivered = 0;
        if (toOwner) delivered += await ctx.notifier.toUser(tx, owner.id, { card: renewalCard(data, { locale, timeZone: owner.timezone, now: run.now, alertId }) }, run.now);
        if (toTeam) delivered += await postToTeamAlerts(ctx, tx, deal.teamId ?? owner?.teamId, run.now, (reader) => renewalCard(data, { ...reader, now: run.now, alertId }));
        return delivered;
      },
    );
    if (claim.status === "sent") result.sent++;
    else result.duplicates++;
  }
  return result;
}
