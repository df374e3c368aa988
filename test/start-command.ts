import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");

export interface StartCommand {
  /** npm start's node flags (memory settings among them). */
  flags: string[];
  /** The compiled entry, relative to the project root. */
  entry: string;
}

/**
 * `npm start` as package.json says it ("node scripts/build.mjs && node <flags> dist/app/main.js"),
 * so the tests and benches that start a process start the one users start, flags included.
 */
export function startCommand(): StartCommand {
  const script = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
  const [build, run] = script.split("&&").map((part) => part.trim().split(/\s+/));
  if (build?.join(" ") !== "node scripts/build.mjs" || run?.[0] !== "node" || !run.at(-1)?.endsWith(".js")) {
    throw new Error(`npm start is not "node scripts/build.mjs && node <flags> <entry>.js": ${script}`);
  }
  return { flags: run.slice(1, -1), entry: run.at(-1)! };
}

/** npm start's node flags alone, for a bench that runs its own TypeScript in a child (with `--import tsx`). */
export function startNodeFlags(): string[] {
  return startCommand().flags;
}

/** npm start's first step: compiles what changed into dist/. */
export function buildForStart(): void {
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, "scripts", "build.mjs")], { cwd: PROJECT_ROOT, stdio: "inherit" });
}
