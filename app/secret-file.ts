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
 * Reads a secret the bot generated on an earlier start, or generates and stores it now.
 * The file is created exclusively with mode 0600 (two processes starting at once agree on one
 * value), and an existing file readable by others is tightened to 0600.
 */
export function readOrCreateSecretFile(file: string, generate: () => string): SecretFile {
  const full = path.resolve(file);
  fs.mkdirSync(path.dirname(full), { recursive: true, mode: 0o700 });
  let fd: number | undefined;
  try {
    fd = fs.openSync(full, "wx", 0o600);
  } catch (error) {
    if (!isExists(error)) throw error;
  }
  if (fd !== undefined) {
    try {
      fs.writeFileSync(fd, `${generate()}\n`);
    } finally {
      fs.closeSync(fd);
    }
    return { value: readSecret(full), created: true, path: full };
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
