import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { SensitiveFields } from "../shared/sensitive-fields.js";
import type { Db, Tx } from "../shared/db.js";
import { DomainError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { toJson } from "../shared/json.js";
import { nextNumber } from "../shared/next-number.js";
import { assertMayWriteCustomers } from "../users/customer-access.js";
import { canChange } from "../users/permissions.js";

export type DeletableType = "deal" | "contact" | "followup";

/** A deal with quotes or a contract is kept: they are documents; mark the deal lost instead (a contract with no money received goes with it). */
export class DeletionBlockedError extends DomainError {
  readonly code = "conflict" as const;
  constructor(
    readonly entity: DeletableType,
    readonly reason: "has-quotes" | "has-contract",
    readonly count: number,
  ) {
    super(`${entity} cannot be deleted: ${count} ${reason}`);
  }
}

/** What pointed at a deleted record, so a restore can point it back. */
interface Links {
  activityIds?: string[];
  followUpIds?: string[];
  ticketIds?: string[];
  stageChanges?: Record<string, unknown>[];
}

interface Snapshot {
  row: Record<string, unknown>;
  links: Links;
}

export interface RestoreResult {
  entityType: DeletableType;
  entityId: string;
  label: string;
  /** A restored deal whose number was taken since gets a new one. */
  number?: number;
}

const DATE_FIELDS = new Set([
  "expectedCloseAt",
  "startsAt",
  "endsAt",
  "lastActivityAt",
  "closedAt",
  "createdAt",
  "updatedAt",
  "dueAt",
  "doneAt",
  "snoozedUntil",
  "erasedAt",
  "changedAt",
]);

/**
 * Deleting from chat puts the record in a recycle bin instead of losing it: the row (sealed as
 * stored, so contact details stay encrypted) and the ids of what pointed at it. Activities,
 * follow-ups and tickets stay with the customer, unlinked; undo or `trash restore` puts the record
 * back with the same id and links. Admins purge the bin for good.
 */
export class RecycleBinService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly fields: SensitiveFields,
  ) {}

  async deleteDeal(actor: Actor, dealId: string) {
    return this.db.$transaction(async (tx) => {
      const deal = await tx.deal.findUnique({ where: { id: dealId }, include: { company: true } });
      if (!deal) throw new NotFoundError("deal", dealId);
      if (!canChange(actor, { ownerId: deal.ownerId, ownerTeamId: deal.teamId })) throw new PermissionDeniedError("delete", "deal", dealId);
      await assertMayWriteCustomers(tx, actor, [deal.companyId]);
      const quotes = await tx.quote.count({ where: { dealId } });
      if (quotes > 0) throw new DeletionBlockedError("deal", "has-quotes", quotes);
      // A signed contract is a record of money owed and received: it is not thrown away with the deal.
      const contract = await tx.contract.findUnique({ where: { dealId }, select: { number: true } });
      if (contract) throw new DeletionBlockedError("deal", "has-contract", contract.number);
      const { company, ...row } = deal;
      const links: Links = {
        activityIds: await ids(tx.activity.findMany({ where: { dealId }, select: { id: true } })),
        followUpIds: await ids(tx.followUp.findMany({ where: { dealId }, select: { id: true } })),
        stageChanges: await tx.dealStageChange.findMany({ where: { dealId }, orderBy: { changedAt: "asc" } }),
      };
      await tx.activity.updateMany({ where: { dealId }, data: { dealId: null } });
      await tx.followUp.updateMany({ where: { dealId }, data: { dealId: null } });
      await tx.deal.delete({ where: { id: dealId } }); // stage history cascades; kept in the snapshot
      const label = `#${deal.number} ${deal.title}`;
      await this.bin(tx, actor, "deal", dealId, label, { row, links }, deal.number);
      await writeAudit(tx, actor, { action: "deal.delete", entityType: "deal", entityId: dealId, before: row, after: null });
      return { label, number: deal.number, company: company.name, unlinked: (links.activityIds?.length ?? 0) + (links.followUpIds?.length ?? 0) };
    });
  }

  async deleteContact(actor: Actor, contactId: string) {
    return this.db.$transaction(async (tx) => {
      const contact = await tx.contact.findUnique({ where: { id: contactId }, include: { company: true } });
      if (!contact || contact.erasedAt) throw new NotFoundError("contact", contactId);
      await assertMayWriteCustomers(tx, actor, [contact.companyId]);
      const { company, ...row } = contact;
      const links: Links = {
        activityIds: await ids(tx.activity.findMany({ where: { contactId }, select: { id: true } })),
        followUpIds: await ids(tx.followUp.findMany({ where: { contactId }, select: { id: true } })),
        ticketIds: await ids(tx.ticket.findMany({ where: { contactId }, select: { id: true } })),
      };
      await tx.activity.updateMany({ where: { contactId }, data: { contactId: null } });
      await tx.followUp.updateMany({ where: { contactId }, data: { contactId: null } });
      await tx.ticket.updateMany({ where: { contactId }, data: { contactId: null } });
      await tx.contact.delete({ where: { id: contactId } });
      // A name an admin marked sensitive is stored sealed; the bin's label is read by people.
      const name = this.fields.open("Contact", { name: contact.name }).name;
      const label = `${name} · ${company.name}`;
      await this.bin(tx, actor, "contact", contactId, label, { row, links });
      await writeAudit(tx, actor, { action: "contact.delete", entityType: "contact", entityId: contactId, before: row, after: null });
      return { label, name, company: company.name };
    });
  }

  async deleteFollowUp(actor: Actor, followUpId: string) {
    return this.db.$transaction(async (tx) => {
      const task = await tx.followUp.findUnique({ where: { id: followUpId }, include: { owner: true } });
      if (!task) throw new NotFoundError("followup", followUpId);
      if (!canChange(actor, { ownerId: task.ownerId, ownerTeamId: task.owner.teamId })) throw new PermissionDeniedError("delete", "followup", followUpId);
      const { owner: _owner, ...row } = task;
      await tx.followUp.delete({ where: { id: followUpId } });
      await this.bin(tx, actor, "followup", followUpId, task.title, { row, links: {} });
      await writeAudit(tx, actor, { action: "followup.delete", entityType: "followup", entityId: followUpId, before: row, after: null });
      return { label: task.title };
    });
  }

  /** The bin: the actor's own deletions, or everyone's for admins; newest first. */
  async list(actor: Actor, limit = 50) {
    return this.db.deletedRecord.findMany({
      where: actor.role === "admin" ? {} : { deletedById: actor.userId },
      orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, entityType: true, entityId: true, label: true, deletedAt: true, deletedById: true },
    });
  }

  /** Puts a deleted record back (by its bin row). The one who deleted it or an admin may. */
  async restore(actor: Actor, binId: string): Promise<RestoreResult> {
    return this.db.$transaction((tx) => this.restoreIn(tx, actor, binId));
  }

  /** The newest bin row of a record (undo finds it by the record's id). */
  async binIdOf(tx: Tx, entityType: string, entityId: string): Promise<string | null> {
    const row = await tx.deletedRecord.findFirst({ where: { entityType, entityId }, orderBy: { deletedAt: "desc" }, select: { id: true } });
    return row?.id ?? null;
  }

  async restoreIn(tx: Tx, actor: Actor, binId: string): Promise<RestoreResult> {
    const bin = await tx.deletedRecord.findUnique({ where: { id: binId } });
    if (!bin) throw new NotFoundError("record", binId);
    if (actor.role !== "admin" && bin.deletedById !== actor.userId) throw new PermissionDeniedError("restore", "record", bin.entityId);
    const { row: raw, links } = JSON.parse(bin.snapshot) as Snapshot;
    const row = revive(raw);
    const type = bin.entityType as DeletableType;
    let number: number | undefined;
    if (type === "deal") {
      await assertMayWriteCustomers(tx, actor, [String(row.companyId)]);
      const taken = await tx.deal.findUnique({ where: { number: Number(row.number) }, select: { id: true } });
      if (taken) {
        await tx.deletedRecord.update({ where: { id: bin.id }, data: { number: null } });
        number = await nextNumber(tx, "deal");
      }
      await tx.deal.create({
        data: { ...(row as Parameters<typeof tx.deal.create>[0]["data"]), amountMinor: BigInt(String(row.amountMinor)), ...(number ? { number } : {}) },
      });
      for (const change of links.stageChanges ?? [])
        await tx.dealStageChange.create({ data: revive(change) as Parameters<typeof tx.dealStageChange.create>[0]["data"] });
      await tx.activity.updateMany({ where: { id: { in: links.activityIds ?? [] }, dealId: null }, data: { dealId: bin.entityId } });
      await tx.followUp.updateMany({ where: { id: { in: links.followUpIds ?? [] }, dealId: null }, data: { dealId: bin.entityId } });
    } else if (type === "contact") {
      await assertMayWriteCustomers(tx, actor, [String(row.companyId)]);
      await tx.contact.create({ data: row as Parameters<typeof tx.contact.create>[0]["data"] });
      await tx.activity.updateMany({ where: { id: { in: links.activityIds ?? [] }, contactId: null }, data: { contactId: bin.entityId } });
      await tx.followUp.updateMany({ where: { id: { in: links.followUpIds ?? [] }, contactId: null }, data: { contactId: bin.entityId } });
      await tx.ticket.updateMany({ where: { id: { in: links.ticketIds ?? [] }, contactId: null }, data: { contactId: bin.entityId } });
    } else {
      await tx.followUp.create({ data: row as Parameters<typeof tx.followUp.create>[0]["data"] });
    }
    await tx.deletedRecord.delete({ where: { id: bin.id } });
    await writeAudit(tx, actor, { action: `${type}.restore`, entityType: type, entityId: bin.entityId, before: null, after: row });
    return { entityType: type, entityId: bin.entityId, label: bin.label, ...(number ? { number } : {}) };
  }

  /** Empties the bin for good (admins): everything, or what was deleted before `before`. */
  async purge(actor: Actor, before?: Date): Promise<number> {
    if (actor.role !== "admin") throw new PermissionDeniedError("purge", "record");
    return this.db.$transaction(async (tx) => {
      const gone = await tx.deletedRecord.findMany({
        where: before ? { deletedAt: { lt: before } } : {},
        select: { id: true, entityType: true, entityId: true },
      });
      await tx.deletedRecord.deleteMany({ where: { id: { in: gone.map((g) => g.id) } } });
      for (const g of gone) await writeAudit(tx, actor, { action: `${g.entityType}.purge`, entityType: g.entityType, entityId: g.entityId });
      return gone.length;
    });
  }

  private async bin(tx: Tx, actor: Actor, entityType: DeletableType, entityId: string, label: string, snapshot: Snapshot, number?: number) {
    await tx.deletedRecord.create({
      data: { entityType, entityId, label, snapshot: toJson(snapshot), deletedById: actor.userId, deletedAt: this.clock.now(), ...(number ? { number } : {}) },
    });
  }
}

async function ids(rows: Promise<{ id: string }[]>): Promise<string[]> {
  return (await rows).map((r) => r.id);
}

/** JSON back to column values: ISO strings of date columns become Dates again. */
function revive(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key] = DATE_FIELDS.has(key) && typeof value === "string" ? new Date(value) : value;
  return out;
}
