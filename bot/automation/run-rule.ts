import type { AnyRule } from "../../domain/automation/rule.schemas.js";
import type { JobContext, JobResult, JobRun } from "./job-context.js";
import { runChurn } from "./jobs/churn.job.js";
import { runDigest } from "./jobs/digest.job.js";
import { runOverdueFollowUps } from "./jobs/overdue-followup.job.js";
import { runRenewals } from "./jobs/renewal.job.js";
import { runPaymentOverdue } from "./jobs/payment-overdue.job.js";
import { runDailyReports } from "./jobs/daily-report.job.js";
import { runSla } from "./jobs/sla.job.js";
import { runStaleDeals } from "./jobs/stale-deal.job.js";
import { runLeadAssign, runLeadHot, runLeadReturn } from "./jobs/lead.job.js";

/** Runs one rule's job. Every job is idempotent: its Alert rows decide what was already sent. */
export async function runRule(ctx: JobContext, rule: AnyRule, run: JobRun): Promise<JobResult> {
  switch (rule.key) {
    case "digest":
    case "weekly-summary":
      return runDigest(ctx, rule, run);
    case "stale-deal":
      return runStaleDeals(ctx, rule, run);
    case "overdue-followup":
      return runOverdueFollowUps(ctx, rule, run);
    case "churn":
      return runChurn(ctx, rule, run);
    case "sla":
      return runSla(ctx, rule, run);
    case "renewal":
      return runRenewals(ctx, rule, run);
    case "payment-overdue":
      return runPaymentOverdue(ctx, rule, run);
    case "daily-report":
      return runDailyReports(ctx, rule, run);
    case "lead-hot":
      return runLeadHot(ctx, rule, run);
    case "lead-return":
      return runLeadReturn(ctx, rule, run);
    case "lead-assign":
      return runLeadAssign(ctx, rule, run);
  }
}

/** Team rules fire in each team's timezone; the others once in the default zone. */
export const isTeamRule = (rule: AnyRule) => rule.entity === "team";
