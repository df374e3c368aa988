import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The node flags of `npm start` ("node <flags> app/main.ts" in package.json), so the benches
 * that start a process measure the process users start, memory settings included.
 */
export function startNodeFlags(): string[] {
  const script = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
  const words = script.trim().split(/\s+/);
  const main = words.indexOf("app/main.ts");
  if (words[0] !== "node" || main < 0) throw new Error(`npm start is not "node <flags> app/main.ts": ${script}`);
  return words.slice(1, main);
}
