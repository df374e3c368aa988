import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createCrmApp } from "../app/create-app.js";
import { listen } from "../app/http-server.js";
import { migrateDeploy } from "../app/migrate.js";
import { createDomain } from "../domain/index.js";
import { systemClock } from "../domain/shared/clock.js";
import { openDatabase } from "../domain/shared/db.js";
import { ephemeralSensitiveFields } from "../domain/shared/sensitive-fields.js";
import { NO_LIMITS_ENV } from "../test/no-limits-env.js";
import { type RunResult, timeEach } from "./stats.js";

/** The i-th submitted lead: a new person each time (no merges), as a busy web form would send them. */
function leadRow(i: number) {
  return {
    name: `Lead ${i}`,
    companyName: `Bench Company ${i}`,
    phone: `139${String(i).padStart(8, "0")}`,
    email: `lead${i}@example.com`,
    externalId: `b-${i}`,
  };
}

/**
 * N leads (BENCH_LEADS) posted one after another to POST /api/leads of the whole app over real
 * HTTP (token check, body, validation, duplicate check, the domain's transaction and audit), and
 * the same N through LeadService.create in-process; next to the baseline: the same rows inserted
 * into "Lead" by raw better-sqlite3, each its own transaction as each request is. Each on its own
 * copy of one freshly migrated SQLite file.
 */
export async function benchLeads(n: number): Promise<{ baseline: RunResult; runs: RunResult[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-bench-leads-"));
  try {
    const template = path.join(dir, "template.db");
    await migrateDeploy(`file:${template}`);
    const copy = (name: string) => {
      const file = path.join(dir, name);
      fs.copyFileSync(template, file);
      return file;
    };

    const raw = new Database(copy("baseline.db"));
    raw.pragma("journal_mode = WAL");
    raw.pragma("secure_delete = ON");
    const insert = raw.prepare(
      `INSERT INTO "Lead" (id, number, name, searchKey, companyName, phone, email, source, sourceId, externalId, score, scoreReasons, lastTouchedAt, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'web', 's1', ?, 0, '[]', ?, ?, ?)`,
    );
    const baseline = await timeEach('raw better-sqlite3 INSERT INTO "Lead"', n, (i) => {
      const row = leadRow(i);
      const now = new Date().toISOString();
      insert.run(`l${i}`, i + 1, row.name, row.name.toLowerCase(), row.companyName, row.phone, row.email, row.externalId, now, now, now);
    });
    raw.close();

    const fields = ephemeralSensitiveFields();
    const db = await openDatabase(copy("domain.db"));
    const domain = createDomain(db, systemClock, { fields });
    const source = await db.leadSource.create({ data: { name: "Bench", tokenHash: "-", createdById: "bench" } });
    const direct = await timeEach("LeadService.create (in-process, no HTTP)", n, async (i) => {
      const result = await domain.leads.create(null, { ...leadRow(i), source: "web" }, { owner: "pool", teamId: null, sourceId: source.id }, "merge");
      if (result.kind !== "created") throw new Error(`lead ${i}: ${result.kind}`);
    });
    await db.$disconnect();

    const app = await createCrmApp({
      databaseUrl: `file:${copy("app.db")}`,
      migrate: false,
      fields,
      filesDir: path.join(dir, "files"),
      outboxPollMs: 0,
      env: { ...process.env, ...NO_LIMITS_ENV, CRM_LEAD_RATE_LIMIT_PER_MINUTE: "0", CRM_SCHEDULER: "off" },
    });
    const server = await listen(app.http, 0);
    try {
      const admin = await app.db.user.create({ data: { name: "Bench admin", role: "admin" } });
      const { token } = await app.domain.leadSources.create({ userId: admin.id, role: "admin", teamId: null, channel: "bench" }, { name: "Bench" });
      const address = server.address();
      const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/api/leads`;
      const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
      const http = await timeEach("POST /api/leads (HTTP, JSON)", n, async (i) => {
        const res = await fetch(url, { method: "POST", headers, body: JSON.stringify(leadRow(i)) });
        const body = await res.text();
        if (res.status !== 201) throw new Error(`lead ${i}: ${res.status} ${body}`);
      });
      return { baseline, runs: [direct, http] };
    } finally {
      server.close();
      await app.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
