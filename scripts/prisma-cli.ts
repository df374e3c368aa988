import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const CLI = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");

/** Placeholder URLs that make prisma.config.ts pick a schema; commands that touch no database never connect. */
export const SQLITE_PLACEHOLDER_URL = "file::memory:";
export const PG_PLACEHOLDER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/** Runs the Prisma CLI; prisma.config.ts picks SQLite or PostgreSQL from databaseUrl's scheme. */
export async function prismaCli(args: string[], databaseUrl: string): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const detail = error instanceof Error && "stderr" in error ? String((error as { stderr: unknown }).stderr) : String(error);
    throw new Error(`prisma ${args.join(" ")} failed:\n${detail}`);
  }
}

/** DDL from one datamodel to another (`null` = empty database), for the dialect of databaseUrl. */
export async function diffScript(from: string | null, to: string, databaseUrl: string): Promise<string> {
  const source = from === null ? ["--from-empty"] : ["--from-schema-datamodel", from];
  return prismaCli(["migrate", "diff", ...source, "--to-schema-datamodel", to, "--script"], databaseUrl);
}
