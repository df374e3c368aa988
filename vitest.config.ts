import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { databaseFreeTests } from "./test/database-free-tests.js";
import { pgReachable, pgServerUrl } from "./test/pg-server.js";

/**
 * The whole suite runs once per database: project "sqlite" always, project "postgres" when a
 * PostgreSQL server answers at CRM_PG_URL. The postgres project leaves out the files whose run
 * cannot depend on the database (test/database-free-tests.ts says how that is decided). CRM_TEST_DB=sqlite or =postgres runs only that one
 * (=postgres fails when no server answers).
 */
async function wantPostgres(): Promise<boolean> {
  const only = process.env.CRM_TEST_DB;
  if (only === "sqlite") return false;
  const url = pgServerUrl();
  if (await pgReachable(url)) return true;
  const where = url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
  if (only === "postgres") throw new Error(`CRM_TEST_DB=postgres but no PostgreSQL server answers at ${where} (set CRM_PG_URL)`);
  // The config is evaluated more than once per run; say it once.
  if (!process.env.CRM_PG_SKIP_SAID) console.warn(`skipped PostgreSQL: no server at ${where} (set CRM_PG_URL, or run .ci/run to install one)`);
  process.env.CRM_PG_SKIP_SAID = "1";
  return false;
}

const common = ["node_modules/**", "generated/**"];
/**
 * SQLite-only and PostgreSQL-only files. The backup is SQLite's online backup; the kill -9 runs
 * start their own server on a SQLite file, so a second run would test nothing new. The parser
 * tables never touch a database, and the sentence corpus in test/understanding checks what the
 * parser and resolution make of a message (the flows under it run on both databases in bot/flows).
 */
const sqliteOnly = [
  "test/migrations-drift.test.ts",
  "app/backup.test.ts",
  "test/crash/**",
  "test/start/**",
  "**/*.sqlite.test.ts",
  "bot/parse/**",
  "test/understanding/**",
  // a table of ~90 messages read as questions or reports (the longest PostgreSQL file, ~27 s): what it checks is the
  // reading; the answers and the writes it takes are the ones every other flow test runs on both databases
  "bot/flows/message-kind.flow.test.ts",
];
const postgresOnly = ["**/*.pg.test.ts"];
const pureTables = ["bot/parse/**/*.test.ts"];
const root = import.meta.dirname;

/** Every *.test.ts under the project, relative to its root. */
function testFiles(dir = root): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules" || entry.name === "generated") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...testFiles(full));
    else if (entry.name.endsWith(".test.ts")) out.push(path.relative(root, full).split(path.sep).join("/"));
  }
  return out;
}

/*
 * Files share one module graph per worker (isolate: false) in every project: each test builds its
 * own database, clock, domain and bot, and the one process-wide thing tests touch (console spies)
 * is restored after each. Re-importing Prisma, chrono and jieba for every file was half the
 * suite's time on CI's two cores.
 */
export default defineConfig(async () => {
  const postgres = await wantPostgres();
  const sqliteProject = {
    extends: true as const,
    test: {
      name: "sqlite",
      env: { CRM_TEST_DB: "sqlite" },
      globalSetup: ["test/global-setup.ts"],
      exclude: [...common, ...postgresOnly, ...pureTables],
      isolate: false,
    },
  };
  // Pure functions with no database and no global state: one shared module graph per worker
  // instead of re-importing chrono, jieba and the holiday tables for each of the ~60 files.
  // Not `extends: true`: the root's include would be merged in and the project would run every file.
  const parserProject = {
    test: { name: "parser", include: pureTables, exclude: common, isolate: false, testTimeout: 20_000 },
  };
  const postgresProject = {
    extends: true as const,
    test: {
      name: "postgres",
      env: { CRM_TEST_DB: "postgres", CRM_PG_URL: pgServerUrl() },
      globalSetup: ["test/global-setup-pg.ts"],
      isolate: false,
      // A file that never reaches the database choice would repeat its SQLite run exactly.
      exclude: [
        ...common,
        ...sqliteOnly,
        ...databaseFreeTests(
          root,
          testFiles().filter((f) => !f.endsWith(".pg.test.ts")),
        ),
      ],
    },
  };
  const only = process.env.CRM_TEST_DB;
  return {
    test: {
      include: ["**/*.test.ts"],
      exclude: common,
      // Vitest's default is one worker fewer than the cores: a single worker on CI's two cores, idle while a file
      // waits on PostgreSQL, a child process or a socket. Two workers took the suite from ~10 to ~6 minutes there.
      maxWorkers: Math.max(2, os.availableParallelism() - 1),
      testTimeout: 20_000,
      hookTimeout: 60_000,
      projects: [...(only === "postgres" ? [] : [sqliteProject, parserProject]), ...(postgres ? [postgresProject] : [])],
    },
  };
});
