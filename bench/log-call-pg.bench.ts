import { migrateDeploy } from "../app/migrate.js";
import { createDatabase, dropDatabase, pgAdmin, pgReachable, pgServerUrl } from "../test/pg-server.js";
import { botLoop } from "./log-call.bench.js";
import { type RunResult, timeEach } from "./stats.js";

/**
 * The same "log a call" runs on PostgreSQL (CRM_PG_URL), against a raw `pg` insert loop on the
 * same server: one database per run, cloned from a migrated template, dropped afterwards.
 * Resolves null when no server answers.
 */
export async function benchLogCallPg(ops: number): Promise<{ baseline: RunResult; runs: RunResult[] } | null> {
  const server = pgServerUrl();
  if (!(await pgReachable(server))) return null;
  const prefix = `crm_bench_${process.pid}`;
  const template = `${prefix}_template`;
  const names: string[] = [template];
  const fresh = async (name: string) => {
    names.push(`${prefix}_${name}`);
    return createDatabase(server, `${prefix}_${name}`, template);
  };
  try {
    await migrateDeploy(await createDatabase(server, template));
    const baseline = await rawInsertLoop(await fresh("raw"), ops);
    const runs = [
      await rawSameWritesLoop(await fresh("raw_same"), ops),
      await botLoop(await fresh("bot"), ops, false),
      await botLoop(await fresh("http"), ops, true),
    ].map((run) => ({ ...run, name: run.name.replace("raw better-sqlite3", "raw pg") }));
    return { baseline, runs };
  } finally {
    for (const name of names.reverse()) await dropDatabase(server, name);
  }
}

const SEED_USER = `INSERT INTO "User" (id, name, role, timezone, locale, active, "createdAt", "updatedAt") VALUES ('u1', 'Li', 'rep', 'Asia/Shanghai', 'en', true, now(), now())`;

function rawInsertLoop(url: string, ops: number): Promise<RunResult> {
  return pgAdmin(url, async (c) => {
    await c.query(SEED_USER);
    const insert = {
      name: "activity",
      text: `INSERT INTO "Activity" (id, kind, summary, "occurredAt", "actorId", channel, "createdAt") VALUES ($1, 'call', $2, $3, 'u1', 'local', $3)`,
    };
    return timeEach("raw pg insert (baseline)", ops, async (i) => {
      await c.query({ ...insert, values: [`a${i}`, `called Acme Corp about item ${i}`, new Date()] });
    });
  });
}

/** The same rows a logged call writes, in one transaction (see the SQLite twin). */
function rawSameWritesLoop(url: string, ops: number): Promise<RunResult> {
  return pgAdmin(url, async (c) => {
    await c.query(SEED_USER);
    await c.query(
      `INSERT INTO "Company" (id, name, "searchKey", tier, tags, "createdAt", "updatedAt") VALUES ('c1', 'Acme Corp', 'acme acmecorp', 'C', '[]', now(), now())`,
    );
    await c.query(`INSERT INTO "Deal" (id, number, title, "companyId", "ownerId", "amountMinor", currency, "stageId", "lastActivityAt", "createdAt", "updatedAt")
      VALUES ('d1', 1, 'Acme Corp', 'c1', 'u1', 20000000, 'USD', 'stage_lead', now(), now(), now())`);
    return timeEach("raw pg, same writes as a logged call", ops, async (i) => {
      const now = new Date();
      const summary = `called Acme Corp about item ${i}`;
      await c.query("BEGIN");
      await c.query({ name: "deal", text: `UPDATE "Deal" SET "lastActivityAt" = $1, "atRisk" = false, "updatedAt" = $1 WHERE id = 'd1'`, values: [now] });
      await c.query({ name: "company", text: `UPDATE "Company" SET "lastInteractionAt" = $1, "updatedAt" = $1 WHERE id = 'c1'`, values: [now] });
      await c.query({
        name: "activity",
        text: `INSERT INTO "Activity" (id, kind, summary, "occurredAt", "actorId", "dealId", "companyId", channel, "createdAt") VALUES ($1, 'call', $2, $3, 'u1', 'd1', 'c1', 'local', $3)`,
        values: [`a${i}`, summary, now],
      });
      await c.query({
        name: "audit",
        text: `INSERT INTO "AuditLog" (id, "actorId", channel, action, "entityType", "entityId", after, "createdAt") VALUES ($1, 'u1', 'local', 'activity.log', 'activity', $2, $3, $4)`,
        values: [`l${i}`, `a${i}`, JSON.stringify({ summary }), now],
      });
      await c.query("COMMIT");
    });
  });
}
