import fs from "node:fs";
import path from "node:path";
import { type ResealCounts, resealFields } from "../domain/privacy/field-reseal.js";
import type { Db } from "../domain/shared/db.js";
import type { SensitiveModel } from "../domain/shared/sensitive-fields.js";
import { appendPreviousKey, generateDataKey, loadDataKeys, sensitiveFieldsFor } from "./data-keys.js";

export interface RotateOptions {
  env: NodeJS.ProcessEnv;
  /**
   * Generate a new key into the key file first (the old one moves to data-key.previous). Without
   * it, only re-encrypt under the current key: after CRM_DATA_KEY was changed, or to resume.
   */
  generate: boolean;
  batchSize?: number;
  onBatch?: (model: SensitiveModel, rows: number) => void;
}

export interface RotateResult {
  keyId: string;
  generated: boolean;
  counts: ResealCounts;
}

/**
 * Key rotation: every encrypted value re-encrypted and every lookup hash recomputed under the
 * current key, in batches of one transaction each. Resumable: values already under the current
 * key are skipped, so an interrupted run is simply run again (without generating).
 */
export async function rotateDataKey(db: Db, options: RotateOptions): Promise<RotateResult> {
  const before = loadDataKeys(options.env);
  if (options.generate) {
    if (before.source === "env") {
      throw new Error(
        "CRM_DATA_KEY is set: put the new key in CRM_DATA_KEY and the old one in CRM_DATA_KEY_PREVIOUS, then run `npm run rotate-key -- --resume`",
      );
    }
    // The old key is kept (as previous) before the new one replaces it: no moment without it.
    appendPreviousKey(before.file, before.current);
    replaceKeyFile(before.file, generateDataKey());
  }
  const keys = loadDataKeys(options.env);
  const fields = sensitiveFieldsFor(keys, options.env);
  const counts = await resealFields(db, fields, {
    mode: "rotate",
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    ...(options.onBatch ? { onBatch: options.onBatch } : {}),
  });
  return { keyId: fields.cipher.keyId, generated: options.generate, counts };
}

/** Writes the new key beside the old file (0600) and renames it over: readers see one or the other. */
function replaceKeyFile(file: string, value: string): void {
  const next = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.new`);
  fs.writeFileSync(next, `${value}\n`, { mode: 0o600, flag: "wx" });
  fs.renameSync(next, file);
}
