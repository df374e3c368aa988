import { writeAudit } from "../audit/audit.service.js";
import { type ContactInput, type ContactPatch, contactInputSchema, contactPatchSchema } from "../companies/company.schemas.js";
import type { Actor } from "../shared/actor.js";
import type { Db, DbOrTx, Tx } from "../shared/db.js";
import { directSqlOf } from "../shared/direct-sql.js";
import { peopleOf as hotPeopleOf } from "../shared/hot-reads.js";
import { AmbiguousError, ConflictError, InvalidInputError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { MAX_TAGS } from "../companies/company.schemas.js";
import { parseTags } from "../companies/company.service.js";
import { canViewShared } from "../users/permissions.js";
import { matchByName } from "../shared/fuzzy-match.js";
import { normalizeText, personSearchKey, toPinyin } from "../shared/search-key.js";
import type { SensitiveFields } from "../shared/sensitive-fields.js";
import { validate } from "../shared/validate.js";
import { editNameList } from "../shared/name-list.js";
import { assertMayWriteCustomers } from "../users/customer-access.js";
import { contactHashes, lookupKind, lookupWhere } from "./contact-lookup.js";
import { mergeContacts } from "./contact-merge.js";

/**
 * Contacts. Phone, email and WeChat id (and any field an admin marks sensitive) are stored
 * encrypted, with keyed hashes of phone and email for exact lookup; every method returns plaintext.
 */
export class ContactService {
  constructor(
    private readonly db: Db,
    private readonly fields: SensitiveFields,
  ) {}

  async create(actor: Actor, input: ContactInput) {
    return this.db.$transaction((tx) => this.createIn(tx, actor, input));
  }

  /** create inside the caller's transaction (an import batch). */
  async createIn(tx: Tx, actor: Actor, input: ContactInput) {
    const data = validate(contactInputSchema, input);
    const company = await tx.company.findUnique({ where: { id: data.companyId } });
    if (!company) throw new NotFoundError("company", data.companyId);
    // A customer's people are the owning team's shared record: others may not add to it.
    await assertMayWriteCustomers(tx, actor, [company.id]);
    const cipher = this.fields.cipher;
    const sameAs = [...(data.phone ? [lookupWhere(cipher, "phone", data.phone)] : []), ...(data.email ? [lookupWhere(cipher, "email", data.email)] : [])];
    // One person, one card per customer: the same phone or email at the same company is a duplicate.
    const duplicate = sameAs.length > 0 ? await tx.contact.findFirst({ where: { companyId: company.id, erasedAt: null, OR: sameAs } }) : null;
    if (duplicate) throw new ConflictError("contact", duplicate.name);
    // The audit copy of the row is the sealed row: no plaintext lands in the audit log either.
    const contact = await tx.contact.create({
      data: { ...this.fields.seal("Contact", data), ...contactHashes(cipher, data), searchKey: personSearchKey(data.name), ownerId: actor.userId },
    });
    await writeAudit(tx, actor, { action: "contact.create", entityType: "contact", entityId: contact.id, after: contact });
    return this.fields.open("Contact", contact);
  }

  /**
   * Finds a contact by name ("张总", "Li Lei", "lilei"), or exactly by phone (any spelling) or
   * email (any case), optionally only within one company.
   */
  async findByName(query: string, companyId?: string) {
    // "id:<contact id>": the exact contact a "which one?" button picked (names may repeat).
    const picked = /^id:(\S+)$/.exec(query.trim());
    if (picked) {
      const contact = await this.get(picked[1]!);
      if (companyId && contact.companyId !== companyId) throw new NotFoundError("contact", query);
      return contact;
    }
    const kind = lookupKind(query);
    if (kind) return this.findByPhoneOrEmail(kind, query, companyId);
    const found = await this.search(query, companyId);
    if (found.kind === "one") return found.match;
    if (found.kind === "none") throw new NotFoundError("contact", query);
    throw new AmbiguousError(
      "contact",
      query,
      found.matches.map((c) => ({ id: c.id, label: candidateLabel(c), ref: `id:${c.id}` })),
    );
  }

  /**
   * People whose name starts with a surname ("张" for "张总"), with their company: who "张总" may be
   * when the sentence names no customer. At most `limit`, newest first.
   */
  async withSurname(surname: string, limit: number) {
    if (surname.trim().length === 0) return [];
    const rows = await this.db.contact.findMany({
      where: { erasedAt: null, name: { startsWith: surname } },
      select: { id: true, name: true, title: true, companyId: true, company: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
      take: limit,
    });
    return rows.map((c) => ({ id: c.id, name: c.name, title: c.title, companyId: c.companyId, companyName: c.company.name }));
  }

  async search(query: string, companyId?: string) {
    const keys = [normalizeText(query), toPinyin(query)].filter((k) => k.length > 0);
    if (keys.length === 0) return { kind: "none" as const };
    const rows = await this.db.contact.findMany({
      where: {
        erasedAt: null,
        ...(companyId ? { companyId } : {}),
        OR: keys.map((k) => ({ searchKey: { contains: k } })),
      },
      include: { company: true },
      take: 50,
    });
    return matchByName(
      query,
      rows.map((c) => ({ ...this.open(c), label: c.name })),
    );
  }

  /**
   * Changes a contact's name, title, phone, email or WeChat id (null clears one). The customer's
   * team may; a phone or email another contact of the same customer has is a duplicate. Sealed
   * and re-hashed like a new contact; the audit rows hold the sealed values.
   */
  async update(actor: Actor, id: string, patch: ContactPatch) {
    const data = validate(contactPatchSchema, patch);
    return this.db.$transaction(async (tx) => {
      const before = await tx.contact.findUnique({ where: { id } });
      if (!before || before.erasedAt) throw new NotFoundError("contact", id);
      await assertMayWriteCustomers(tx, actor, [before.companyId]);
      const current = this.fields.open("Contact", before);
      const next = { phone: current.phone, email: current.email, ...data };
      const cipher = this.fields.cipher;
      const sameAs = [...(data.phone ? [lookupWhere(cipher, "phone", data.phone)] : []), ...(data.email ? [lookupWhere(cipher, "email", data.email)] : [])];
      const duplicate =
        sameAs.length > 0 ? await tx.contact.findFirst({ where: { companyId: before.companyId, erasedAt: null, id: { not: id }, OR: sameAs } }) : null;
      if (duplicate) throw new ConflictError("contact", duplicate.name);
      const { addTags, removeTags, ...fields } = data;
      const sealed = this.fields.seal("Contact", fields);
      const tags = addTags || removeTags ? editNameList(parseTags(before.tags), addTags, removeTags) : null;
      if (tags && tags.length > MAX_TAGS) throw new InvalidInputError("tags", `at most ${MAX_TAGS}`);
      const after = await tx.contact.update({
        where: { id },
        data: {
          ...sealed,
          ...(tags ? { tags: JSON.stringify(tags) } : {}),
          ...("phone" in data || "email" in data ? contactHashes(cipher, next) : {}),
          ...(data.name ? { searchKey: personSearchKey(data.name) } : {}),
        },
      });
      await writeAudit(tx, actor, { action: "contact.update", entityType: "contact", entityId: id, before, after });
      return this.fields.open("Contact", after);
    });
  }

  /** Merges a duplicate contact of the same customer into another (contact-merge.ts); names returned in the clear. */
  async merge(actor: Actor, duplicateId: string, keepId: string) {
    const result = await mergeContacts(this.db, actor, duplicateId, keepId);
    return { ...result, kept: this.fields.open("Contact", result.kept), duplicate: this.fields.open("Contact", result.duplicate) };
  }

  /** All people of one customer the actor may see (its team's shared record), by name, with their details opened. */
  async listOf(actor: Actor, companyId: string) {
    const company = await this.db.company.findUnique({ where: { id: companyId } });
    if (!company) throw new NotFoundError("company", companyId);
    if (!canViewShared(actor, company)) throw new PermissionDeniedError("view", "company", companyId);
    const rows = await this.db.contact.findMany({ where: { companyId, erasedAt: null }, orderBy: [{ name: "asc" }, { createdAt: "asc" }] });
    return { company, contacts: rows.map((row) => this.fields.open("Contact", row)) };
  }

  /** The people of one customer (not erased), at most `limit`, read through the companyId index. */
  async peopleOf(companyId: string, limit: number): Promise<{ id: string; name: string; title: string | null }[]> {
    const direct = directSqlOf(this.db);
    if (direct) return direct.read((sql) => hotPeopleOf(sql, companyId, limit));
    return this.db.contact.findMany({ where: { companyId, erasedAt: null }, select: { id: true, name: true, title: true }, take: limit });
  }

  async get(id: string) {
    const contact = await this.db.contact.findUnique({ where: { id }, include: { company: true } });
    if (!contact || contact.erasedAt) throw new NotFoundError("contact", id);
    return this.open(contact);
  }

  private async findByPhoneOrEmail(kind: "phone" | "email", query: string, companyId?: string) {
    const rows = await this.db.contact.findMany({
      where: { erasedAt: null, ...(companyId ? { companyId } : {}), ...lookupWhere(this.fields.cipher, kind, query) },
      include: { company: true },
      take: 10,
    });
    const [first, ...others] = rows.map((c) => this.open(c));
    if (!first) throw new NotFoundError("contact", query);
    if (others.length === 0) return first;
    throw new AmbiguousError(
      "contact",
      query,
      [first, ...others].map((c) => ({ id: c.id, label: candidateLabel(c), ref: `id:${c.id}` })),
    );
  }

  private open<T extends { company: object }>(row: T): T {
    return { ...this.fields.open("Contact", row), company: this.fields.open("Company", row.company) };
  }

  /**
   * Erasure (PIPL): the contact stays as an anonymous stub (links and counts survive), every
   * personal field is removed. Called by PrivacyService inside its transaction.
   */
  async anonymize(tx: DbOrTx, id: string, now: Date): Promise<void> {
    await tx.contact.update({
      where: { id },
      data: { name: "[erased]", searchKey: "", title: null, phone: null, email: null, wechatId: null, phoneHash: null, emailHash: null, erasedAt: now },
    });
  }
}

/** Two John Smiths at one customer differ by their title, when they have one. */
function candidateLabel(c: { name: string; title: string | null; company: { name: string } }): string {
  return `${c.name} (${c.company.name}${c.title ? ` · ${c.title}` : ""})`;
}
