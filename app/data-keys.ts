import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DATA_KEY_BYTES, FieldCipher } from "../domain/shared/field-cipher.js";
import { OPTIONAL_SENSITIVE, SensitiveFields } from "../domain/shared/sensitive-fields.js";
import { dataDir, readOrCreateSecretFile } from "./secret-file.js";

export interface DataKeys {
  current: Buffer;
  /** Keys still accepted for reading (a rotation under way). */
  previous: Buffer[];
  /** Where the current key comes from. */
  source: "env" | "file";
  /** The key file (also when the key comes from the environment: where a generated one would go). */
  file: string;
  /** True when this start generated the key file. */
  created: boolean;
}

export const DATA_KEY_FILE = "data-key";
/** Earlier keys, one base64 key a line, written by `npm run rotate-key` when it generates a new key. */
export const PREVIOUS_KEYS_FILE = "data-key.previous";

const base64Key = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, "must be base64")
  .transform((s) => Buffer.from(s, "base64"))
  .refine((b) => b.length === DATA_KEY_BYTES, `must be ${DATA_KEY_BYTES} bytes (e.g. openssl rand -base64 32)`);

const sensitiveList = z
  .string()
  .transform((s) =>
    s
      .split(",")
      .map((f) => f.trim())
      .filter((f) => f.length > 0),
  )
  .pipe(z.array(z.enum(OPTIONAL_SENSITIVE)));

export function generateDataKey(): string {
  return randomBytes(DATA_KEY_BYTES).toString("base64");
}

/**
 * The data key: CRM_DATA_KEY, else <data dir>/data-key (generated with mode 0600 on first start).
 * Previous keys: CRM_DATA_KEY_PREVIOUS (comma-separated) and <data dir>/data-key.previous.
 */
export function loadDataKeys(env: NodeJS.ProcessEnv = process.env): DataKeys {
  const file = path.join(dataDir(env), DATA_KEY_FILE);
  const fromEnv = env.CRM_DATA_KEY?.trim();
  let current: Buffer;
  let created = false;
  if (fromEnv) {
    current = parseKey("CRM_DATA_KEY", fromEnv);
  } else {
    const secret = readKeyFile(file);
    current = parseKey(secret.path, secret.value);
    created = secret.created;
  }
  const previousFile = path.join(path.dirname(file), PREVIOUS_KEYS_FILE);
  const previous = [
    ...(env.CRM_DATA_KEY_PREVIOUS ?? "")
      .split(",")
      .filter((k) => k.trim().length > 0)
      .map((k) => parseKey("CRM_DATA_KEY_PREVIOUS", k)),
    ...readPreviousKeys(previousFile),
  ].filter((k) => !k.equals(current));
  return { current, previous, source: fromEnv ? "env" : "file", file, created };
}

/** The cipher for the keys and the columns to encrypt (the fixed ones plus CRM_SENSITIVE_FIELDS). */
export function sensitiveFieldsFor(keys: DataKeys, env: NodeJS.ProcessEnv = process.env): SensitiveFields {
  const extra = sensitiveList.safeParse(env.CRM_SENSITIVE_FIELDS ?? "");
  if (!extra.success) throw new Error(`CRM_SENSITIVE_FIELDS: a comma-separated list of ${OPTIONAL_SENSITIVE.join(", ")}`);
  return new SensitiveFields(new FieldCipher(keys.current, keys.previous), extra.data);
}

/** Appends keys to <data dir>/data-key.previous (0600). */
export function appendPreviousKey(keysFile: string, key: Buffer): void {
  const file = path.join(path.dirname(keysFile), PREVIOUS_KEYS_FILE);
  fs.appendFileSync(file, `${key.toString("base64")}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}

function parseKey(where: string, value: string): Buffer {
  const parsed = base64Key.safeParse(value);
  if (!parsed.success) throw new Error(`${where}: the data key ${parsed.error.issues[0]?.message ?? "is invalid"}`);
  return parsed.data;
}

function readPreviousKeys(file: string): Buffer[] {
  if (!fs.existsSync(file)) return [];
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => parseKey(file, line));
}

function readKeyFile(file: string) {
  return readOrCreateSecretFile(file, generateDataKey);
}
