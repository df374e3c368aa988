import { writeAudit } from "../audit/audit.service.js";
import { type ContactInput, contactInputSchema } from "../companies/company.schemas.js";
import type { Actor } from "../shared/actor.js";
import type { Db } from "../shared/db.js";
import { AmbiguousError, NotFoundError } from "../shared/errors.js";
import { matchByName } from "../shared/fuzzy-match.js";
import { normalizeText, personSearchKey, toPinyin } from "../shared/search-key.js";
import { validate } from "../shared/validate.js";
import { assertMayWriteCustomers } from "../users/customer-access.js";

export class ContactService {
  constructor(private readonly db: Db) {}

  async create(actor: Actor, input: ContactInput) {
    const data = validate(contactInputSchema, input);
    return this.db.$transaction(async (tx) => {
      const company = await tx.company.findUnique({ where: { id: data.companyId } });
      if (!company) throw new NotFoundError("company", data.companyId);
      // A customer's people are the owning team's shared record: others may not add to it.
      await assertMayWriteCustomers(tx, actor, [company.id]);
      const contact = await tx.contact.create({
        data: { ...data, searchKey: personSearchKey(data.name), ownerId: actor.userId },
      });
      await writeAudit(tx, actor, { action: "contact.create", entityType: "contact", entityId: contact.id, after: contact });
      return contact;
    });
  }

  /** Finds a contact by name ("张总", "Li Lei", "lilei"), optionally only within one company. */
  async findByName(query: string, companyId?: string) {
    const found = await this.search(query, companyId);
    if (found.kind === "one") return found.match;
    if (found.kind === "none") throw new NotFoundError("contact", query);
    throw new AmbiguousError(
      "contact",
      query,
      found.matches.map((c) => ({ id: c.id, label: `${c.name} (${c.company.name})`, ref: c.name })),
    );
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
    return matchByName(query, rows.map((c) => ({ ...c, label: c.name })));
  }

  async get(id: string) {
    const contact = await this.db.contact.findUnique({ where: { id }, include: { company: true } });
    if (!contact || contact.erasedAt) throw new NotFoundError("contact", id);
    return contact;
  }
}
