import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { App, LogLevel } from "@slack/bolt";
import { createCrmApp } from "../app/create-app.js";
import { NO_LIMITS_ENV } from "../test/no-limits-env.js";
import { listen } from "../app/http-server.js";
import { migrateDeploy } from "../app/migrate.js";
import { Worker } from "node:worker_threads";
import type { LoadPlan, LoadResult } from "./slack-load-client.js";
import { percentile, type RunResult } from "./stats.js";

const SECRET = "bench-signing-secret";

export interface PacedResult {
  name: string;
  ratePerSecond: number;
  latenciesMs: number[];
}

/**
 * Signed "log a call" DM events (Events API, message.im) through our Slack endpoint, against a bare
 * Bolt app (its own HTTPReceiver, a listener that does nothing) in the same run: back-to-back
 * throughput of acknowledgements, then acknowledgement latency at a fixed 200 requests per second.
 * The CRM work runs after each ack; the "processed" line counts until every event was handled.
 */
export async function benchSlackEvents(ops: number): Promise<{ baseline: RunResult; runs: RunResult[]; paced: PacedResult[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-bench-slack-"));
  const fake = await startFakeSlackThread();
  try {
    const template = path.join(dir, "template.db");
    await migrateDeploy(`file:${template}`);
    const bare = await startBareBolt();
    const baseline = await backToBack("bare Bolt app, ack only (baseline)", bare.url, ops, 0);
    const pacedCount = Math.min(ops, 400);
    const pacedBare = await paced("bare Bolt app, ack at 200 req/s", bare.url, pacedCount, 1_000_000);
    await bare.stop();

    const runs: RunResult[] = [];
    const pacedRuns: PacedResult[] = [pacedBare];
    for (const mode of ["in-process", "worker"] as const) {
      const label = mode === "worker" ? "our /slack/events, worker thread" : "our /slack/events";
      const crm = await startCrm(copy(template, dir, `slack-${mode}.db`), fake.apiUrl, mode === "worker" ? { CRM_PROCESSING: "worker" } : {});
      const acks = await backToBack(`${label}, ack (inbox recorded)`, crm.url, ops, 0);
      const start = process.hrtime.bigint();
      await crm.app.inbox.idle();
      await crm.app.outbox.drain();
      runs.push(acks, {
        name: `${label}, until every call logged`,
        ops,
        seconds: acks.seconds + Number(process.hrtime.bigint() - start) / 1e9,
        latenciesMs: acks.latenciesMs,
      });
      const logged = await crm.app.db.activity.count();
      if (logged !== ops) throw new Error(`${mode}: expected ${ops} activities, found ${logged}`);
      pacedRuns.push(await paced(`${label}, ack at 200 req/s`, crm.url, pacedCount, 1_000_000));
      await crm.app.inbox.idle();
      await crm.app.outbox.drain();
      await crm.stop();
    }
    return { baseline, runs, paced: pacedRuns };
  } finally {
    await fake.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A TypeScript module of this folder in a worker thread. */
function tsWorker(file: string, workerData?: unknown): Worker {
  // tsx's loader is not inherited by workers on Node 20: the worker registers it, then loads the module.
  const boot = `import { register } from "tsx/esm/api"; register(); await import(${JSON.stringify(new URL(file, import.meta.url).href)});`;
  return new Worker(boot, { eval: true, workerData });
}

/** The fake Slack Web API on its own thread (see fake-slack-thread.ts). */
function startFakeSlackThread(): Promise<{ apiUrl: string; close(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const worker = tsWorker("./fake-slack-thread.ts");
    worker.once("error", reject);
    worker.once("message", ({ apiUrl }: { apiUrl: string }) =>
      resolve({
        apiUrl,
        close: () =>
          new Promise<void>((done) => {
            worker.once("message", () => void worker.terminate().then(() => done()));
            worker.postMessage("close");
          }),
      }),
    );
  });
}

/** Runs a load plan in a worker thread (see slack-load-client.ts). */
function load(plan: Omit<LoadPlan, "secret">): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = tsWorker("./slack-load-client.ts", { ...plan, secret: SECRET });
    worker.once("message", (message: { ok: true; result: LoadResult } | { ok: false; error: string }) => {
      void worker.terminate();
      if (message.ok) resolve(message.result);
      else reject(new Error(message.error));
    });
    worker.once("error", reject);
  });
}

async function backToBack(name: string, url: string, count: number, offset: number): Promise<RunResult> {
  const result = await load({ url, count, offset });
  return { name, ops: count, seconds: result.seconds, latenciesMs: result.latenciesMs };
}

async function paced(name: string, url: string, count: number, offset: number): Promise<PacedResult> {
  const ratePerSecond = 200;
  const result = await load({ url, count, offset, ratePerSecond });
  return { name, ratePerSecond, latenciesMs: result.latenciesMs };
}

async function startBareBolt() {
  const port = await freePort();
  const app = new App({
    signingSecret: SECRET,
    authorize: async () => ({ botToken: "xoxb-bench", botId: "BBOT", botUserId: "UBOT" }),
    logLevel: LogLevel.ERROR,
  });
  app.event("message", async () => {});
  await app.start(port);
  return { url: `http://127.0.0.1:${port}/slack/events`, stop: () => app.stop() };
}

async function startCrm(file: string, apiUrl: string, extraEnv: Record<string, string>) {
  const app = await createCrmApp({
    databaseUrl: `file:${file}`,
    migrate: false,
    outboxPollMs: 0,
    // A few bench users send hundreds of messages a second: the traffic limits would answer most of
    // them "not saved", so the bench measures the path with every limit off.
    env: { ...process.env, SLACK_BOT_TOKEN: "xoxb-bench", SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: apiUrl, ...NO_LIMITS_ENV, ...extraEnv },
  });
  await app.inbox.handle({
    type: "message",
    channel: "local",
    user: { platformUserId: "admin" },
    conversation: { id: "dm:admin", kind: "direct" },
    text: "company add Acme Corp",
  });
  const server = await listen(app.http, 0);
  const address = server.address();
  return {
    app,
    url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/slack/events`,
    async stop() {
      server.close();
      await app.close();
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function copy(template: string, dir: string, name: string): string {
  const file = path.join(dir, name);
  fs.copyFileSync(template, file);
  return file;
}

export function pacedLine(run: PacedResult): string {
  return [
    run.name.padEnd(44),
    `p50 ${percentile(run.latenciesMs, 50).toFixed(2)} ms`,
    `p99 ${percentile(run.latenciesMs, 99).toFixed(2)} ms`,
    `max ${percentile(run.latenciesMs, 100).toFixed(2)} ms`,
  ].join("  ");
}
