import { writeAudit } from "../audit/audit.service.js";
import type { Stage, StageService } from "../pipeline/stage.service.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db, DbOrTx, Tx } from "../shared/db.js";
import { directSqlOf } from "../shared/direct-sql.js";
import { type DealWithParts, dealWithParts, openDealsOf as hotOpenDealsOf } from "../shared/hot-reads.js";
import { AmbiguousError, ConflictError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { nextNumber } from "../shared/next-number.js";
import { validate } from "../shared/validate.js";
import { canChange, canView, countScope } from "../users/permissions.js";
import { assertMayWriteCustomers } from "../users/customer-access.js";
import type { ContractService } from "../contracts/contract.service.js";
import { type DealInput, type DealUpdate, dealInputSchema, dealUpdateSchema } from "./deal.schemas.js";

const dealInclude = { stage: true, company: true, owner: true } as const;
export type DealView = Awaited<ReturnType<DealService["get"]>>;

export interface DealListFilter {
  ownerId?: string;
  teamId?: string;
  stageKey?: string;
  openOnly?: boolean;
  /** Expected close date in [from, to). */
  closing?: { from: Date; to: Date };
  /** Amount at least this, in this currency (deals in other currencies are left out: there are no rates yet). */
  minAmount?: { minor: number; currency: string };
  /** Open deals with no activity since this instant (the stale-deal rule's window). */
  quietSince?: Date;
  limit?: number;
  skip?: number;
}

export class DealService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly stages: StageService,
    /** Winning a deal opens its contract (回款 are recorded against it). */
    private readonly contracts?: ContractService,
  ) {}

  async create(actor: Actor, input: DealInput) {
    return this.db.$transaction((tx) => this.createIn(tx, actor, input));
  }

  async createIn(tx: Tx, actor: Actor, input: DealInput) {
    const data = validate(dealInputSchema, input);
    const ownerId = data.ownerId ?? actor.userId;
    const company = await tx.company.findUnique({ where: { id: data.companyId } });
    if (!company) throw new NotFoundError("company", data.companyId);
    await assertMayWriteCustomers(tx, actor, [company.id]);
    const owner = await tx.user.findUnique({ where: { id: ownerId } });
    if (!owner) throw new NotFoundError("user", ownerId);
    if (!canChange(actor, { ownerId, ownerTeamId: owner.teamId })) throw new PermissionDeniedError("create", "deal");
    const stage = data.stageKey ? await this.stages.resolve(data.stageKey, tx) : await this.stages.first(tx);
    const now = this.clock.now();
    const deal = await tx.deal.create({
      data: {
        number: await nextNumber(tx, "deal"),
        title: data.title ?? company.name,
        companyId: company.id,
        ownerId,
        teamId: owner.teamId,
        amountMinor: BigInt(data.amountMinor),
        currency: data.currency,
        stageId: stage.id,
        expectedCloseAt: data.expectedCloseAt ?? null,
        lastActivityAt: now,
        closedAt: stage.kind === "open" ? null : now,
      },
      include: dealInclude,
    });
    await tx.dealStageChange.create({
      data: { dealId: deal.id, fromStageId: null, toStageId: stage.id, changedById: actor.userId, changedAt: now },
    });
    await writeAudit(tx, actor, { action: "deal.create", entityType: "deal", entityId: deal.id, after: plain(deal) });
    if (stage.kind === "won" && company.status === "prospect") {
      const customer = await tx.company.update({ where: { id: company.id }, data: { status: "customer" } });
      await writeAudit(tx, actor, { action: "company.update", entityType: "company", entityId: company.id, before: company, after: customer });
    }
    if (stage.kind === "won") await this.contracts?.openForWonDeal(tx, actor, deal);
    return deal;
  }

  async get(id: string): Promise<DealWithParts> {
    const direct = directSqlOf(this.db);
    const deal = direct ? await direct.read((sql) => dealWithParts(sql, id)) : await this.db.deal.findUnique({ where: { id }, include: dealInclude });
    if (!deal) throw new NotFoundError("deal", id);
    return deal;
  }

  async show(actor: Actor, id: string) {
    const deal = await this.db.deal.findUnique({
      where: { id },
      include: {
        ...dealInclude,
        activities: { orderBy: { occurredAt: "desc" }, take: 5, include: { actor: true } },
        followUps: { where: { done: false }, orderBy: { dueAt: "asc" }, take: 5 },
        stageChanges: { orderBy: { changedAt: "desc" }, take: 10 },
      },
    });
    if (!deal) throw new NotFoundError("deal", id);
    if (!canView(actor, { ownerId: deal.ownerId, ownerTeamId: deal.teamId })) throw new PermissionDeniedError("view", "deal", id);
    return deal;
  }

  /** A deal by its number ("12", "#12", "D12") or by its company's name when that company has one open deal. */
  async findByRef(ref: string, resolveCompany: (name: string) => Promise<{ id: string; name: string }>) {
    const numeric = /^(?:#|d-?)?(\d{1,9})$/i.exec(ref.trim());
    if (numeric) {
      const deal = await this.db.deal.findUnique({ where: { number: Number(numeric[1]) }, include: dealInclude });
      if (!deal) throw new NotFoundError("deal", ref);
      return deal;
    }
    const company = await resolveCompany(ref);
    return this.findOpenForCompany(company.id, company.name);
  }

  async findOpenForCompany(companyId: string, label: string) {
    const deals = await this.openDealsOf(companyId);
    if (deals.length === 1) return deals[0]!;
    if (deals.length === 0) throw new NotFoundError("deal", label);
    const stages = await this.stages.list();
    throw new AmbiguousError(
      "deal",
      label,
      deals.map((d) => {
        const stage = stages.find((s) => s.id === d.stageId);
        return { id: d.id, label: `#${d.number} ${d.title} (${stage?.nameZh}/${stage?.nameEn})`, ref: `#${d.number}` };
      }),
    );
  }

  /** Open deals of a company, newest first (plain rows: this runs on every logged sentence). */
  async openDealsOf(companyId: string) {
    const direct = directSqlOf(this.db);
    if (direct) return direct.read((sql) => hotOpenDealsOf(sql, companyId));
    return this.db.deal.findMany({
      where: { companyId, stage: { kind: "open" } },
      orderBy: { updatedAt: "desc" },
      take: 10,
    });
  }

  /** The customer the user logged on last, if that was at `since` or later: what "ping Lucius" right after is likely about. */
  /** `at`: when that log was written (the rows' wall clock). */
  async lastLoggedCompany(userId: string, since: Date): Promise<{ id: string; name: string; at: Date } | null> {
    const last = await this.db.activity.findFirst({
      where: { actorId: userId, companyId: { not: null }, createdAt: { gte: since } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true, company: { select: { id: true, name: true } } },
    });
    return last?.company ? { ...last.company, at: last.createdAt } : null;
  }

  /** Customers to offer when a sentence names none: of the user's most recently active open deals, then of their latest logs, then their own; each once. */
  async recentCompaniesOf(userId: string, limit: number): Promise<{ id: string; name: string }[]> {
    const deals = await this.db.deal.findMany({
      where: { ownerId: userId, stage: { kind: "open" } },
      orderBy: { lastActivityAt: "desc" },
      select: { company: { select: { id: true, name: true } } },
      take: limit * 2,
    });
    const seen = new Map<string, { id: string; name: string }>();
    for (const d of deals) if (!seen.has(d.company.id)) seen.set(d.company.id, d.company);
    // A rep without open deals still has customers: the ones they logged on last, then the ones they own.
    if (seen.size < limit) {
      const logged = await this.db.activity.findMany({
        where: { actorId: userId, companyId: { not: null } },
        orderBy: { createdAt: "desc" },
        select: { company: { select: { id: true, name: true } } },
        take: limit * 3,
      });
      for (const a of logged) if (a.company && !seen.has(a.company.id)) seen.set(a.company.id, a.company);
    }
    if (seen.size < limit) {
      const owned = await this.db.company.findMany({
        where: { ownerId: userId },
        orderBy: [{ lastInteractionAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
        select: { id: true, name: true },
        take: limit * 2,
      });
      for (const c of owned) if (!seen.has(c.id)) seen.set(c.id, c);
    }
    return [...seen.values()].slice(0, limit);
  }

  /** Deals whose title contains the text or that belong to one of the companies, newest first (no permission filter: the caller checks). */
  async matching(text: string, companyIds: readonly string[], limit: number) {
    return this.db.deal.findMany({
      where: { OR: [{ title: { contains: text } }, { companyId: { in: [...companyIds] } }] },
      include: { stage: true, company: true },
      orderBy: { updatedAt: "desc" },
      take: limit,
    });
  }

  async list(actor: Actor, filter: DealListFilter = {}) {
    return this.db.deal.findMany({
      where: listWhere(actor, filter),
      include: dealInclude,
      orderBy: [{ stage: { position: "asc" } }, { amountMinor: "desc" }, { number: "asc" }],
      take: filter.limit ?? 20,
      skip: filter.skip ?? 0,
    });
  }

  /** One page of the deals the actor may see that pass the filter, and how many pass it in all. */
  async listPage(actor: Actor, filter: DealListFilter & { limit: number; skip: number }) {
    const [deals, total] = await Promise.all([this.list(actor, filter), this.db.deal.count({ where: listWhere(actor, filter) })]);
    return { deals, total };
  }

  /** Moves a deal to another stage, keeping the stage history. `expectedVersion` guards against lost updates. */
  async move(actor: Actor, dealId: string, stageText: string, expectedVersion?: number) {
    const stage = await this.stages.resolve(stageText);
    return this.db.$transaction((tx) => this.moveIn(tx, actor, dealId, stage, expectedVersion));
  }

  /** Moves a deal to a stage already read (e.g. the lost stage a card button names). */
  async moveTo(actor: Actor, dealId: string, stage: Stage) {
    return this.db.$transaction((tx) => this.moveIn(tx, actor, dealId, stage));
  }

  async moveIn(tx: Tx, actor: Actor, dealId: string, stage: Stage, expectedVersion?: number) {
    const before = await tx.deal.findUnique({ where: { id: dealId }, include: dealInclude });
    if (!before) throw new NotFoundError("deal", dealId);
    if (!canChange(actor, { ownerId: before.ownerId, ownerTeamId: before.teamId })) {
      throw new PermissionDeniedError("move", "deal", dealId);
    }
    await assertMayWriteCustomers(tx, actor, [before.companyId]);
    if (before.stageId === stage.id) return before;
    const now = this.clock.now();
    const changed = await tx.deal.updateMany({
      where: { id: dealId, version: expectedVersion ?? before.version },
      data: {
        stageId: stage.id,
        version: { increment: 1 },
        closedAt: stage.kind === "open" ? null : now,
        atRisk: false,
      },
    });
    if (changed.count === 0) throw new ConflictError("deal", dealId);
    await tx.dealStageChange.create({
      data: { dealId, fromStageId: before.stageId, toStageId: stage.id, changedById: actor.userId, changedAt: now },
    });
    // The first won deal makes a prospect a customer (a status set by hand otherwise stays).
    if (stage.kind === "won" && before.company.status === "prospect") {
      const company = await tx.company.update({ where: { id: before.companyId }, data: { status: "customer" } });
      await writeAudit(tx, actor, { action: "company.update", entityType: "company", entityId: company.id, before: before.company, after: company });
    }
    const after = await tx.deal.findUniqueOrThrow({ where: { id: dealId }, include: dealInclude });
    await writeAudit(tx, actor, { action: "deal.move", entityType: "deal", entityId: dealId, before: plain(before), after: plain(after) });
    if (stage.kind === "won") await this.contracts?.openForWonDeal(tx, actor, after);
    else if (before.stage.kind === "won") await this.contracts?.closeForReopenedDeal(tx, actor, dealId);
    return after;
  }

  /** `expectedVersion`: the version the editor saw (a form); a deal changed since is refused with ConflictError. */
  async update(actor: Actor, dealId: string, patch: DealUpdate, expectedVersion?: number) {
    return this.db.$transaction((tx) => this.updateIn(tx, actor, dealId, patch, expectedVersion));
  }

  /**
   * How many deals were won, lost or opened in [from, to), with their amounts per currency: the
   * actor's own, or with `team` the actor's team's (managers and admins; an admin in no team: all).
   */
  async countOutcome(actor: Actor, q: { outcome: "won" | "lost" | "new"; from: Date; to: Date; team?: boolean; companyId?: string }) {
    const scope: "mine" | "team" | "all" = countScope(actor, q.team);
    const owner = {
      ...(scope === "mine" ? { ownerId: actor.userId } : scope === "team" ? { teamId: actor.teamId! } : {}),
      ...(q.companyId ? { companyId: q.companyId } : {}),
    };
    const when = { gte: q.from, lt: q.to };
    const where = q.outcome === "new" ? { ...owner, createdAt: when } : { ...owner, closedAt: when, stage: { kind: q.outcome } };
    const groups = await this.db.deal.groupBy({ by: ["currency"], where, _count: { _all: true }, _sum: { amountMinor: true } });
    const amounts: Record<string, number> = {};
    let count = 0;
    for (const g of groups) {
      count += g._count._all;
      amounts[g.currency] = Number(g._sum.amountMinor ?? 0n);
    }
    return { count, amounts, scope };
  }

  /**
   * Hands a deal to another owner: the owner, their manager or an admin may; the new owner must be
   * active and, unless an admin hands it over, in the deal's team. The deal follows its owner's team.
   */
  async reassign(actor: Actor, dealId: string, ownerId: string) {
    return this.db.$transaction(async (tx) => {
      const before = await tx.deal.findUnique({ where: { id: dealId }, include: dealInclude });
      if (!before) throw new NotFoundError("deal", dealId);
      if (!canChange(actor, { ownerId: before.ownerId, ownerTeamId: before.teamId })) throw new PermissionDeniedError("update", "deal", dealId);
      const owner = await tx.user.findUnique({ where: { id: ownerId } });
      if (!owner || !owner.active) throw new NotFoundError("user", ownerId);
      if (actor.role !== "admin" && owner.teamId !== before.teamId) throw new PermissionDeniedError("assign", "deal", dealId);
      if (owner.id === before.ownerId) return { deal: before, previousOwner: before.owner, followUpsMoved: 0 };
      const after = await tx.deal.update({
        where: { id: dealId },
        data: { ownerId: owner.id, teamId: owner.teamId, version: { increment: 1 } },
        include: dealInclude,
      });
      await writeAudit(tx, actor, { action: "deal.reassign", entityType: "deal", entityId: dealId, before: plain(before), after: plain(after) });
      // Its contract is the new owner's to collect (payments, overdue alerts, 催款).
      await tx.contract.updateMany({ where: { dealId }, data: { ownerId: owner.id, teamId: owner.teamId } });
      // The deal's open follow-ups that were the old owner's go with it.
      const tasks = await tx.followUp.findMany({ where: { dealId, done: false, ownerId: before.ownerId } });
      for (const task of tasks) {
        const moved = await tx.followUp.update({ where: { id: task.id }, data: { ownerId: owner.id } });
        await writeAudit(tx, actor, { action: "followup.reassign", entityType: "followup", entityId: task.id, before: task, after: moved });
      }
      return { deal: after, previousOwner: before.owner, followUpsMoved: tasks.length };
    });
  }

  async updateIn(tx: Tx, actor: Actor, dealId: string, patch: DealUpdate, expectedVersion?: number) {
    const data = validate(dealUpdateSchema, patch);
    const before = await tx.deal.findUnique({ where: { id: dealId }, include: dealInclude });
    if (!before) throw new NotFoundError("deal", dealId);
    if (!canChange(actor, { ownerId: before.ownerId, ownerTeamId: before.teamId })) {
      throw new PermissionDeniedError("update", "deal", dealId);
    }
    await assertMayWriteCustomers(tx, actor, [before.companyId]);
    if (expectedVersion !== undefined && before.version !== expectedVersion) throw new ConflictError("deal", dealId);
    const after = await tx.deal.update({
      where: { id: dealId, ...(expectedVersion !== undefined ? { version: expectedVersion } : {}) },
      data: {
        ...(data.title !== undefined ? { title: data.title } : {}),
        ...(data.amountMinor !== undefined ? { amountMinor: BigInt(data.amountMinor) } : {}),
        ...(data.currency !== undefined ? { currency: data.currency } : {}),
        ...(data.expectedCloseAt !== undefined ? { expectedCloseAt: data.expectedCloseAt } : {}),
        ...(data.endsAt !== undefined ? { endsAt: data.endsAt } : {}),
        ...(data.startsAt !== undefined ? { startsAt: data.startsAt } : {}),
        ...(data.probability !== undefined ? { probability: data.probability } : {}),
        ...(data.lostReason !== undefined ? { lostReason: data.lostReason } : {}),
        version: { increment: 1 },
      },
      include: dealInclude,
    });
    await writeAudit(tx, actor, { action: "deal.update", entityType: "deal", entityId: dealId, before: plain(before), after: plain(after) });
    // A won deal given its amount now opens its contract; one corrected before any money came follows it.
    if (after.stage.kind === "won" && (after.amountMinor !== before.amountMinor || after.currency !== before.currency)) {
      await this.contracts?.followWonDeal(tx, actor, after);
    }
    return after;
  }
}

/** The deal's own columns, for audit snapshots (relations are recorded by id). */
function plain<T extends { stage: unknown; company: unknown; owner: unknown }>(deal: T) {
  const { stage: _s, company: _c, owner: _o, ...rest } = deal;
  return rest;
}

export function listWhere(actor: Actor, filter: DealListFilter) {
  const scope = actor.role === "admin" ? {} : actor.teamId ? { OR: [{ ownerId: actor.userId }, { teamId: actor.teamId }] } : { ownerId: actor.userId };
  const open = filter.openOnly || filter.quietSince !== undefined;
  return {
    ...scope,
    ...(filter.ownerId ? { ownerId: filter.ownerId } : {}),
    ...(filter.teamId ? { teamId: filter.teamId } : {}),
    ...(filter.stageKey || open ? { stage: { ...(filter.stageKey ? { key: filter.stageKey } : {}), ...(open ? { kind: "open" } : {}) } } : {}),
    ...(filter.closing ? { expectedCloseAt: { gte: filter.closing.from, lt: filter.closing.to } } : {}),
    ...(filter.minAmount ? { currency: filter.minAmount.currency, amountMinor: { gte: BigInt(filter.minAmount.minor) } } : {}),
    ...(filter.quietSince ? { lastActivityAt: { lt: filter.quietSince } } : {}),
  };
}
