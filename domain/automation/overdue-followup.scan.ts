import type { DbOrTx } from "../shared/db.js";
import { DAY_MS } from "./local-day.js";

export interface OverdueFollowUp {
  id: string;
  title: string;
  dueAt: Date;
  ownerId: string;
  dealId: string | null;
  company: { name: string } | null;
  deal: { number: number; title: string } | null;
}

/** How far back a scan looks; older follow-ups had their reminders already (or during a catch-up). */
export const OVERDUE_LOOKBACK_DAYS = 7;

/**
 * Open follow-ups that are due, not snoozed, within the lookback window. Uses FollowUp(dueAt, done);
 * the window keeps the result bounded however many forgotten follow-ups a CRM collects.
 */
export async function findOverdueFollowUps(db: DbOrTx, now: Date, limit: number): Promise<OverdueFollowUp[]> {
  return db.followUp.findMany({
    where: {
      done: false,
      dueAt: { lte: now, gte: new Date(now.getTime() - OVERDUE_LOOKBACK_DAYS * DAY_MS) },
      OR: [{ snoozedUntil: null }, { snoozedUntil: { lte: now } }],
    },
    select: {
      id: true,
      title: true,
      dueAt: true,
      ownerId: true,
      dealId: true,
      company: { select: { name: true } },
      deal: { select: { number: true, title: true } },
    },
    orderBy: { dueAt: "asc" },
    take: limit,
  });
}
