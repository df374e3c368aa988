import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { type ServerProcess, startServer } from "../server-process.js";

export interface Kill9Options {
  /** "log a call" messages sent (env CRM_CRASH_MESSAGES, default 1000). */
  messages: number;
  /** Times the server is killed with SIGKILL while the load runs (env CRM_CRASH_KILLS, default 2). */
  kills: number;
  /** Requests in flight at once, like a platform delivering several events in parallel. */
  concurrency?: number;
  /**
   * Send through the durable inbox (`queue: true`, acknowledged with 202 once recorded, processed in
   * the background) as a platform adapter does, instead of the synchronous path (200 with the replies).
   */
  queued?: boolean;
}

export interface Kill9Result {
  messages: number;
  acknowledged: number;
  killsSurvived: number;
  /** Requests that failed because the server was down or died under them, and were sent again. */
  retriesAfterFailure: number;
  /** Acknowledged events sent once more (a platform retry); each must change nothing. */
  resentAcknowledged: number;
  /** Events the restarted server took over from the killed one (ProcessedEvent.attempts > 1). */
  takenOver: number;
  /** Events the durable inbox had recorded but not processed when the server was killed, finished after restart. */
  resumed: number;
  lost: number;
  duplicated: number;
  /** Activities in the database whose message was never acknowledged (must be 0 once all are acknowledged). */
  unacknowledgedStored: number;
}

/** A marker without digits, so the sentence parser never reads it as a date or an amount. */
export function marker(i: number): string {
  return `zq${[...i.toString(26).padStart(4, "0")].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join("")}`;
}

/**
 * Sends `messages` "log a call" messages with event ids through the real server's local HTTP
 * channel, each retried until acknowledged (a platform's at-least-once delivery), kills the
 * server with SIGKILL `kills` times in the middle, restarts it on the same database, and counts
 * the activities each acknowledged message left behind.
 */
export async function runKill9Scenario(options: Kill9Options): Promise<Kill9Result> {
  const dir = fs.mkdtempSync(path.join(scratchDir(), "crm-kill9-"));
  // The token is configured, so the server neither generates nor writes one into ./data.
  const token = randomBytes(32).toString("base64url");
  const env = { DATABASE_URL: `file:${path.join(dir, "crm.db")}`, CRM_API_TOKEN: token };
  const post = (baseUrl: string, route: string, body: unknown) => postJson(baseUrl, route, body, token);
  let server: ServerProcess = await startServer(env);
  let restarting: Promise<void> | undefined;
  const acknowledged = new Set<number>();
  let retries = 0;
  let resent = 0;
  let killed = 0;
  let resumed = 0;
  try {
    await post(server.baseUrl, "/api/local/messages", { user: "boss", text: "company add Acme Corp B" });
    const killAt = Array.from({ length: options.kills }, (_, k) => Math.floor(((k + 1) * options.messages) / (options.kills + 1)));

    const send = async (i: number): Promise<void> => {
      const body = { user: "boss", eventId: `k9-${i}`, text: `log called Acme Corp about order ${marker(i)}`, ...(options.queued ? { queue: true } : {}) };
      for (;;) {
        await restarting;
        const url = server.baseUrl;
        try {
          const res = await post(url, "/api/local/messages", body);
          if (res.status === (options.queued ? 202 : 200)) return;
          throw new Error(`status ${res.status}`);
        } catch {
          retries += 1;
          // The server is down or being restarted: wait for it like a platform's retry backoff.
          await (restarting ?? new Promise((r) => setTimeout(r, 20)));
        }
      }
    };

    let next = 0;
    const worker = async () => {
      while (next < options.messages) {
        const i = next++;
        await send(i);
        acknowledged.add(i);
        // A platform re-delivers some events it already got an answer for.
        if (i % 10 === 0) {
          await send(i);
          resent += 1;
        }
        const due = killAt[killed + (restarting ? 1 : 0)];
        if (due !== undefined && acknowledged.size >= due && !restarting) {
          restarting = (async () => {
            await server.kill9();
            resumed += Number(/Resumed (\d+) inbound/.exec(server.output())?.[1] ?? 0);
            killed += 1;
            server = await startServer(env);
          })();
          await restarting;
          restarting = undefined;
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency ?? 16 }, worker));
    // After the restarts, re-send every tenth acknowledged event once more.
    for (const i of [...acknowledged].filter((i) => i % 10 === 5)) {
      await send(i);
      resent += 1;
    }
  } finally {
    // SIGTERM: the server finishes what its inbox accepted before it exits.
    await server.stop();
    resumed += Number(/Resumed (\d+) inbound/.exec(server.output())?.[1] ?? 0);
  }

  const db = new Database(path.join(dir, "crm.db"), { readonly: true });
  const rows = db.prepare("SELECT summary FROM Activity").all() as { summary: string }[];
  const takenOver = (db.prepare("SELECT COUNT(*) AS n FROM ProcessedEvent WHERE attempts > 1").get() as { n: number }).n;
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const perMarker = new Map<string, number>();
  for (const { summary } of rows) {
    const m = /zq[a-z]{4}/.exec(summary)?.[0];
    if (m) perMarker.set(m, (perMarker.get(m) ?? 0) + 1);
  }
  let lost = 0;
  let duplicated = 0;
  for (const i of acknowledged) {
    const n = perMarker.get(marker(i)) ?? 0;
    if (n === 0) lost += 1;
    if (n > 1) duplicated += n - 1;
  }
  const ackMarkers = new Set([...acknowledged].map(marker));
  const unacknowledgedStored = [...perMarker.keys()].filter((m) => !ackMarkers.has(m)).length;
  return {
    messages: options.messages,
    acknowledged: acknowledged.size,
    killsSurvived: killed,
    retriesAfterFailure: retries,
    resentAcknowledged: resent,
    takenOver,
    resumed,
    lost,
    duplicated,
    unacknowledgedStored,
  };
}

async function postJson(baseUrl: string, route: string, body: unknown, token: string) {
  const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };
  const res = await fetch(`${baseUrl}${route}`, { method: "POST", headers, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as unknown };
}

export function kill9OptionsFromEnv(env: NodeJS.ProcessEnv = process.env, queued = false): Kill9Options {
  const messages = Number((queued ? env.CRM_CRASH_QUEUED_MESSAGES : env.CRM_CRASH_MESSAGES) ?? (queued ? 500 : 1000));
  return { messages, kills: Number(env.CRM_CRASH_KILLS ?? 2), queued };
}

/**
 * A RAM disk when there is one: a kill -9 is a process crash, which SQLite survives the same way
 * on tmpfs, and the run is not bound by the disk's fsync time. CRM_CRASH_DIR overrides it.
 */
function scratchDir(): string {
  if (process.env.CRM_CRASH_DIR) return process.env.CRM_CRASH_DIR;
  return fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir();
}
