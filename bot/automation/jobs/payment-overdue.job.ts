import { paymentOverdueCard } from "../../../cards/alert.card.js";
import { DAY_MS } from "../../../domain/automation/local-day.js";
import { paymentOverduePeriodKey } from "../../../domain/automation/period-keys.js";
import type { RuleDefinition } from "../../../domain/automation/rule.schemas.js";
import { type JobContext, type JobResult, type JobRun, SCAN_BATCH, asLocale } from "../job-context.js";
import { postToTeamAlerts } from "./team-alerts.js";

const KIND = "payment-overdue";

/**
 * An instalment more than N days past due and not paid in full: the owner and their manager are
 * told (and the owner gets a 催款 follow-up due tomorrow), once per instalment and due day.
 */
export async function runPaymentOverdue(ctx: JobContext, rule: RuleDefinition<"payment-overdue">, run: JobRun): Promise<JobResult> {
  const result: JobResult = { key: KIND, sent: 0, duplicates: 0 };
  // Page by page: the instalments alerted already (still unpaid) are skipped, never a reason to stop.
  for (let skip = 0; ; skip += SCAN_BATCH) {
    const overdue = await ctx.domain.automation.overduePayments.scan({ now: run.now, days: rule.condition.days, limit: SCAN_BATCH, skip });
    await alertPage(ctx, rule, run, overdue, result);
    if (overdue.length < SCAN_BATCH) return result;
  }
}

async function alertPage(
  ctx: JobContext,
  rule: RuleDefinition<"payment-overdue">,
  run: JobRun,
  overdue: Awaited<ReturnType<JobContext["domain"]["automation"]["overduePayments"]["scan"]>>,
  result: JobResult,
): Promise<void> {
  const jobs = ctx.domain.automation;
  if (overdue.length === 0) return;
  const claimed = await jobs.claims.claimedKeys(
    KIND,
    overdue.map((i) => i.id),
  );
  const people = await jobs.people.load(overdue.map((i) => i.contract.ownerId));
  for (const instalment of overdue) {
    const periodKey = paymentOverduePeriodKey(instalment.id, instalment.dueAt);
    if (claimed.has(periodKey)) continue;
    const c = instalment.contract;
    const owner = people.user(c.ownerId);
    const ownerLocale = asLocale(owner?.locale);
    const followUp = rule.actions.includes("create-followup")
      ? {
          title:
            ownerLocale === "zh"
              ? `催款：${c.company.name} 合同 ${c.number} 第 ${instalment.seq} 期`
              : `Collect: ${c.company.name}, contract ${c.number}, instalment ${instalment.seq}`,
          dueAt: new Date(run.now.getTime() + DAY_MS),
        }
      : null;
    const claim = await jobs.overduePayments.claim(
      ctx.notifier,
      { kind: KIND, subjectType: "instalment", subjectId: instalment.id, periodKey, recipientId: c.ownerId },
      instalment,
      followUp,
      run.now,
      async (out, alertId, created) => {
        const data = {
          contractNumber: c.number,
          companyName: c.company.name,
          ownerName: owner?.name ?? "?",
          seq: instalment.seq,
          dueAt: instalment.dueAt,
          owedMinor: instalment.amountMinor - instalment.paidMinor,
          currency: c.currency,
          dealId: c.dealId,
          followUpId: created?.id ?? "",
        };
        const recipients = [
          ...(rule.actions.includes("notify-owner") && owner ? [owner] : []),
          ...(rule.actions.includes("notify-manager") && owner ? people.managersOf(owner) : []),
        ];
        let delivered = created ? 1 : 0;
        for (const r of recipients) {
          delivered += await out.toUser(r.id, { card: paymentOverdueCard(data, { locale: asLocale(r.locale), timeZone: r.timezone, now: run.now, alertId }) });
        }
        if (rule.actions.includes("team-channel")) {
          delivered += await postToTeamAlerts(out, c.teamId ?? owner?.teamId, (reader) => paymentOverdueCard(data, { ...reader, now: run.now, alertId }));
        }
        return delivered;
      },
    );
    if (claim.status === "sent") result.sent++;
    else result.duplicates++;
  }
}
