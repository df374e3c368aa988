import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Where the bot keeps what it generates for itself (secrets, files): CRM_DATA_DIR, default ./data. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CRM_DATA_DIR && env.CRM_DATA_DIR.length > 0 ? env.CRM_DATA_DIR : "data");
}

export interface SecretFile {
  value: string;
  /** True when this call generated the secret (the caller may print it once). */
  created: boolean;
  path: string;
}

/**
 * Reads a secret the bot generated on an earlier start, or generates and stores it now with mode
 * 0600; an existing file readable by others is tightened to 0600.
 */
export function readOrCreateSecretFile(file: string, generate: () => string): SecretFile {
  const full = path.resolve(file);
  fs.mkdirSync(path.dirname(full), { recursive: true, mode: 0o700 });
  // Written whole under a temporary name, then linked into place: link() fails if the name exists,
  // so two processes starting at once agree on one value and neither ever reads a half-written file.
  if (!fs.existsSync(full)) {
    const temp = `${full}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
    fs.writeFileSync(temp, `${generate()}\n`, { mode: 0o600, flag: "wx" });
    try {
      fs.linkSync(temp, full);
      return { value: readSecret(full), created: true, path: full };
    } catch (error) {
      if (!isExists(error)) throw error;
    } finally {
      fs.rmSync(temp, { force: true });
    }
  }
  if ((fs.statSync(full).mode & 0o077) !== 0) fs.chmodSync(full, 0o600);
  return { value: readSecret(full), created: false, path: full };
}

function readSecret(full: string): string {
  const value = fs.readFileSync(full, "utf8").trim();
  if (value.length === 0) throw new Error(`${full} is empty: delete it to generate a new secret, or restore it from a backup`);
  return value;
}

function isExists(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "EEXIST";
}
