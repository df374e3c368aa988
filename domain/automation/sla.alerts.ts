import type { Db } from "../shared/db.js";
import { findSlaBreaches, type SlaBreach } from "./sla.scan.js";

/** The data side of the SLA job; its claims change nothing but the outbox (alert-claims.service.ts). */
export class SlaAlerts {
  constructor(private readonly db: Db) {}

  /** Unanswered tickets past their SLA (sla.scan.ts). */
  scan(o: { now: Date; hours: number; priorities: string[]; limit: number }): Promise<SlaBreach[]> {
    return findSlaBreaches(this.db, o);
  }
}
