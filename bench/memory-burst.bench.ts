import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { startServer } from "../test/server-process.js";

const TOKEN = "bench-memory-token";

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

/** The resident set of another process: /proc on Linux, `ps` elsewhere. */
function rssOf(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    // not Linux
  }
  return Number(execFileSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" }).trim()) * 1024;
}

/**
 * RSS during a burst, measured on the process `npm start` runs (its build step, node with its flags
 * on dist/app/main.js), a fresh one per mode: `users` new users each send a sentence at once
 * through the local API (recorded in the inbox, answered 202, then processed).
 */
export async function benchMemoryBurstStarted(users: number, extraEnv: Record<string, string>): Promise<MemoryBurstResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-bench-memory-"));
  const file = path.join(dir, "crm.db");
  const server = await startServer({ DATABASE_URL: `file:${file}`, CRM_DATA_DIR: dir, CRM_SCHEDULER: "off", CRM_API_TOKEN: TOKEN, ...extraEnv });
  try {
    const base = server.baseUrl;
    const setup = await post(base, { user: "admin", text: "company add Acme Corp", eventId: "setup" });
    if (setup !== 200) throw new Error(`memory burst: the setup message was answered ${setup}`);
    const pid = server.child.pid!;
    const idle = rssOf(pid);
    let peak = idle;
    const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 5);
    const started = performance.now();
    const statuses = await runBurst(base, users);
    await untilLogged(file, users);
    clearInterval(sampler);
    peak = Math.max(peak, rssOf(pid));
    return {
      users,
      mode: extraEnv.CRM_PROCESSING ?? "same thread",
      idleMb: idle / 2 ** 20,
      peakMb: peak / 2 ** 20,
      statuses,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function post(base: string, body: Record<string, unknown>): Promise<number> {
  const response = await fetch(`${base}/api/local/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}

/** Reads the app's database from here (WAL: a reader does not stop its writer) until every message is logged. */
async function untilLogged(file: string, users: number): Promise<void> {
  const db = new Database(file, { readonly: true });
  try {
    const deadline = Date.now() + 300_000;
    for (;;) {
      const { n } = db.prepare("SELECT COUNT(*) AS n FROM Activity").get() as { n: number };
      if (n >= users) return;
      if (Date.now() > deadline) throw new Error(`memory burst: ${n} of ${users} messages logged after 300 s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    db.close();
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

export function memoryLine(run: MemoryBurstResult): string {
  const counts = Object.entries(run.statuses)
    .map(([status, n]) => `${n}× ${status}`)
    .join(", ");
  return `${run.mode.padEnd(14)} idle ${run.idleMb.toFixed(0)} MB (baseline), peak ${run.peakMb.toFixed(0)} MB = ${(run.peakMb / run.idleMb).toFixed(2)}x idle (goal < 200 MB); answers ${counts}; all processed in ${run.seconds.toFixed(1)} s`;
}
