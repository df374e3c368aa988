/**
 * The tables whose rows can hold a person, and how: a link column to the contact, the entity an
 * audit row is about, and the free-text columns (plain text or JSON) to search and redact.
 * Export and erase both walk this one list, so they always cover the same rows.
 * A new table or text column that can hold customer text must be added here.
 */
export interface PersonalDataSource {
  /** Table (= Prisma model) name. */
  table: string;
  /** Free-text columns; JSON columns are searched and redacted as text. */
  text: readonly string[];
  /** Column linking a row to a contact: every text of a linked row is about that person. */
  contactColumn?: string;
  /** The audit entity type of this table's rows: their audit rows are about the person too. */
  auditEntity?: string;
  /** The audit log: rows about a linked entity are linked. */
  audit?: true;
}

export const PERSONAL_DATA_SOURCES: readonly PersonalDataSource[] = [
  { table: "Activity", text: ["summary"], contactColumn: "contactId", auditEntity: "activity" },
  { table: "FollowUp", text: ["title"], contactColumn: "contactId", auditEntity: "followup" },
  { table: "Ticket", text: ["title", "description", "csatComment"], contactColumn: "contactId", auditEntity: "ticket" },
  { table: "Deal", text: ["title", "lostReason"] },
  { table: "QuoteLine", text: ["product"] },
  { table: "Approval", text: ["comment"] },
  { table: "KnowledgeArticle", text: ["question", "answer"] },
  // Notifications: alert payloads, the numbered choices sent as text, questions awaiting an answer.
  { table: "Alert", text: ["payload"] },
  { table: "NumberedChoice", text: ["choices"] },
  { table: "PendingAction", text: ["payload"] },
  // Delivery logs: the inbox keeps inbound messages, the outbox the messages sent.
  { table: "ProcessedEvent", text: ["payload"] },
  { table: "OutboxMessage", text: ["payload", "lastError"] },
  // The recycle bin: a deleted contact's own row (by its id), and deals/follow-ups whose text names the person.
  { table: "DeletedRecord", text: ["label", "snapshot"], contactColumn: "entityId" },
  // Last: a row is linked when it records a change of the contact or of a linked row above.
  { table: "AuditLog", text: ["before", "after"], audit: true },
];
