import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createCrmApp } from "../app/create-app.js";
import { startNodeFlags } from "./start-command.js";
import { listen } from "../app/http-server.js";
import { migrateDeploy } from "../app/migrate.js";
import { NO_LIMITS_ENV } from "../test/no-limits-env.js";

const TOKEN = "bench-memory-token";
const CHILD_FLAG = "--memory-burst-child";

/** Posts one queued message per user at once from another process (its memory is not ours); prints the status counts. */
const burstScript = `
  const [base, n, token] = process.argv.slice(1);
  Promise.all(Array.from({ length: Number(n) }, (_, i) => fetch(base + "/api/local/messages", {
    method: "POST", headers: { "content-type": "application/json", authorization: "Bearer " + token },
    body: JSON.stringify({ user: "burst-" + i, text: "Called Wang at Acme Corp about the renewal, follow up next Tuesday", eventId: "m" + i, queue: true }) }).then((r) => r.status)))
    .then((s) => process.stdout.write(JSON.stringify(s.reduce((m, x) => ({ ...m, [x]: (m[x] ?? 0) + 1 }), {}))));`;

export interface MemoryBurstResult {
  users: number;
  mode: string;
  /** Resident set after start and one message (the idle process: the baseline). */
  idleMb: number;
  /** Highest resident set sampled every 5 ms from the burst until every message was processed. */
  peakMb: number;
  statuses: Record<string, number>;
  seconds: number;
}

/**
 * RSS during a burst: `users` new users each send a sentence at once through the local API
 * (recorded in the inbox, answered 202, then processed), measured on the running app's process.
 */
export async function benchMemoryBurst(users: number, extraEnv: Record<string, string> = {}): Promise<MemoryBurstResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-bench-memory-"));
  try {
    const file = path.join(dir, "crm.db");
    await migrateDeploy(`file:${file}`);
    const app = await createCrmApp({
      databaseUrl: `file:${file}`,
      migrate: false,
      outboxPollMs: 0,
      apiToken: TOKEN,
      env: { ...process.env, ...NO_LIMITS_ENV, CRM_SCHEDULER: "off", ...extraEnv },
    });
    const server = await listen(app.http, 0);
    const address = server.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    try {
      await app.inbox.handle({
        type: "message",
        channel: "local",
        user: { platformUserId: "admin" },
        conversation: { id: "dm:admin", kind: "direct" },
        text: "company add Acme Corp",
      });
      global.gc?.();
      const idle = process.memoryUsage().rss;
      let peak = idle;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      const started = performance.now();
      const statuses = await runBurst(base, users);
      await app.inbox.idle();
      await app.outbox.drain();
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      const logged = await app.db.activity.count();
      if (logged !== users) throw new Error(`memory burst: expected ${users} activities, found ${logged}`);
      return {
        users,
        mode: extraEnv.CRM_PROCESSING ?? "same thread",
        idleMb: idle / 2 ** 20,
        peakMb: peak / 2 ** 20,
        statuses,
        seconds: (performance.now() - started) / 1000,
      };
    } finally {
      server.close();
      await app.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function runBurst(base: string, users: number): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ["-e", burstScript, base, String(users), TOKEN], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    proc.stdout.on("data", (d) => (out += d));
    proc.on("error", reject);
    proc.on("exit", () => {
      try {
        resolve(JSON.parse(out) as Record<string, number>);
      } catch (error) {
        reject(error);
      }
    });
  });
}

/**
 * Each measurement in a fresh process (`node --import tsx`): a process that already ran other
 * benches (or the other mode) keeps their memory, and the figure would be theirs.
 */
export function benchMemoryBurstInChild(users: number, extraEnv: Record<string, string>): Promise<MemoryBurstResult> {
  return new Promise((resolve, reject) => {
    // With npm start's node flags (its young-generation size among them): the figure is the app's as users start it.
    const proc = spawn(process.execPath, [...startNodeFlags(), fileURLToPath(import.meta.url), CHILD_FLAG, String(users)], {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, ...extraEnv },
    });
    let out = "";
    proc.stdout.on("data", (d) => (out += d));
    proc.on("error", reject);
    proc.on("exit", (code) => {
      const last = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !last.startsWith("{")) reject(new Error(`memory burst child exited with ${code}: ${out.slice(-500)}`));
      else resolve(JSON.parse(last) as MemoryBurstResult);
    });
  });
}

export function memoryLine(run: MemoryBurstResult): string {
  const counts = Object.entries(run.statuses)
    .map(([status, n]) => `${n}× ${status}`)
    .join(", ");
  return `${run.mode.padEnd(14)} idle ${run.idleMb.toFixed(0)} MB (baseline), peak ${run.peakMb.toFixed(0)} MB = ${(run.peakMb / run.idleMb).toFixed(2)}x idle (goal < 200 MB); answers ${counts}; all processed in ${run.seconds.toFixed(1)} s`;
}

if (process.argv[2] === CHILD_FLAG) {
  const mode: Record<string, string> = process.env.CRM_PROCESSING === "worker" ? { CRM_PROCESSING: "worker" } : {};
  const result = await benchMemoryBurst(Number(process.argv[3]), mode);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
