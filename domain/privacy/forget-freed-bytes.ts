import { dialectOf, type Db } from "../shared/db.js";

/**
 * What the database still keeps of overwritten rows after an erase:
 * - "sqlite-wiped": secure_delete zeroed the old cells and the WAL was checkpointed and truncated;
 * - "sqlite-wal-busy": a reader kept the checkpoint from finishing (the next erase or a restart completes it);
 * - "postgres-vacuum": PostgreSQL keeps old row versions until (auto)VACUUM reclaims them.
 */
export type StorageOutcome = "sqlite-wiped" | "sqlite-wal-busy" | "postgres-vacuum";

/**
 * SQLite: overwritten and deleted content is zeroed instead of left in free space. openDatabase
 * turns it on for every connection; called again before an erase in case a client was opened otherwise.
 */
export async function secureDeleteOn(db: Db): Promise<void> {
  if (dialectOf(db) === "sqlite") await db.$queryRawUnsafe("PRAGMA secure_delete = ON");
}

/**
 * After an erase: the WAL still holds earlier versions of the changed pages, so it is copied into
 * the database and truncated to zero bytes. Nothing is run on PostgreSQL (VACUUM is the operator's
 * call: it is heavy and cannot run inside the app's transactions).
 */
export async function forgetFreedBytes(db: Db, tries = 5): Promise<StorageOutcome> {
  if (dialectOf(db) === "postgres") return "postgres-vacuum";
  for (let i = 0; i < tries; i++) {
    const [row] = await db.$queryRawUnsafe<{ busy: number | bigint }[]>("PRAGMA wal_checkpoint(TRUNCATE)");
    if (row && Number(row.busy) === 0) return "sqlite-wiped";
    await new Promise((resolve) => setTimeout(resolve, 100 * (i + 1)));
  }
  return "sqlite-wal-busy";
}
