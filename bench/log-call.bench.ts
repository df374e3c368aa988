import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createCrmApp } from "../app/create-app.js";
import { NO_LIMITS_ENV } from "../test/no-limits-env.js";
import { listen } from "../app/http-server.js";
import { migrateDeploy } from "../app/migrate.js";
import { benchEncryption, benchFields } from "./encryption.bench.js";
import { type RunResult, timeEach } from "./stats.js";

/**
 * "Log a call" through the local channel (in-process and over HTTP) against the baseline:
 * a raw better-sqlite3 loop inserting the same activity rows, one commit each, on the
 * same migrated schema and pragmas.
 */
export async function benchLogCall(ops: number): Promise<{ baseline: RunResult; runs: RunResult[]; encryption: { baseline: RunResult; runs: RunResult[] } }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-bench-"));
  try {
    const template = path.join(dir, "template.db");
    await migrateDeploy(`file:${template}`);
    const baseline = await rawInsertLoop(copy(template, dir, "raw.db"), ops);
    const runs = [
      await rawSameWritesLoop(copy(template, dir, "raw-same.db"), ops),
      await botLoop(`file:${copy(template, dir, "bot.db")}`, ops, false),
      await botLoop(`file:${copy(template, dir, "http.db")}`, ops, true),
    ];
    const encryption = await benchEncryption(`file:${copy(template, dir, "contacts.db")}`, ops);
    return { baseline, runs, encryption };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// The acting user of the raw loops (the bot creates its own on first contact).
const SEED_USER = `INSERT INTO "User" (id, name, role, timezone, locale, active, createdAt, updatedAt) VALUES ('u1', 'Li', 'rep', 'Asia/Shanghai', 'en', 1, 0, 0)`;

function copy(template: string, dir: string, name: string): string {
  const file = path.join(dir, name);
  fs.copyFileSync(template, file);
  return file;
}

async function rawInsertLoop(file: string, ops: number): Promise<RunResult> {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec(SEED_USER);
  const insert = db.prepare(`INSERT INTO "Activity" (id, kind, summary, occurredAt, actorId, channel, createdAt) VALUES (?, 'call', ?, ?, 'u1', 'local', ?)`);
  try {
    return await timeEach("raw better-sqlite3 insert (baseline)", ops, (i) => {
      const now = Date.now();
      insert.run(`a${i}`, `called Acme Corp about item ${i}`, now, now);
    });
  } finally {
    db.close();
  }
}

/**
 * The SQL floor of one logged call: the same rows the bot writes (activity, audit row, deal and
 * company timestamps) in one transaction, without parsing, lookups, the ORM or the reply card.
 */
async function rawSameWritesLoop(file: string, ops: number): Promise<RunResult> {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec(SEED_USER);
  db.exec(`INSERT INTO "Company" (id, name, searchKey, tier, tags, createdAt, updatedAt) VALUES ('c1', 'Acme Corp', 'acme acmecorp', 'C', '[]', 0, 0);
    INSERT INTO "Deal" (id, number, title, companyId, ownerId, amountMinor, currency, stageId, lastActivityAt, createdAt, updatedAt)
      VALUES ('d1', 1, 'Acme Corp', 'c1', 'u1', 20000000, 'USD', 'stage_lead', 0, 0, 0);`);
  const activity = db.prepare(
    `INSERT INTO "Activity" (id, kind, summary, occurredAt, actorId, dealId, companyId, channel, createdAt) VALUES (?, 'call', ?, ?, 'u1', 'd1', 'c1', 'local', ?)`,
  );
  const audit = db.prepare(
    `INSERT INTO "AuditLog" (id, actorId, channel, action, entityType, entityId, after, createdAt) VALUES (?, 'u1', 'local', 'activity.log', 'activity', ?, ?, ?)`,
  );
  const deal = db.prepare(`UPDATE "Deal" SET lastActivityAt = ?, atRisk = 0, updatedAt = ? WHERE id = 'd1'`);
  const company = db.prepare(`UPDATE "Company" SET lastInteractionAt = ?, updatedAt = ? WHERE id = 'c1'`);
  const logCall = db.transaction((i: number, now: number) => {
    const summary = `called Acme Corp about item ${i}`;
    deal.run(now, now);
    company.run(now, now);
    activity.run(`a${i}`, summary, now, now);
    audit.run(`l${i}`, `a${i}`, JSON.stringify({ summary }), now);
  });
  try {
    return await timeEach("raw better-sqlite3, same writes as a logged call", ops, (i) => logCall(i, Date.now()));
  } finally {
    db.close();
  }
}

/** Logs calls through the whole bot on a migrated database (SQLite or PostgreSQL URL). */
export async function botLoop(databaseUrl: string, ops: number, overHttp: boolean): Promise<RunResult> {
  // The load comes from one user: the per-user rate limit would refuse most of it.
  const apiToken = randomBytes(32).toString("base64url");
  const app = await createCrmApp({ databaseUrl, migrate: false, fields: benchFields(), env: { ...process.env, ...NO_LIMITS_ENV }, apiToken });
  const user = { platformUserId: "li", displayName: "Li" };
  const conversation = { id: "dm:li", kind: "direct" as const };
  await app.inbox.handle({ type: "message", channel: "local", user, conversation, text: "company add Acme Corp" });
  await app.inbox.handle({ type: "message", channel: "local", user, conversation, text: "deal new Acme Corp 200k" });
  const server = overHttp ? await listen(app.http, 0) : null;
  const address = server?.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/api/local/messages`;
  try {
    const name = overHttp ? "log a call via POST /api/local/messages" : "log a call via inbox.handle (local channel)";
    const result = await timeEach(name, ops, async (i) => {
      const text = `log called Acme Corp about item ${i}`;
      if (overHttp) {
        const headers = { "content-type": "application/json", authorization: `Bearer ${apiToken}` };
        const res = await fetch(url, { method: "POST", headers, body: JSON.stringify({ user: "li", text }) });
        await res.arrayBuffer();
      } else {
        await app.inbox.handle({ type: "message", channel: "local", user, conversation, text });
      }
    });
    const logged = await app.db.activity.count();
    if (logged !== ops) throw new Error(`expected ${ops} activities, found ${logged}`);
    return result;
  } finally {
    server?.close();
    await app.close();
  }
}
