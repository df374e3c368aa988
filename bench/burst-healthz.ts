import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createCrmApp } from "../app/create-app.js";
import { listen } from "../app/http-server.js";
import { percentile } from "./stats.js";

/**
 * `npx tsx bench/burst-healthz.ts`: BURST_USERS (default 300) new users post a sentence at once
 * from another process while a third process polls /healthz; prints the answers by status, the
 * users provisioned, the worst event-loop stall and the /healthz latencies. Limits come from the
 * environment (CRM_NEW_USER_LIMIT_PER_MINUTE=0 etc. to see the burst without them).
 */
const users = Number(process.env.BURST_USERS ?? 300);
const text = process.env.BURST_TEXT ?? "Called Wang at Acme about the renewal, follow up next Tuesday";

function child(script: string, args: string[]): { stdin: NodeJS.WritableStream; output: Promise<string> } {
  const proc = spawn(process.execPath, ["-e", script, ...args], { stdio: ["pipe", "pipe", "inherit"] });
  let out = "";
  proc.stdout.on("data", (d) => (out += d));
  return { stdin: proc.stdin, output: new Promise((resolve) => proc.on("exit", () => resolve(out))) };
}

const burstScript = `
  const [base, n, text] = process.argv.slice(1);
  Promise.all(Array.from({ length: Number(n) }, (_, i) => fetch(base + "/api/local/messages", { method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ user: "u" + i, text, eventId: "e" + i }) }).then((r) => r.status)))
    .then((s) => process.stdout.write(JSON.stringify(s.reduce((m, x) => ({ ...m, [x]: (m[x] ?? 0) + 1 }), {}))));`;
const pollScript = `
  let stop = false; process.stdin.on("data", () => (stop = true));
  const times = [];
  (async () => { while (!stop) { const s = performance.now(); await fetch(process.argv[1] + "/healthz").then((r) => r.text()); times.push(performance.now() - s); await new Promise((r) => setTimeout(r, 25)); }
    process.stdout.write(JSON.stringify(times.slice(1))); process.exit(0); })();`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-burst-"));
const app = await createCrmApp({ databaseUrl: `file:${path.join(dir, "crm.db")}`, outboxPollMs: 0, env: process.env });
const server = await listen(app.http, 0);
const address = server.address();
const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
let last = performance.now();
let maxLag = 0;
const timer = setInterval(() => {
  const now = performance.now();
  maxLag = Math.max(maxLag, now - last - 10);
  last = now;
}, 10);
const poller = child(pollScript, [base]);
await new Promise((r) => setTimeout(r, 1000));
const started = performance.now();
const statuses = await child(burstScript, [base, String(users), text]).output;
const burstMs = performance.now() - started;
await app.inbox.idle();
poller.stdin.write("stop\n");
const healthz = JSON.parse((await poller.output) || "[]") as number[];
clearInterval(timer);
console.log(`burst of ${users} new users: ${burstMs.toFixed(0)} ms, answers ${statuses}, users provisioned ${await app.db.user.count()}`);
console.log(
  `worst event-loop stall ${maxLag.toFixed(0)} ms; /healthz p50 ${percentile(healthz, 50).toFixed(0)} ms, p99 ${percentile(healthz, 99).toFixed(0)} ms, max ${Math.max(...healthz).toFixed(0)} ms (${healthz.length} polls)`,
);
server.close();
await app.close();
fs.rmSync(dir, { recursive: true, force: true });
