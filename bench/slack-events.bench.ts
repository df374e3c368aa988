import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { App, LogLevel } from "@slack/bolt";
import { createCrmApp } from "../app/create-app.js";
import { NO_LIMITS_ENV } from "../test/no-limits-env.js";
import { listen } from "../app/http-server.js";
import { migrateDeploy } from "../app/migrate.js";
import { slackSignature, startFakeSlack } from "../test/fake-slack.js";
import { percentile, type RunResult, timeEach } from "./stats.js";

const SECRET = "bench-signing-secret";
const USERS = Array.from({ length: 10 }, (_, i) => `U${i + 1}`);

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
  const fake = await startFakeSlack();
  try {
    const template = path.join(dir, "template.db");
    await migrateDeploy(`file:${template}`);
    const bare = await startBareBolt();
    const baseline = await timeEach("bare Bolt app, ack only (baseline)", ops, (i) => send(bare.url, i));
    const pacedCount = Math.min(ops, 400);
    const pacedBare = await paced("bare Bolt app, ack at 200 req/s", bare.url, pacedCount);
    await bare.stop();

    const crm = await startCrm(copy(template, dir, "slack.db"), fake.apiUrl);
    const acks = await timeEach("our /slack/events, ack (inbox recorded)", ops, (i) => send(crm.url, i));
    const start = process.hrtime.bigint();
    await crm.app.inbox.idle();
    await crm.app.outbox.drain();
    const processed: RunResult = {
      name: "our /slack/events, until every call logged",
      ops,
      seconds: acks.seconds + Number(process.hrtime.bigint() - start) / 1e9,
      latenciesMs: acks.latenciesMs,
    };
    const logged = await crm.app.db.activity.count();
    if (logged !== ops) throw new Error(`expected ${ops} activities, found ${logged}`);
    const pacedOurs = await paced("our /slack/events, ack at 200 req/s", crm.url, pacedCount, ops);
    await crm.app.inbox.idle();
    await crm.app.outbox.drain();
    await crm.stop();
    return { baseline, runs: [acks, processed], paced: [pacedBare, pacedOurs] };
  } finally {
    await fake.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function body(i: number): string {
  const user = USERS[i % USERS.length]!;
  return JSON.stringify({
    type: "event_callback",
    team_id: "T1",
    event_id: `Ev${i}`,
    event: { type: "message", channel_type: "im", channel: `D${user}`, user, text: `log called Acme Corp about item ${i}`, ts: `${1_700_000_000 + i}.0001` },
  });
}

async function send(url: string, i: number): Promise<void> {
  const raw = body(i);
  const ts = Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-slack-request-timestamp": String(ts), "x-slack-signature": slackSignature(SECRET, ts, raw) },
    body: raw,
  });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`ack ${res.status}`);
}

/** Open loop: requests leave on a fixed schedule whether or not earlier ones were answered. */
async function paced(name: string, url: string, count: number, offset = 0): Promise<PacedResult> {
  const ratePerSecond = 200;
  const latenciesMs: number[] = [];
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / ratePerSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const t0 = performance.now();
    pending.push(send(url, offset + i + 1_000_000).then(() => void latenciesMs.push(performance.now() - t0)));
  }
  await Promise.all(pending);
  return { name, ratePerSecond, latenciesMs };
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

async function startCrm(file: string, apiUrl: string) {
  const app = await createCrmApp({
    databaseUrl: `file:${file}`,
    migrate: false,
    outboxPollMs: 0,
    // A few bench users send hundreds of messages a second: the traffic limits would answer most of
    // them "not saved", so the bench measures the path with every limit off.
    env: { SLACK_BOT_TOKEN: "xoxb-bench", SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: apiUrl, ...NO_LIMITS_ENV },
  });
  await app.bot.handle({ type: "message", channel: "local", user: { platformUserId: "admin" }, conversation: { id: "dm:admin", kind: "direct" }, text: "company add Acme Corp" });
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
  return [run.name.padEnd(44), `p50 ${percentile(run.latenciesMs, 50).toFixed(2)} ms`, `p99 ${percentile(run.latenciesMs, 99).toFixed(2)} ms`, `max ${percentile(run.latenciesMs, 100).toFixed(2)} ms`].join("  ");
}
