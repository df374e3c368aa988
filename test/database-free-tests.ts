import fs from "node:fs";
import path from "node:path";

/**
 * Test files whose run cannot depend on which database the suite is on: they never reach
 * test/test-db.ts (the only place that picks SQLite or PostgreSQL from CRM_TEST_DB) through their
 * static or dynamic imports, and never name a variable the two projects set differently. Running them a second time in
 * the PostgreSQL project would repeat the SQLite run exactly, so the config leaves them out there.
 *
 * The import graph is read with a regular expression, not a compiler: `import type` lines are
 * skipped (they vanish at run time), everything else that names a relative module counts. A file
 * the expression misreads errs towards "uses the database" only if it names test-db somewhere.
 */
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const DATABASE_PICKERS = ["test/test-db.ts"];
/** The variables the two projects set differently (CRM_TEST_PG_* come from the PostgreSQL global setup). */
const DATABASE_VARIABLES = ["CRM_TEST_DB", "CRM_PG_URL", "CRM_TEST_PG"];

export function databaseFreeTests(root: string, testFiles: string[]): string[] {
  const reaches = new Map<string, boolean>();
  const pickers = new Set(DATABASE_PICKERS.map((p) => path.join(root, p)));

  const visit = (file: string, onPath: Set<string>): boolean => {
    const known = reaches.get(file);
    if (known !== undefined) return known;
    if (pickers.has(file)) return true;
    if (onPath.has(file)) return false; // a cycle: decided where it started
    onPath.add(file);
    const text = readSource(file);
    let found = DATABASE_VARIABLES.some((name) => text.includes(name));
    for (const dep of relativeImports(file, text)) {
      if (found) break;
      found = visit(dep, onPath);
    }
    onPath.delete(file);
    reaches.set(file, found);
    return found;
  };

  return testFiles.filter((rel) => !visit(path.join(root, rel), new Set()));
}

function readSource(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function relativeImports(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[2] ?? m[3];
    if (m[1] || !spec || !spec.startsWith(".")) continue;
    const resolved = resolveTs(path.resolve(path.dirname(file), spec));
    if (resolved) out.push(resolved);
  }
  return out;
}

function resolveTs(base: string): string | undefined {
  const candidates = [base.replace(/\.js$/, ".ts"), base, `${base}.ts`, path.join(base, "index.ts")];
  return candidates.find((c) => c.endsWith(".ts") && fs.existsSync(c));
}
