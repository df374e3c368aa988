/** One inbound platform event as the acknowledgement path writes it. */
export interface JournalEntry {
  platform: string;
  eventId: string;
  /** The stored event and its delivery target (JSON), read back by the inbox to process it. */
  payload: string;
  at: Date;
}

/**
 * - "recorded": the event is on disk now, as a new ProcessedEvent row in status "received";
 * - "exists": a row for this (platform, eventId) was there already (a redelivery);
 * - "unavailable": the journal could not write at this moment (the file is locked by a
 *   transaction in progress); the caller records the event the general way instead.
 */
export type JournalOutcome = "recorded" | "exists" | "unavailable";

/**
 * The acknowledgement path's own write (issue 16): one prepared insert on a connection nothing
 * else uses, so recording an event never queues behind the CRM work of earlier events on the
 * main connection, and the platform is answered right after it.
 */
export interface InboxJournal {
  record(entry: JournalEntry): Promise<JournalOutcome>;
  close(): Promise<void>;
}
