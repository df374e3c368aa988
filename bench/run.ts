import { redactUrl } from "../app/database-url.js";
import { pgServerUrl } from "../test/pg-server.js";
import { benchLogCallPg } from "./log-call-pg.bench.js";
import { benchLogCall } from "./log-call.bench.js";
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

const sqlite = await benchLogCall(ops);
console.log(`log a call, ${ops} operations each (goal: >= 25% of the baseline)`);
console.log("\nSQLite");
console.log(line(sqlite.baseline, sqlite.baseline));
for (const run of sqlite.runs) console.log(line(run, sqlite.baseline));

const postgres = await benchLogCallPg(ops);
if (!postgres) {
  console.log(`\nPostgreSQL: skipped, no server at ${redactUrl(pgServerUrl())} (set CRM_PG_URL)`);
} else {
  console.log(`\nPostgreSQL (${redactUrl(pgServerUrl())})`);
  console.log(line(postgres.baseline, postgres.baseline));
  for (const run of postgres.runs) console.log(line(run, postgres.baseline));
  console.log("\nPostgreSQL next to SQLite (ops/s)");
  for (const [i, run] of postgres.runs.entries()) {
    const twin = sqlite.runs[i]!;
    console.log(`${run.name.padEnd(44)}  ${opsPerSecond(run).toFixed(0).padStart(8)}  vs SQLite ${opsPerSecond(twin).toFixed(0).padStart(8)}`);
  }
}
