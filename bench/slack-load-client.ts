import { parentPort, workerData } from "node:worker_threads";
import { slackSignature } from "../test/fake-slack.js";

/**
 * The Slack side of the Slack bench, in a worker thread: Slack is another machine, so its requests
 * must not wait for our server's event loop to be sent or to see their answers. Signed "log a
 * call" DM events, either back to back (each after the previous answer) or paced (on a fixed
 * schedule, whether or not earlier ones were answered).
 */
export interface LoadPlan {
  url: string;
  secret: string;
  count: number;
  /** Event numbers start here (event ids and message texts stay unique across runs). */
  offset: number;
  /** Requests per second on a fixed schedule; omitted: back to back. */
  ratePerSecond?: number;
}

export interface LoadResult {
  seconds: number;
  latenciesMs: number[];
}

const USERS = Array.from({ length: 10 }, (_, i) => `U${i + 1}`);

function body(i: number): string {
  const user = USERS[i % USERS.length]!;
  return JSON.stringify({
    type: "event_callback",
    team_id: "T1",
    event_id: `Ev${i}`,
    event: { type: "message", channel_type: "im", channel: `D${user}`, user, text: `log called Acme Corp about item ${i}`, ts: `${1_700_000_000 + i}.0001` },
  });
}

async function send(plan: LoadPlan, i: number): Promise<number> {
  const raw = body(i);
  const ts = Math.floor(Date.now() / 1000);
  const t0 = performance.now();
  const res = await fetch(plan.url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-slack-request-timestamp": String(ts), "x-slack-signature": slackSignature(plan.secret, ts, raw) },
    body: raw,
  });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`ack ${res.status}`);
  return performance.now() - t0;
}

async function run(plan: LoadPlan): Promise<LoadResult> {
  const started = performance.now();
  if (plan.ratePerSecond === undefined) {
    const latenciesMs: number[] = [];
    for (let i = 0; i < plan.count; i++) latenciesMs.push(await send(plan, plan.offset + i));
    return { seconds: (performance.now() - started) / 1000, latenciesMs };
  }
  const pending: Promise<number>[] = [];
  for (let i = 0; i < plan.count; i++) {
    const wait = started + (i * 1000) / plan.ratePerSecond - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send(plan, plan.offset + i));
  }
  const latenciesMs = await Promise.all(pending);
  return { seconds: (performance.now() - started) / 1000, latenciesMs };
}

if (parentPort) {
  const port = parentPort;
  run(workerData as LoadPlan).then(
    (result) => port.postMessage({ ok: true, result }),
    (error: unknown) => port.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
}
