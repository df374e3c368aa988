import { lookupWhere, normalizeEmail, normalizePhone } from "../contacts/contact-lookup.js";
import { companyKeysOf } from "../leads/lead-duplicates.js";
import { byText, rememberRecent } from "../shared/remember-recent.js";
import type { LeadRow } from "../leads/lead.service.js";
import type { Role } from "../shared/actor.js";
import { isRole } from "../shared/actor.js";
import type { Db, DbOrTx } from "../shared/db.js";
import type { SensitiveFields } from "../shared/sensitive-fields.js";

export interface ImportUser {
  id: string;
  name: string;
  teamId: string | null;
  role: Role;
}

/** The keys a person is known by within one file: the phone and email as the CRM normalizes them, the WeChat id in any case. */
export function personKeys(row: { phone?: string | undefined; email?: string | undefined; wechat?: string | undefined }): string[] {
  return [
    ...(row.phone ? [`p:${normalizePhone(row.phone)}`] : []),
    ...(row.email ? [`e:${normalizeEmail(row.email)}`] : []),
    ...(row.wechat ? [`w:${row.wechat.trim().toLowerCase()}`] : []),
  ];
}

/** A customer's contact with the same phone or email as a row's person. */
export interface KnownContact {
  name: string;
  company: { name: string; teamId: string | null; ownerId: string | null };
}

/** What the database knows about each row's person, read once per batch. */
export interface RowMatches {
  lead?: LeadRow;
  contact?: KnownContact;
}

/**
 * What a lead import matches rows against, read once per run: the users by name, the campaigns by
 * name, the leads this import created so far (a row matching one is a repeat, not a duplicate), and
 * the people of the file's earlier rows (phone, email, WeChat). Existing leads and contacts are
 * looked up by their keyed phone and email hashes a batch at a time (matchesOf), as the lead
 * service does for one lead (findLeadDuplicates).
 */
export class LeadImportContext {
  private constructor(
    readonly users: Map<string, ImportUser>,
    readonly campaigns: Map<string, { id: string; name: string }>,
    /** Leads this import created (a later row of the same person is a repeat). */
    readonly ours: Set<string>,
    /** Person keys of the file's rows so far (personKeys). */
    readonly seen: Set<string>,
  ) {}

  static async load(db: Db, fields: SensitiveFields, jobId: string | null): Promise<LeadImportContext> {
    const users = new Map<string, ImportUser>();
    for (const u of await db.user.findMany({ where: { active: true }, select: { id: true, name: true, teamId: true, role: true } }))
      users.set(u.name.toLowerCase(), { id: u.id, name: u.name, teamId: u.teamId, role: isRole(u.role) ? u.role : "rep" });
    const campaigns = new Map<string, { id: string; name: string }>();
    for (const c of await db.campaign.findMany({ select: { id: true, name: true } })) campaigns.set(c.name.trim().toLowerCase(), c);
    const ours = new Set<string>();
    const seen = new Set<string>();
    if (jobId) {
      // A resumed run: what earlier runs of this job created is known by its people, WeChat ids included
      // (they have no hash column to be found by, so they are opened here).
      const created = await db.importedRecord.findMany({ where: { jobId, entityType: "lead", action: "created" }, select: { entityId: true } });
      for (const r of created) ours.add(r.entityId);
      for (let at = 0; at < created.length; at += 1000) {
        const ids = created.slice(at, at + 1000).map((r) => r.entityId);
        for (const lead of await db.lead.findMany({ where: { id: { in: ids } }, select: { phone: true, email: true, wechatId: true } })) {
          const plain = fields.open("Lead", lead);
          for (const key of personKeys({ phone: plain.phone ?? undefined, email: plain.email ?? undefined, wechat: plain.wechatId ?? undefined }))
            seen.add(key);
        }
      }
    }
    return new LeadImportContext(users, campaigns, ours, seen);
  }

  /**
   * A company name's duplicate key as the lead service stores it (companyKeysOf's first, the
   * normalized short name), remembered for the names of the batch in hand: a lead sheet names the
   * same companies again and again, and the key's pinyin half is the dear part.
   */
  companyKey(name: string): string | null {
    return this.companyKeys(name);
  }

  private readonly companyKeys = rememberRecent(2_000, byText, (name: string) => companyKeysOf(name)[0] ?? null);

  /**
   * The leads and customers' contacts with the same phone or email as each row, under any data key
   * (mid-rotation too): two queries for the batch, not one a row. Leads come first in number order
   * (the oldest is the one a duplicate fills in, as in chat).
   */
  static async matchesOf(
    db: DbOrTx,
    fields: SensitiveFields,
    rows: readonly { phone?: string | undefined; email?: string | undefined }[],
  ): Promise<RowMatches[]> {
    const cipher = fields.cipher;
    const wanted = rows.map((r) => ({
      phone: r.phone ? lookupWhere(cipher, "phone", r.phone).phoneHash!.in : [],
      email: r.email ? lookupWhere(cipher, "email", r.email).emailHash!.in : [],
    }));
    const phones = [...new Set(wanted.flatMap((w) => w.phone))];
    const emails = [...new Set(wanted.flatMap((w) => w.email))];
    if (phones.length === 0 && emails.length === 0) return rows.map(() => ({}));
    // Up to 400 hashes a query: SQLite through Prisma takes at most 999 bound values in one.
    const reaches = [...chunks(phones).map((some) => ({ phoneHash: { in: some } })), ...chunks(emails).map((some) => ({ emailHash: { in: some } }))];
    const leads: LeadRow[] = [];
    const contacts: { name: string; phoneHash: string | null; emailHash: string | null; company: KnownContact["company"] }[] = [];
    for (const where of reaches) {
      leads.push(...(await db.lead.findMany({ where })));
      contacts.push(
        ...(await db.contact.findMany({
          where: { ...where, erasedAt: null },
          select: { name: true, phoneHash: true, emailHash: true, company: { select: { name: true, teamId: true, ownerId: true } } },
        })),
      );
    }
    leads.sort((a, b) => a.number - b.number);
    const hit = (w: { phone: string[]; email: string[] }, r: { phoneHash: string | null; emailHash: string | null }) =>
      (!!r.phoneHash && w.phone.includes(r.phoneHash)) || (!!r.emailHash && w.email.includes(r.emailHash));
    return wanted.map((w) => {
      const lead = leads.find((l) => hit(w, l));
      const contact = contacts.find((c) => hit(w, c));
      return { ...(lead ? { lead } : {}), ...(contact ? { contact: { name: contact.name, company: contact.company } } : {}) };
    });
  }
}

function chunks<T>(items: readonly T[], size = 400): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}
