import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { redactUrl } from "./database-url.js";
import { migrationsApplied } from "./migrations-applied.js";
import { projectRoot } from "./project-root.js";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/**
 * Applies the committed migrations with Prisma's own `migrate deploy` (offline JS engine, see
 * prisma.config.ts, which picks prisma/migrations or prisma/postgres/migrations from the URL's
 * scheme). Idempotent: applied migrations are skipped. On PostgreSQL Prisma holds an advisory lock
 * while migrating, so several instances starting at once migrate one after another. A database
 * that already holds every committed migration is left alone without starting the CLI.
 */
export async function migrateDeploy(databaseUrl: string): Promise<void> {
  const root = projectRoot();
  if (await migrationsApplied(databaseUrl, root)) return;
  const cli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
  try {
    await run(process.execPath, [cli, "migrate", "deploy"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
  } catch (error) {
    const detail = error instanceof Error && "stderr" in error ? String((error as { stderr: unknown }).stderr) : String(error);
    throw new Error(`Database migration failed for ${redactUrl(databaseUrl)}:\n${detail}`);
  }
}
