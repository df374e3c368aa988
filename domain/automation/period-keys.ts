import type { ChurnCandidate } from "./churn.scan.js";
import { localDateKey } from "./local-day.js";

/*
 * The period keys of the automation alerts. An Alert row is unique per (kind, subject, periodKey),
 * so a key names what is sent exactly once, across runs, restarts and instances.
 */

/** The month of churn's ticket alerts is counted in this zone, whatever the team's. */
const CHURN_MONTH_ZONE = "Asia/Shanghai";

/** One stale episode of a deal: a new activity (new lastActivityAt) starts a new one. */
export function stalePeriodKey(dealId: string, lastActivityAt: Date): string {
  return `stale-deal:${dealId}:${lastActivityAt.toISOString()}`;
}

/** The re-alert of a snoozed alert once its snooze is over: once per snooze. */
export function resumedPeriodKey(snoozedKey: string, snoozedUntil: Date): string {
  return `${snoozedKey}:after:${snoozedUntil.toISOString()}`;
}

/** Silence: once per quiet spell (keyed by the last interaction). Tickets: at most once a month. */
export function churnPeriodKey(c: ChurnCandidate, now: Date): string {
  if (c.reason === "inactive") return `churn:${c.company.id}:inactive:${(c.company.lastInteractionAt ?? c.company.createdAt).toISOString()}`;
  return `churn:${c.company.id}:tickets:${localDateKey(now, CHURN_MONTH_ZONE).slice(0, 7)}`;
}

/** "team": the team's alerts chat, at the same point as the manager (the follow-up N days overdue). */
export type FollowUpStage = "due" | "morning" | "manager" | "team";

/** Keyed by the due time, so a snooze (which moves dueAt) starts the reminders afresh. */
export function followUpPeriodKey(id: string, stage: FollowUpStage, dueAt: Date): string {
  return `overdue-followup:${id}:${stage}:${dueAt.toISOString()}`;
}

/** Once per contract end date: a renewed contract (new endsAt) is a new renewal. */
/** An instalment's overdue payment is alerted once per due day (a new plan's day alerts again). */
export function paymentOverduePeriodKey(instalmentId: string, dueAt: Date): string {
  return `payment-overdue:${instalmentId}:${dueAt.toISOString()}`;
}

export function renewalPeriodKey(dealId: string, endsAt: Date): string {
  return `renewal:${dealId}:${endsAt.toISOString()}`;
}

/** A ticket's SLA breach is escalated once. */
export function slaPeriodKey(ticketId: string): string {
  return `sla:${ticketId}`;
}

/** The key of one team's digest for the day `at` falls on in the team's zone. */
export function digestPeriodKey(kind: "digest" | "weekly-summary", teamId: string, at: Date, timeZone: string): string {
  return `${kind}:team:${teamId}:${localDateKey(at, timeZone)}`;
}
