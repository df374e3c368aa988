import { randomUUID } from "node:crypto";
import pg from "pg";
import type { InboxJournal, JournalEntry, JournalOutcome } from "./inbox-journal.js";

const INSERT = {
  name: "crm-inbox-record",
  text: `INSERT INTO "ProcessedEvent" ("id", "platform", "eventId", "status", "payload", "receivedAt", "claimedAt", "attempts")
    VALUES ($1, $2, $3, 'received', $4, $5, $5, 1) ON CONFLICT ("platform", "eventId") DO NOTHING`,
};

/**
 * A small pool of its own for the acknowledgement path: the insert never waits for a connection
 * held by a CRM transaction, and runs as a prepared statement on each of its connections.
 */
export class PgInboxJournal implements InboxJournal {
  readonly #pool: pg.Pool;

  constructor(connectionString: string) {
    this.#pool = new pg.Pool({ connectionString, max: 2 });
  }

  async record(entry: JournalEntry): Promise<JournalOutcome> {
    // The columns are timestamp(3) without time zone holding UTC, as Prisma writes them: an ISO
    // string keeps node-pg from converting the Date to the machine's local time.
    const result = await this.#pool.query({ ...INSERT, values: [randomUUID(), entry.platform, entry.eventId, entry.payload, entry.at.toISOString()] });
    return result.rowCount === 1 ? "recorded" : "exists";
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
