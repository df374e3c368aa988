import type { Db } from "../shared/db.js";
import { findOverdueFollowUps, type OverdueFollowUp } from "./overdue-followup.scan.js";

/** The data side of the overdue follow-up job; its claims change nothing but the outbox (alert-claims.service.ts). */
export class OverdueFollowUpAlerts {
  constructor(private readonly db: Db) {}

  /** Open follow-ups that are due, within the lookback window (overdue-followup.scan.ts). */
  scan(now: Date, limit: number): Promise<OverdueFollowUp[]> {
    return findOverdueFollowUps(this.db, now, limit);
  }
}
