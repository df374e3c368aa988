import { redactUrl } from "../app/database-url.js";
import { pgServerUrl } from "../test/pg-server.js";
import { benchAutomation } from "./automation.bench.js";
import { benchLogCallPg } from "./log-call-pg.bench.js";
import { benchLogCall } from "./log-call.bench.js";
import { benchExport } from "./export.bench.js";
import { benchImport } from "./import.bench.js";
import { benchLeadImport } from "./lead-import.bench.js";
import { benchLeads } from "./leads.bench.js";
import { benchMemoryBurstStarted, memoryLine } from "./memory-burst.bench.js";
import { benchParse } from "./parse.bench.js";
import { benchSlackEvents, pacedLine } from "./slack-events.bench.js";
import { benchStart } from "./start.bench.js";
import { opsPerSecond, percentile, type RunResult } from "./stats.js";

/** `npm run bench`: every figure is printed next to a baseline measured in the same run. */
const ops = Number(process.env.BENCH_OPS ?? 2000);

function line(run: RunResult, baseline: RunResult): string {
  const rate = opsPerSecond(run);
  const ratio = (rate / opsPerSecond(baseline)) * 100;
  return [
    run.name.padEnd(44),
    `${rate.toFixed(0).padStart(8)} ops/s`,
    `${ratio.toFixed(1).padStart(6)}% of baseline`,
    `p50 ${percentile(run.latenciesMs, 50).toFixed(2)} ms`,
    `p99 ${percentile(run.latenciesMs, 99).toFixed(2)} ms`,
  ].join("  ");
}

/** Each logged call next to the raw loop writing the same rows (runs[0]), the issue's own yardstick. */
function sameWritesLine(runs: RunResult[]): string {
  const [same, ...logged] = runs;
  const ratios = logged.map((run) => `${run.name.replace("log a call via ", "")} ${((opsPerSecond(run) / opsPerSecond(same!)) * 100).toFixed(1)}%`);
  return `vs "${same!.name}" (goal >= 25%): ${ratios.join(", ")}`;
}

if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === "parse") {
  const parse = await benchParse(ops * 5);
  console.log(`parse only, ${ops * 5} sentences each, no database (sentences per second; watch the ratio: accuracy work must not make it fall)`);
  console.log(line(parse.baseline, parse.baseline));
  for (const run of parse.runs) console.log(line(run, parse.baseline));
  console.log("");
}

if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === "log-call") {
  const sqlite = await benchLogCall(ops);
  console.log(`log a call, ${ops} operations each (goal: >= 25% of the baseline)`);
  console.log("\nSQLite");
  console.log(line(sqlite.baseline, sqlite.baseline));
  for (const run of sqlite.runs) console.log(line(run, sqlite.baseline));
  console.log(sameWritesLine(sqlite.runs));

  console.log(`\nEncryption at rest: contact add, ${ops} each, SQLite (goal: >= 80% of the same add without phone/email)`);
  console.log(line(sqlite.encryption.baseline, sqlite.encryption.baseline));
  for (const run of sqlite.encryption.runs) console.log(line(run, sqlite.encryption.baseline));
  const cipher = sqlite.encryption.runs[1]!;
  const loggedCall = sqlite.runs[1]!;
  // Medians: on a busy machine a few stalls would dominate the means of runs this short.
  const perContactMs = percentile(cipher.latenciesMs, 50);
  const share = (perContactMs / percentile(loggedCall.latenciesMs, 50)) * 100;
  console.log(`cipher + hashes: p50 ${(perContactMs * 1000).toFixed(1)} µs per contact = ${share.toFixed(2)}% of the p50 of one "${loggedCall.name}"`);

  const postgres = await benchLogCallPg(ops);
  if (!postgres) {
    console.log(`\nPostgreSQL: skipped, no server at ${redactUrl(pgServerUrl())} (set CRM_PG_URL)`);
  } else {
    console.log(`\nPostgreSQL (${redactUrl(pgServerUrl())})`);
    console.log(line(postgres.baseline, postgres.baseline));
    for (const run of postgres.runs) console.log(line(run, postgres.baseline));
    console.log(sameWritesLine(postgres.runs));
    console.log("\nPostgreSQL next to SQLite (ops/s)");
    for (const [i, run] of postgres.runs.entries()) {
      const twin = sqlite.runs[i]!;
      console.log(`${run.name.padEnd(44)}  ${opsPerSecond(run).toFixed(0).padStart(8)}  vs SQLite ${opsPerSecond(twin).toFixed(0).padStart(8)}`);
    }
  }
}

if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === "log-call" || process.env.BENCH_ONLY === "slack") {
  const slack = await benchSlackEvents(Math.min(ops, 1000));
  console.log(`\nSlack "log a call" events, ${Math.min(ops, 1000)} each (goal: >= 50% of bare Bolt, p99 ack < 50 ms at 200 req/s)`);
  console.log(line(slack.baseline, slack.baseline));
  for (const run of slack.runs) console.log(line(run, slack.baseline));
  for (const run of slack.paced) console.log(pacedLine(run));
}

if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === "memory") {
  const users = Number(process.env.BENCH_BURST_USERS ?? 300);
  console.log(
    `\nRSS during a burst: ${users} new users send a sentence at once through the local API (queued), until all are processed; the resident set of the process npm start runs`,
  );
  for (const extraEnv of [{}, { CRM_PROCESSING: "worker" }] as Record<string, string>[])
    console.log(memoryLine(await benchMemoryBurstStarted(users, extraEnv)));
}

if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === "start") {
  console.log("\nstart: `npm start`'s build check, then node on dist/app/main.js until it prints ready (wall time, a fresh process each)");
  for (const text of await benchStart()) console.log(text);
}

// BENCH_ONLY=parse, log-call, slack, memory, start, automation, export, import, lead-import or leads runs that part alone (log-call includes slack).
if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === "automation") {
  console.log("");
  console.log("automation (sizes: BENCH_DIGEST_DEALS, BENCH_TEAMS, BENCH_REPS, BENCH_STALE_DEALS, BENCH_STALE_ALERTS)");
  for (const text of (await benchAutomation()).lines) console.log(text);
}

if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === "export") {
  console.log("");
  console.log("export (size: BENCH_EXPORT_DEALS)");
  for (const text of await benchExport()) console.log(text);
}

if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === "import") {
  console.log("");
  console.log("import (size: BENCH_IMPORT_ROWS)");
  for (const text of await benchImport()) console.log(text);
}

if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === "lead-import") {
  console.log("");
  console.log("lead import (size: BENCH_IMPORT_ROWS)");
  for (const text of await benchLeadImport()) console.log(text);
}

if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === "leads") {
  const leads = Number(process.env.BENCH_LEADS ?? Math.min(ops, 1000));
  const result = await benchLeads(leads);
  console.log(`\nlead intake, ${leads} leads each, SQLite (size: BENCH_LEADS, default min(BENCH_OPS, 1000); one lead per request, each its own transaction)`);
  console.log(line(result.baseline, result.baseline));
  for (const run of result.runs) console.log(line(run, result.baseline));
}
