import { writeAudit } from "../audit/audit.service.js";
import type { ContactService } from "../contacts/contact.service.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db, Tx } from "../shared/db.js";
import { PermissionDeniedError } from "../shared/errors.js";
import { forgetFreedBytes, secureDeleteOn, type StorageOutcome } from "./forget-freed-bytes.js";
import { ERASED, type PersonIdentity, PersonMatcher } from "./person-matcher.js";
import { findPersonalData, type FoundRow } from "./personal-data-finder.js";
import { redactRow } from "./personal-data-redactor.js";

export { ERASED };

export interface ContactExport {
  exportedAt: string;
  contact: Record<string, unknown>;
  company: { id: string; name: string };
  activities: Record<string, unknown>[];
  followUps: Record<string, unknown>[];
  tickets: Record<string, unknown>[];
  auditTrail: Record<string, unknown>[];
  /** Every row that holds the person (the same set erase redacts), with its text columns. */
  records: FoundRow[];
  /** Quotes whose lines or approvals name the person (their PDFs may too). */
  quoteNumbers: string[];
}

export interface EraseResult {
  /** The identity that was erased, for scanning files and backups; never stored. */
  person: PersonIdentity;
  /** The rows redacted (the same set export lists). */
  records: { table: string; id: string }[];
  /** Rows redacted per table. */
  counts: Record<string, number>;
  /** Quotes whose lines or approvals named the person: their PDFs were generated with it. */
  quoteNumbers: string[];
  storage: StorageOutcome;
}

/** A scan of every table can take longer than Prisma's default 5 s transaction limit. */
const LONG_TX = { timeout: 10 * 60_000, maxWait: 30_000 };

/**
 * PIPL / GDPR requests about one person (a contact): everything held on them, and erasure of
 * their personal data while keeping the anonymised records (counts, dates, kinds).
 * Both use findPersonalData, so an export lists exactly what an erase would redact.
 * Admins only; both are audited.
 */
export class PrivacyService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly contacts: ContactService,
  ) {}

  /** The contact's identity in plaintext (read through the contact service, whatever the storage format). */
  async identify(actor: Actor, contactId: string): Promise<PersonIdentity & { company: string }> {
    requireAdmin(actor, "export", contactId);
    const c = await this.contacts.get(contactId);
    return { name: c.name, phone: c.phone, email: c.email, wechatId: c.wechatId, company: c.company.name };
  }

  /** All data held on a contact: their fields, and every row linked to them or naming them. */
  async exportContact(actor: Actor, contactId: string, file: string): Promise<ContactExport> {
    requireAdmin(actor, "export", contactId);
    const contact = await this.contacts.get(contactId);
    const matcher = new PersonMatcher(contact);
    return this.db.$transaction(async (tx) => {
      const records = await findPersonalData(tx, contactId, matcher);
      const ids = (table: string) => records.filter((r) => r.table === table).map((r) => r.id);
      const [activities, followUps, tickets, auditTrail] = await Promise.all([
        tx.activity.findMany({ where: { id: { in: ids("Activity") } }, orderBy: { occurredAt: "asc" } }),
        tx.followUp.findMany({ where: { id: { in: ids("FollowUp") } }, orderBy: { dueAt: "asc" } }),
        tx.ticket.findMany({ where: { id: { in: ids("Ticket") } }, orderBy: { createdAt: "asc" } }),
        tx.auditLog.findMany({ where: { id: { in: ids("AuditLog") } }, orderBy: { createdAt: "asc" } }),
      ]);
      const { company, ...fields } = contact;
      const quoteNumbers = await quotesNaming(tx, records);
      await writeAudit(tx, actor, { action: "contact.export", entityType: "contact", entityId: contactId, after: { file, records: records.length } });
      return {
        exportedAt: this.clock.now().toISOString(),
        contact: fields,
        company: { id: company.id, name: company.name },
        activities,
        followUps,
        tickets,
        auditTrail,
        records,
        quoteNumbers,
      };
    }, LONG_TX);
  }

  /**
   * Removes the person's fields from the contact (it stays as an anonymous stub), redacts every
   * row findPersonalData returns (see redactRow), records "contact erased by X at T" with no
   * personal data, then has SQLite forget the old bytes.
   */
  async eraseContact(actor: Actor, contactId: string): Promise<EraseResult> {
    requireAdmin(actor, "erase", contactId);
    const contact = await this.contacts.get(contactId);
    const person: PersonIdentity = { name: contact.name, phone: contact.phone, email: contact.email, wechatId: contact.wechatId };
    const matcher = new PersonMatcher(person);
    await secureDeleteOn(this.db);
    const { records, counts, quoteNumbers } = await this.db.$transaction(async (tx) => {
      const found = await findPersonalData(tx, contactId, matcher);
      const quoteNumbers = await quotesNaming(tx, found);
      const counts: Record<string, number> = {};
      for (const row of found) {
        await redactRow(tx, row, matcher);
        counts[row.table] = (counts[row.table] ?? 0) + 1;
      }
      await this.contacts.anonymize(tx, contactId, this.clock.now());
      await writeAudit(tx, actor, { action: "contact.erase", entityType: "contact", entityId: contactId, after: { erased: true, records: found.length } });
      return { records: found.map((r) => ({ table: r.table, id: r.id })), counts, quoteNumbers };
    }, LONG_TX);
    const storage = await forgetFreedBytes(this.db);
    return { person, records, counts, quoteNumbers, storage };
  }

  /** Whether the contact was erased already (a second confirmation of the same request). */
  async isErased(contactId: string): Promise<boolean> {
    const row = await this.db.contact.findUnique({ where: { id: contactId }, select: { erasedAt: true } });
    return row?.erasedAt !== null && row?.erasedAt !== undefined;
  }

  /** How many rows an erase would touch (shown on the confirmation card). */
  async countHeld(actor: Actor, contactId: string): Promise<number> {
    requireAdmin(actor, "erase", contactId);
    const contact = await this.contacts.get(contactId);
    return (await findPersonalData(this.db, contactId, new PersonMatcher(contact))).length;
  }
}

async function quotesNaming(tx: Tx, records: FoundRow[]): Promise<string[]> {
  const ids = (table: string) => records.filter((r) => r.table === table).map((r) => r.id);
  const [lines, approvals] = [ids("QuoteLine"), ids("Approval")];
  if (lines.length === 0 && approvals.length === 0) return [];
  const quotes = await tx.quote.findMany({
    where: { OR: [{ lines: { some: { id: { in: lines } } } }, { approvals: { some: { id: { in: approvals } } } }] },
    select: { number: true },
    orderBy: { number: "asc" },
  });
  return quotes.map((q) => q.number);
}

function requireAdmin(actor: Actor, what: string, contactId: string): void {
  if (actor.role !== "admin") throw new PermissionDeniedError(what, "contact", contactId);
}
