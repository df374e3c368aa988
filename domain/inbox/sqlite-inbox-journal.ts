import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import type { CrossThreadWriteLock } from "../shared/cross-thread-write-lock.js";
import { sqliteStamp } from "../shared/sqlite-rows.js";
import type { InboxJournal, JournalEntry, JournalOutcome } from "./inbox-journal.js";

const INSERT = `INSERT INTO "ProcessedEvent" ("id", "platform", "eventId", "status", "payload", "receivedAt", "claimedAt", "attempts")
  VALUES (?, ?, ?, 'received', ?, ?, ?, 1) ON CONFLICT ("platform", "eventId") DO NOTHING`;

const BUSY_WAIT_MS = 250;

/**
 * A second better-sqlite3 connection to the CRM file that only inserts inbox rows. Its busy
 * wait is short: the insert is synchronous, and while it waits nothing else on this thread runs.
 * The write lock is normally held by another thread or process (a processing worker, the CLI)
 * for a few milliseconds; a file still locked after BUSY_WAIT_MS answers "unavailable" and the
 * inbox takes the general path for that one event.
 */
export class SqliteInboxJournal implements InboxJournal {
  readonly #db: Database.Database;
  readonly #insert: Database.Statement;

  constructor(
    file: string,
    /** Shared with a processing worker writing the same file: taken urgently for each insert. */
    private readonly writeLock?: CrossThreadWriteLock,
  ) {
    this.#db = new Database(file, { timeout: BUSY_WAIT_MS });
    // The main connection put the file in WAL mode; a write here must not wait for its readers.
    this.#db.pragma("journal_mode = WAL");
    // Copying the write-ahead log into the database (a checkpoint, tens of milliseconds) is left to
    // the CRM connections: an acknowledgement must not pay for it.
    this.#db.pragma("wal_autocheckpoint = 0");
    this.#insert = this.#db.prepare(INSERT);
  }

  async record(entry: JournalEntry): Promise<JournalOutcome> {
    const stamp = sqliteStamp(entry.at);
    const release = this.writeLock ? this.writeLock.acquireUrgently(BUSY_WAIT_MS) : () => {};
    if (!release) return "unavailable";
    try {
      const { changes } = this.#insert.run(randomUUID(), entry.platform, entry.eventId, entry.payload, stamp, stamp);
      return changes === 1 ? "recorded" : "exists";
    } catch (error) {
      if (isBusy(error)) return "unavailable";
      throw error;
    } finally {
      release();
    }
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}

function isBusy(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
}
