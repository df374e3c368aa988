import { writeAudit } from "../audit/audit.service.js";
import { listWhere, type DealListFilter } from "../deals/deal.service.js";
import type { Actor } from "../shared/actor.js";
import type { Db } from "../shared/db.js";
import type { SensitiveFields } from "../shared/sensitive-fields.js";
import { canViewShared } from "../users/permissions.js";

/** Rows read per query: a 100,000-row export never holds more than one batch of records at once. */
const BATCH = 2000;

/**
 * What a person may take out of the CRM as a spreadsheet: the same records, under the same
 * permissions, as the lists they can see in chat — read in batches by id so the export of a large
 * CRM streams. Sensitive contact fields are decrypted for the export (the reader may see them in chat).
 */
export class ExportService {
  constructor(
    private readonly db: Db,
    private readonly fields: SensitiveFields,
  ) {}

  /** Deals that pass the deal-list filter, by number. */
  async *deals(actor: Actor, filter: DealListFilter) {
    let after = 0;
    for (;;) {
      const rows = await this.db.deal.findMany({
        where: { ...listWhere(actor, filter), number: { gt: after } },
        include: { stage: true, company: true, owner: true },
        orderBy: { number: "asc" },
        take: BATCH,
      });
      if (rows.length === 0) return;
      yield rows;
      after = rows.at(-1)!.number;
    }
  }

  /** Customers the actor may see, by tier / lifecycle status / owner; the caller filters by words. */
  async *companies(actor: Actor, filter: { tier?: string; status?: string; ownerId?: string }) {
    for await (const rows of this.byId((cursor) =>
      this.db.company.findMany({
        where: {
          ...(filter.tier ? { tier: filter.tier } : {}),
          ...(filter.status ? { status: filter.status } : {}),
          ...(filter.ownerId ? { ownerId: filter.ownerId } : {}),
          ...cursor,
        },
        orderBy: { id: "asc" },
        take: BATCH,
      }),
    )) {
      const shown = rows.filter((c) => canViewShared(actor, c));
      const ownerIds = [...new Set(shown.flatMap((c) => (c.ownerId ? [c.ownerId] : [])))];
      const owners = new Map((await this.db.user.findMany({ where: { id: { in: ownerIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
      const visible = shown.map((c) => ({ ...this.fields.open("Company", c), ownerName: c.ownerId ? (owners.get(c.ownerId) ?? null) : null }));
      if (visible.length > 0) yield visible;
    }
  }

  /** Contacts (not erased) at the customers the actor may see; one customer's when companyId is given. */
  async *contacts(actor: Actor, companyId?: string) {
    for await (const rows of this.byId((cursor) =>
      this.db.contact.findMany({
        where: { erasedAt: null, ...(companyId ? { companyId } : {}), ...cursor },
        include: { company: true },
        orderBy: { id: "asc" },
        take: BATCH,
      }),
    )) {
      const visible = rows.filter((c) => canViewShared(actor, c.company)).map((c) => ({ ...this.fields.open("Contact", c), companyName: c.company.name }));
      if (visible.length > 0) yield visible;
    }
  }

  /** Activities that happened in [from, to), in time order: at customers the actor may see, or their own. */
  async *activities(actor: Actor, period: { from: Date; to: Date }) {
    let after: { at: Date; id: string } | undefined;
    for (;;) {
      const rows = await this.db.activity.findMany({
        where: {
          occurredAt: { gte: period.from, lt: period.to },
          // After the last row read, by (time, id): a stable order whatever is logged meanwhile.
          ...(after ? { OR: [{ occurredAt: { gt: after.at } }, { occurredAt: after.at, id: { gt: after.id } }] } : {}),
        },
        include: { company: true, contact: { select: { name: true } }, actor: { select: { name: true } }, deal: { select: { number: true } } },
        orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
        take: BATCH,
      });
      if (rows.length === 0) return;
      const last = rows.at(-1)!;
      after = { at: last.occurredAt, id: last.id };
      const visible = rows.filter((a) => a.actorId === actor.userId || (a.company ? canViewShared(actor, a.company) : actor.role === "admin"));
      if (visible.length > 0) yield visible;
    }
  }

  /** Who took what out, and how much: audited like a change (`export.deals`, …), the file's name as its id. */
  async recordExport(actor: Actor, kind: string, fileName: string, detail: { rows: number; filters: string; format: string }): Promise<void> {
    await writeAudit(this.db, actor, { action: `export.${kind}`, entityType: "export", entityId: fileName, after: detail });
  }

  /** Pages through a query by id (a stable order whatever is written meanwhile). */
  private async *byId<T extends { id: string }>(page: (cursor: { id?: { gt: string } }) => Promise<T[]>) {
    let after: string | undefined;
    for (;;) {
      const rows = await page(after ? { id: { gt: after } } : {});
      if (rows.length === 0) return;
      yield rows;
      after = rows.at(-1)!.id;
    }
  }
}
