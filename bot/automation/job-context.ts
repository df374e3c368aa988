import type { AnyRule } from "../../domain/automation/rule.schemas.js";
import type { AlertOutbox } from "../../domain/automation/outbox-port.js";
import type { Domain } from "../../domain/index.js";
import type { Notifier } from "../delivery/notifier.js";
import type { Locale, Reply } from "../types.js";

/**
 * What every job needs: the domain (scans, people, claims) and the notifier, which the domain's
 * claims use to queue a job's messages in the transaction that claims its alert.
 */
export interface JobContext {
  domain: Domain;
  notifier: Notifier;
}

/** Where a job's deliver step queues its messages: the notifier, bound to the claim's transaction. */
export type JobOutbox = AlertOutbox<Reply>;

export interface JobRun {
  /** The real time of this run (data is read as of now). */
  now: Date;
  /** The scheduled minute this run stands for (a catch-up run stands for a missed minute); names the period. */
  at: Date;
  /** Team rules: only teams in this timezone (the cron fired in it). Undefined = all teams. */
  timeZone?: string;
}

export interface JobResult {
  key: AnyRule["key"];
  sent: number;
  /** Claims that already existed: sent earlier, by another instance, or by a concurrent run. */
  duplicates: number;
}

export const asLocale = (value: string | null | undefined): Locale => (value === "en" ? "en" : "zh");

/** Batch size of the scans: each batch is one query plus one short transaction per alert. */
export const SCAN_BATCH = 200;
