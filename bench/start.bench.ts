import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabase, dropDatabase, pgReachable, pgServerUrl } from "../test/pg-server.js";
import { buildForStart, PROJECT_ROOT as root, startCommand } from "../test/start-command.js";

/**
 * Wall time of `npm start`'s command (its build step, then node with its flags on dist/app/main.js, no terminal chat)
 * until it prints "ready":
 * the first start on an empty database (migrates), then a second one (migrations only checked).
 * SQLite always; PostgreSQL when a server answers at CRM_PG_URL.
 */
export async function benchStart(): Promise<string[]> {
  const lines: string[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-bench-start-"));
  try {
    const sqlite = `file:${path.join(dir, "crm.db")}`;
    lines.push(startLine("SQLite", await timeStart(sqlite, dir), await timeStart(sqlite, dir)));
    const server = pgServerUrl();
    if (await pgReachable(server)) {
      const name = `crm_bench_start_${process.pid}`;
      const url = await createDatabase(server, name);
      try {
        lines.push(startLine("PostgreSQL", await timeStart(url, dir), await timeStart(url, dir)));
      } finally {
        await dropDatabase(server, name);
      }
    } else lines.push("PostgreSQL: skipped, no server (set CRM_PG_URL)");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

function startLine(database: string, first: number, checked: number): string {
  return `${database.padEnd(11)} first start (migrates) ${first.toFixed(0).padStart(6)} ms   next start (migrations checked) ${checked.toFixed(0).padStart(6)} ms  (goal < 3000 ms)`;
}

function timeStart(databaseUrl: string, dataDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    // npm start's build step: compiles what changed (all of it on a fresh clone, nothing on a later start).
    buildForStart();
    const start = startCommand();
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, CRM_DATA_DIR: dataDir, PORT: "0", CRM_LOCAL_API: "off", CRM_SCHEDULER: "off" };
    for (const name of Object.keys(env)) if (/^(SLACK|WECOM|DINGTALK|WECHATY)_/.test(name)) delete env[name];
    const child = spawn(process.execPath, [...start.flags, path.join(root, start.entry), "--no-terminal"], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/ready on/.test(output)) {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        clearTimeout(timer);
        child.once("exit", () => resolve(ms));
        child.kill("SIGTERM");
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (!/ready on/.test(output)) reject(new Error(`the app exited (${code}) before it was ready:\n${output}`));
    });
  });
}
