import type { DbOrTx } from "../shared/db.js";

export interface SlaBreach {
  id: string;
  number: number;
  title: string;
  priority: string;
  slaDueAt: Date;
  createdAt: Date;
  assigneeId: string | null;
  reporterId: string;
  company: { id: string; name: string; teamId: string | null; ownerId: string | null };
}

/** Unanswered tickets of the given priorities past their SLA (slaDueAt) or older than `hours`. Uses Ticket(status, slaDueAt). */
export async function findSlaBreaches(db: DbOrTx, o: { now: Date; hours: number; priorities: string[]; limit: number }): Promise<SlaBreach[]> {
  const byAge = new Date(o.now.getTime() - o.hours * 3_600_000);
  return db.ticket.findMany({
    where: {
      status: { in: ["open", "pending"] },
      firstResponseAt: null,
      priority: { in: o.priorities },
      OR: [{ slaDueAt: { lte: o.now } }, { createdAt: { lte: byAge } }],
    },
    select: {
      id: true,
      number: true,
      title: true,
      priority: true,
      slaDueAt: true,
      createdAt: true,
      assigneeId: true,
      reporterId: true,
      company: { select: { id: true, name: true, teamId: true, ownerId: true } },
    },
    orderBy: { slaDueAt: "asc" },
    take: o.limit,
  });
}
