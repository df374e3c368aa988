import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db, Tx } from "../shared/db.js";
import { NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { ephemeralSensitiveFields, type SensitiveFields } from "../shared/sensitive-fields.js";

/** What replaces personal text once a person is erased. */
export const ERASED = "[erased]";

export interface ContactExport {
  exportedAt: string;
  contact: Record<string, unknown>;
  company: { id: string; name: string };
  activities: Record<string, unknown>[];
  followUps: Record<string, unknown>[];
  tickets: Record<string, unknown>[];
  auditTrail: Record<string, unknown>[];
}

/**
 * PIPL / GDPR requests about one person (a contact): everything held on them, and erasure of
 * their personal data while keeping the anonymised activity history (counts, dates, kinds).
 * Admins only; both are audited.
 */
export class PrivacyService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly fields: SensitiveFields = ephemeralSensitiveFields(),
  ) {}

  /** All data held on a contact: their fields, and activities / follow-ups / tickets linked to them or naming them. */
  async exportContact(actor: Actor, contactId: string, file: string): Promise<ContactExport> {
    requireAdmin(actor, "export", contactId);
    return this.db.$transaction(async (tx) => {
      const contact = await this.load(tx, contactId);
      const mentions = { OR: [{ contactId }, ...(contact.name.length >= 2 ? [{ summary: { contains: contact.name } }] : [])] };
      const [activities, followUps, tickets, auditTrail] = await Promise.all([
        tx.activity.findMany({ where: mentions, orderBy: { occurredAt: "asc" } }),
        tx.followUp.findMany({ where: { OR: [{ contactId }, ...(contact.name.length >= 2 ? [{ title: { contains: contact.name } }] : [])] }, orderBy: { dueAt: "asc" } }),
        tx.ticket.findMany({ where: { contactId }, orderBy: { createdAt: "asc" } }),
        tx.auditLog.findMany({ where: { entityType: "contact", entityId: contactId }, orderBy: { createdAt: "asc" } }),
      ]);
      const { company, ...fields } = contact;
      await writeAudit(tx, actor, { action: "contact.export", entityType: "contact", entityId: contactId, after: { file } });
      return {
        exportedAt: this.clock.now().toISOString(),
        contact: fields,
        company: { id: company.id, name: company.name },
        activities,
        followUps,
        tickets,
        auditTrail,
      };
    });
  }

  /**
   * Removes the person's name, phone, email, WeChat id and title; blanks the text of activities and
   * follow-ups that were about them (the rows stay, so activity counts and dates survive) and the
   * personal fields in their earlier audit rows. The contact row stays as an anonymous stub.
   */
  async eraseContact(actor: Actor, contactId: string): Promise<{ activities: number; followUps: number }> {
    requireAdmin(actor, "erase", contactId);
    return this.db.$transaction(async (tx) => {
      const contact = await this.load(tx, contactId);
      const name = contact.name;
      const mentioned = name.length >= 2 ? { summary: { contains: name } } : { id: "" };
      const activities = await tx.activity.findMany({ where: { OR: [{ contactId }, mentioned] }, select: { id: true, summary: true } });
      for (const a of activities) {
        await tx.activity.update({ where: { id: a.id }, data: { summary: ERASED } });
      }
      const followUps = await tx.followUp.findMany({
        where: { OR: [{ contactId }, ...(name.length >= 2 ? [{ title: { contains: name } }] : [])] },
        select: { id: true },
      });
      await tx.followUp.updateMany({ where: { id: { in: followUps.map((f) => f.id) } }, data: { title: ERASED } });
      await tx.contact.update({
        where: { id: contactId },
        data: { name: ERASED, searchKey: "", title: null, phone: null, email: null, wechatId: null, phoneHash: null, emailHash: null, erasedAt: this.clock.now() },
      });
      // Earlier audit rows hold copies of the personal fields; keep the rows (who did what, when), drop the copies.
      await tx.auditLog.updateMany({
        where: { OR: [{ entityType: "contact", entityId: contactId }, { entityType: "activity", entityId: { in: activities.map((a) => a.id) } }, { entityType: "followup", entityId: { in: followUps.map((f) => f.id) } }] },
        data: { before: null, after: JSON.stringify({ erased: true }) },
      });
      if (name.length >= 2) {
        // Delivery logs keep message text; finished ones are not needed any more.
        await tx.processedEvent.updateMany({ where: { status: { not: "received" }, payload: { contains: name } }, data: { payload: null } });
        await tx.outboxMessage.updateMany({ where: { status: { in: ["sent", "failed"] }, payload: { contains: name } }, data: { payload: "{}" } });
        await tx.pendingAction.deleteMany({ where: { payload: { contains: name } } });
      }
      const counts = { activities: activities.length, followUps: followUps.length };
      await writeAudit(tx, actor, { action: "contact.erase", entityType: "contact", entityId: contactId, after: { erased: true, ...counts } });
      return counts;
    });
  }

  /** The contact with its personal fields decrypted (the export holds plaintext; erase matches on it). */
  private async load(tx: Tx, contactId: string) {
    const contact = await tx.contact.findUnique({ where: { id: contactId }, include: { company: true } });
    if (!contact) throw new NotFoundError("contact", contactId);
    return { ...this.fields.open("Contact", contact), company: this.fields.open("Company", contact.company) };
  }
}

function requireAdmin(actor: Actor, what: string, contactId: string): void {
  if (actor.role !== "admin") throw new PermissionDeniedError(what, "contact", contactId);
}
