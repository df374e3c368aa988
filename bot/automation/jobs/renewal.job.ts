import { renewalCard } from "../../../cards/alert.card.js";
import { DAY_MS } from "../../../domain/automation/local-day.js";
import { renewalPeriodKey } from "../../../domain/automation/period-keys.js";
import type { RuleDefinition } from "../../../domain/automation/rule.schemas.js";
import { type JobContext, type JobResult, type JobRun, SCAN_BATCH, asLocale } from "../job-context.js";
import { postToTeamAlerts } from "./team-alerts.js";

const KIND = "renewal";

/** A contract ending within N days: one renewal follow-up for the owner (due tomorrow) and a card, once per end date. */
export async function runRenewals(ctx: JobContext, rule: RuleDefinition<"renewal">, run: JobRun): Promise<JobResult> {
  const result: JobResult = { key: KIND, sent: 0, duplicates: 0 };
  const jobs = ctx.domain.automation;
  const stages = await ctx.domain.stages.list();
  const renewals = await jobs.renewals.scan({
    now: run.now,
    days: rule.condition.days,
    lostStageIds: stages.filter((s) => s.kind === "lost").map((s) => s.id),
    limit: SCAN_BATCH * 5,
  });
  if (renewals.length === 0) return result;
  const claimed = await jobs.claims.claimedKeys(
    KIND,
    renewals.map((d) => d.id),
  );
  const people = await jobs.people.load(renewals.map((d) => d.ownerId));
  for (const deal of renewals) {
    const periodKey = renewalPeriodKey(deal.id, deal.endsAt!);
    if (claimed.has(periodKey)) continue;
    const owner = people.user(deal.ownerId);
    const locale = asLocale(owner?.locale);
    // The follow-up is the owner's, so it is titled in the owner's language.
    const followUp = rule.actions.includes("create-followup")
      ? { title: locale === "zh" ? `续约：${deal.title}` : `Renewal: ${deal.title}`, dueAt: new Date(run.now.getTime() + DAY_MS) }
      : null;
    const claim = await jobs.renewals.claim(
      ctx.notifier,
      { kind: KIND, subjectType: "deal", subjectId: deal.id, periodKey, recipientId: deal.ownerId },
      deal,
      followUp,
      run.now,
      async (out, alertId, created) => {
        const data = {
          dealId: deal.id,
          number: deal.number,
          title: deal.title,
          companyName: deal.company.name,
          endsAt: deal.endsAt!,
          amountMinor: deal.amountMinor,
          currency: deal.currency,
          followUpId: created?.id ?? "",
        };
        const toOwner = rule.actions.includes("notify-owner") && owner;
        const toTeam = rule.actions.includes("team-channel");
        // With no message to send, the created follow-up is what this alert delivered.
        if (!toOwner && !toTeam) return created ? 1 : 0;
        let delivered = 0;
        if (toOwner) delivered += await out.toUser(owner.id, { card: renewalCard(data, { locale, timeZone: owner.timezone, now: run.now, alertId }) });
        if (toTeam) delivered += await postToTeamAlerts(out, deal.teamId ?? owner?.teamId, (reader) => renewalCard(data, { ...reader, now: run.now, alertId }));
        return delivered;
      },
    );
    if (claim.status === "sent") result.sent++;
    else result.duplicates++;
  }
  return result;
}
