import type { CrossThreadWriteLock } from "../shared/cross-thread-write-lock.js";
import type { InboxJournal } from "./inbox-journal.js";
import { PgInboxJournal } from "./pg-inbox-journal.js";
import { SqliteInboxJournal } from "./sqlite-inbox-journal.js";

/**
 * The acknowledgement path's connection for the database openDatabase() opened from the same
 * target. An in-memory SQLite database cannot be opened twice: it has none, and the inbox
 * records its events through the main connection.
 */
export function openInboxJournal(target: string, options: { writeLock?: CrossThreadWriteLock } = {}): InboxJournal | null {
  if (/^postgres(ql)?:\/\//i.test(target)) return new PgInboxJournal(target);
  if (target === ":memory:" || target.startsWith("file::memory:")) return null;
  return new SqliteInboxJournal(target, options.writeLock);
}
