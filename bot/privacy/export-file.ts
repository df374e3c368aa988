import fs from "node:fs";
import path from "node:path";

/** Where personal-data exports are written: <CRM_DATA_DIR or ./data>/exports. */
export function exportDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CRM_DATA_DIR ?? "data", "exports");
}

/** A file name that says what it is and never collides: contact-<id>-<timestamp>.json. */
export function exportFilePath(contactId: string, now: Date, dir = exportDirectory()): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  return path.join(dir, `contact-${contactId.replace(/[^\w-]/g, "")}-${stamp}.json`);
}

/** Written owner-only (0600): the file holds personal data. */
export function writeExportFile(file: string, data: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const json = JSON.stringify(data, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v), 2);
  fs.writeFileSync(file, json, { mode: 0o600 });
}
