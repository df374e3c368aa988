import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface ImportCli {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * `npm run import` in its own process on a test database: node with tsx's loader (a SIGKILL of the tsx CLI
 * would leave its child running). leaseMs: how long the process's claim on a job holds without a batch.
 */
export function importCli(databaseUrl: string, dataDir: string, leaseMs: number, args: string[]): ImportCli {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      CRM_FILES_DIR: path.join(dataDir, "files"),
      CRM_DATA_DIR: dataDir,
      CRM_IMPORT_LEASE_MS: String(leaseMs),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => log, exited };
}
