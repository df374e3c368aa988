import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDeploy } from "../app/migrate.js";
import { kill9OptionsFromEnv, runKill9Scenario } from "../test/crash/kill-9.scenario.js";
import { runOutboxOutage } from "../test/reliability/outbox-outage.scenario.js";
import { runReplayScenario } from "../test/reliability/replay.scenario.js";

/**
 * `npm run reliability`: the replay, kill -9, outbox-outage and fuzz scenarios, with the figures
 * for docs/reliability.md. Sizes: CRM_REPLAY_EVENTS (300), CRM_CRASH_MESSAGES (1000),
 * CRM_CRASH_QUEUED_MESSAGES (500),
 * CRM_CRASH_KILLS (2), CRM_OUTAGE_MESSAGES (300), CRM_FUZZ_RUNS (10000).
 */
async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-reliability-"));
  const template = path.join(dir, "template.db");
  await migrateDeploy(`file:${template}`);
  process.env.CRM_TEST_TEMPLATE_DB = template;
  const rows: [string, string][] = [];
  const started = Date.now();
  const step = (name: string) => console.log(`… ${name} (${Math.round((Date.now() - started) / 1000)} s)`);
  let failed = false;
  const check = (ok: boolean, what: string) => {
    if (!ok) {
      failed = true;
      console.error(`FAILED: ${what}`);
    }
  };

  step("replay");
  const replay = await runReplayScenario(Number(process.env.CRM_REPLAY_EVENTS ?? 300));
  rows.push(["events replayed (3× each: concurrent, via inbox, after a crash)", `${replay.events} events, ${replay.replays} replays`]);
  rows.push(["records lost / duplicated by replays", `${replay.lost} / ${replay.duplicated}`]);
  check(replay.lost === 0 && replay.duplicated === 0, "replay");

  step("kill -9");
  const crashOptions = kill9OptionsFromEnv();
  const crash = await runKill9Scenario(crashOptions);
  rows.push(["kill -9 load: messages acknowledged", `${crash.acknowledged} of ${crash.messages}`]);
  rows.push(["kills survived", String(crash.killsSurvived)]);
  rows.push(["requests retried after a kill / events taken over after restart", `${crash.retriesAfterFailure} / ${crash.takenOver}`]);
  rows.push(['acknowledged events re-sent by the "platform"', String(crash.resentAcknowledged)]);
  rows.push(["messages lost / duplicated after kill -9", `${crash.lost} / ${crash.duplicated}`]);
  check(crash.lost === 0 && crash.duplicated === 0 && crash.killsSurvived === crashOptions.kills, "kill -9");

  step("kill -9 through the durable inbox");
  const queuedOptions = kill9OptionsFromEnv(process.env, true);
  const queued = await runKill9Scenario(queuedOptions);
  rows.push(["kill -9 via the durable inbox (202 once recorded): events acknowledged", `${queued.acknowledged} of ${queued.messages}`]);
  rows.push(["kills survived / recorded events resumed after restart", `${queued.killsSurvived} / ${queued.resumed}`]);
  rows.push(["events lost / duplicated after kill -9 (inbox)", `${queued.lost} / ${queued.duplicated}`]);
  check(queued.lost === 0 && queued.duplicated === 0 && queued.killsSurvived === queuedOptions.kills, "kill -9 via inbox");

  step("outbox outage");
  const outage = await runOutboxOutage({ messages: Number(process.env.CRM_OUTAGE_MESSAGES ?? 300), chats: 10, outageMs: 60 * 60_000, workers: 3 });
  rows.push(["outbox: messages queued during a 1-hour outage (3 workers)", String(outage.queued)]);
  rows.push(["outbox: 500 / 429 answers survived", `${outage.refused500} / ${outage.refused429}`]);
  rows.push([
    "outbox: delivered / lost / duplicated / chats out of order",
    `${outage.delivered} / ${outage.lost} / ${outage.duplicated} / ${outage.outOfOrderChats}`,
  ]);
  check(outage.lost === 0 && outage.duplicated === 0 && outage.outOfOrderChats === 0, "outbox outage");

  step("fuzz");
  const fuzzRuns = Number(process.env.CRM_FUZZ_RUNS ?? 10_000);
  const vitest = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "node_modules", "vitest", "vitest.mjs");
  const fuzz = spawnSync(process.execPath, [vitest, "run", "test/fuzz"], { env: { ...process.env, CRM_FUZZ_RUNS: String(fuzzRuns) }, encoding: "utf8" });
  rows.push(["inputs fuzzed (bot.handle + local HTTP API, seeded)", `${fuzzRuns} (${fuzz.status === 0 ? "no crash, no 5xx" : "FAILED"})`]);
  rows.push([
    "platform callbacks fuzzed (Slack, WeCom, DingTalk; all signed, incl. signed garbage)",
    `${Math.max(6, Math.round(fuzzRuns * 0.3))} (${fuzz.status === 0 ? "no 5xx, no logged error" : "FAILED"})`,
  ]);
  check(fuzz.status === 0, `fuzz:\n${fuzz.stdout}\n${fuzz.stderr}`);

  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`\n| figure | value |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join("\n")}`);
  console.log(`\nmessages lost = ${replay.lost + crash.lost + queued.lost + outage.lost}; total time ${Math.round((Date.now() - started) / 1000)} s`);
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
