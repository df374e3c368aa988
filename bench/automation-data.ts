import Database from "better-sqlite3";

/** How Prisma's better-sqlite3 adapter stores DateTime (ISO 8601 text), so raw rows compare like Prisma's. */
export const ts = (d: Date | number) => new Date(d).toISOString().replace("Z", "+00:00");

export const DAY = 86_400_000;
const OPEN = ["stage_lead", "stage_qualified", "stage_proposal", "stage_negotiation"];

/** A tiny deterministic PRNG, so every run loads the same data. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface LoadOptions {
  teams: number;
  repsPerTeam: number;
  openDeals: number;
  /** Closed (won/lost) deals on top of the open ones. */
  closedDeals: number;
  followUps: number;
  now: Date;
  /** Stale-scan data: deals already stale before `now - 7 d - 1 h` are marked at risk (the steady state after hourly scans). */
  steadyStateAtRisk: boolean;
  /**
   * Exactly this many open deals (the first ones, amounts above any alert threshold) went stale in
   * the last hour: the stale-deal job's batch. Without it the count is whatever the random
   * spread puts there.
   */
  newlyStale?: number;
}

/** Bulk-loads teams, people, companies, deals, stage history and follow-ups with raw prepared statements in one transaction. */
export function loadPipeline(file: string, o: LoadOptions): { staleCutoff: Date } {
  const db = new Database(file);
  // A bulk load, not the app: no journal, no fsync, a big page cache for the random index inserts.
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -1000000");
  db.pragma("foreign_keys = OFF");
  const rand = rng(42);
  const now = o.now.getTime();
  const staleCutoff = new Date(now - 7 * DAY);
  const atRiskBefore = now - 7 * DAY - 3_600_000;
  const created = ts(now - 100 * DAY);
  const team = db.prepare(`INSERT INTO "Team" (id, name, timezone, locale, createdAt) VALUES (?, ?, 'Asia/Shanghai', 'zh', ?)`);
  const user = db.prepare(
    `INSERT INTO "User" (id, name, role, timezone, locale, teamId, active, createdAt, updatedAt) VALUES (?, ?, ?, 'Asia/Shanghai', 'zh', ?, 1, ?, ?)`,
  );
  const channel = db.prepare(`INSERT INTO "TeamChannel" (id, teamId, platform, conversationId, purpose, createdAt) VALUES (?, ?, 'local', ?, 'digest', ?)`);
  const identity = db.prepare(`INSERT INTO "ChannelIdentity" (id, platform, platformUserId, tenantId, userId, createdAt) VALUES (?, 'local', ?, '', ?, ?)`);
  const company = db.prepare(
    `INSERT INTO "Company" (id, name, searchKey, tier, tags, ownerId, teamId, createdAt, updatedAt) VALUES (?, ?, ?, 'B', '[]', ?, ?, ?, ?)`,
  );
  const deal = db.prepare(
    `INSERT INTO "Deal" (id, number, title, companyId, ownerId, teamId, amountMinor, currency, stageId, expectedCloseAt, lastActivityAt, atRisk, closedAt, version, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, 0, ?, ?)`,
  );
  const change = db.prepare(`INSERT INTO "DealStageChange" (id, dealId, fromStageId, toStageId, changedAt) VALUES (?, ?, ?, ?, ?)`);
  const followUp = db.prepare(`INSERT INTO "FollowUp" (id, title, dueAt, ownerId, dealId, done, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const repOf = (t: number, r: number) => `u${t}_${r}`;
  const companiesPerTeam = 200;

  db.transaction(() => {
    for (let t = 0; t < o.teams; t++) {
      team.run(`t${t}`, `Team ${t}`, created);
      channel.run(`ch${t}`, `t${t}`, `room-${t}`, created);
      user.run(`m${t}`, `Manager ${t}`, "manager", `t${t}`, created, created);
      identity.run(`i${t}`, `m${t}`, `m${t}`, created);
      for (let r = 0; r < o.repsPerTeam; r++) user.run(repOf(t, r), `Rep ${t}-${r}`, "rep", `t${t}`, created, created);
      for (let c = 0; c < companiesPerTeam; c++)
        company.run(`c${t}_${c}`, `Co ${t}-${c}`, `co${t}${c}`, repOf(t, c % o.repsPerTeam), `t${t}`, created, created);
    }
    const total = o.openDeals + o.closedDeals;
    for (let i = 0; i < total; i++) {
      const t = Math.floor(rand() * o.teams);
      const owner = repOf(t, Math.floor(rand() * o.repsPerTeam));
      const open = i < o.openDeals;
      const stage = open ? OPEN[Math.floor(rand() * OPEN.length)]! : rand() < 0.6 ? "stage_won" : "stage_lost";
      let last = now - Math.floor(rand() * 60 * DAY);
      let amount = Math.floor(1_000 + rand() * 1_000_000) * 100;
      if (o.newlyStale !== undefined) {
        // In the last hour's window only when chosen; the others an hour earlier, already marked.
        if (i < o.newlyStale) {
          last = atRiskBefore + 1 + Math.floor(rand() * (3_600_000 - 2));
          amount = Math.max(amount, 100_000_000);
        } else if (last >= atRiskBefore && last < now - 7 * DAY) last -= 3_600_000;
      }
      const atRisk = o.steadyStateAtRisk && open && last < atRiskBefore && amount >= 10_000_000 ? 1 : 0;
      const dealCreated = last - Math.floor(rand() * 30 * DAY);
      const close = ts(now + Math.floor((rand() * 70 - 10) * DAY));
      deal.run(
        `d${i}`,
        i + 1,
        `Deal ${i}`,
        `c${t}_${i % companiesPerTeam}`,
        owner,
        `t${t}`,
        amount,
        stage,
        close,
        ts(last),
        atRisk,
        open ? null : ts(last),
        ts(dealCreated),
        ts(last),
      );
      change.run(`s${i}`, `d${i}`, null, "stage_lead", ts(dealCreated));
      // About 2% of deals moved in the last day: the digest's "movement since yesterday".
      if (rand() < 0.02) change.run(`s${i}m`, `d${i}`, "stage_lead", stage, ts(now - Math.floor(rand() * DAY)));
    }
    for (let i = 0; i < o.followUps; i++) {
      const t = Math.floor(rand() * o.teams);
      const due = now + Math.floor((rand() * 30 - 6) * DAY);
      followUp.run(
        `f${i}`,
        `Follow-up ${i}`,
        ts(due),
        repOf(t, Math.floor(rand() * o.repsPerTeam)),
        `d${i % Math.max(1, o.openDeals)}`,
        rand() < 0.3 ? 1 : 0,
        created,
        created,
      );
    }
  })();
  db.pragma("journal_mode = WAL");
  db.close();
  return { staleCutoff };
}
