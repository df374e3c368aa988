import type { Db } from "../shared/db.js";
import { AlertClaims } from "./alert-claims.service.js";
import { ChurnAlerts } from "./churn.alerts.js";
import { DigestAlerts } from "./digest.alerts.js";
import { JobPeople } from "./job-people.service.js";
import { OverdueFollowUpAlerts } from "./overdue-followup.alerts.js";
import { PaymentOverdueAlerts } from "./payment-overdue.alerts.js";
import { RenewalAlerts } from "./renewal.alerts.js";
import { SlaAlerts } from "./sla.alerts.js";
import { StaleDealAlerts } from "./stale-deal.alerts.js";

/**
 * The data work of the automation jobs (bot/automation): scans, people, and the exactly-once
 * claims with the record changes they carry. The jobs word the alerts and queue them through the
 * notifier, which these services bind to each claim's transaction.
 */
export function createAutomationJobs(db: Db) {
  return {
    claims: new AlertClaims(db),
    people: new JobPeople(db),
    staleDeals: new StaleDealAlerts(db),
    churn: new ChurnAlerts(db),
    renewals: new RenewalAlerts(db),
    sla: new SlaAlerts(db),
    overdueFollowUps: new OverdueFollowUpAlerts(db),
    digests: new DigestAlerts(db),
    overduePayments: new PaymentOverdueAlerts(db),
  };
}

export type AutomationJobs = ReturnType<typeof createAutomationJobs>;
