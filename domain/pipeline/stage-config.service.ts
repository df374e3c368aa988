import { z } from "zod";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Db, Tx } from "../shared/db.js";
import { InvalidInputError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { normalizeText } from "../shared/search-key.js";
import { validate } from "../shared/validate.js";
import type { Stage, StageService } from "./stage.service.js";

/** A stage cannot be archived while open deals sit in it: they would drop out of every pipeline view. */
export class StageInUseError extends InvalidInputError {
  constructor(
    readonly stage: Stage,
    readonly openDeals: number,
  ) {
    super("stage", `${openDeals} open deals are in it`);
  }
}

/** Won and lost close deals, and a pipeline needs at least one open stage: these are refused with the reason. */
export class StageRuleError extends InvalidInputError {
  constructor(
    readonly stage: Stage,
    readonly rule: "closed-stage" | "last-open-stage" | "name-taken",
    readonly detail = "",
  ) {
    super("stage", rule);
  }
}

const nameSchema = z.string().trim().min(1).max(40);
const probabilitySchema = z.number().int().min(0).max(100);
const addSchema = z.object({
  nameEn: nameSchema,
  nameZh: nameSchema,
  probability: probabilitySchema.optional(),
  /** The stage it goes after; by default after the last open stage. */
  after: z.string().optional(),
});
export type StageAddInput = z.input<typeof addSchema>;

/** Where a stage moves to: after or before another stage. */
export type StagePlace = { after: string } | { before: string };

/**
 * Admins configure the pipeline from chat: add, rename (either language), reorder, set the win
 * probability, archive and restore. Every change is audited; the shared stage cache is dropped so the
 * next message sees it (other processes within the cache's 30 s).
 */
export class StageConfigService {
  constructor(
    private readonly db: Db,
    private readonly stages: StageService,
  ) {}

  /** Every stage, archived ones included, in pipeline order. */
  async listAll(): Promise<Stage[]> {
    return this.db.pipelineStage.findMany({ orderBy: { position: "asc" } });
  }

  /** Deals per stage id (an open stage holds only open deals), for the stage list. */
  async openDealCounts(): Promise<Map<string, number>> {
    const groups = await this.db.deal.groupBy({ by: ["stageId"], _count: { _all: true } });
    return new Map(groups.map((g) => [g.stageId, g._count._all]));
  }

  async add(actor: Actor, input: StageAddInput): Promise<Stage> {
    assertAdmin(actor);
    const data = validate(addSchema, input);
    return this.change(async (tx) => {
      const all = await tx.pipelineStage.findMany({ orderBy: { position: "asc" } });
      assertNamesFree(all, null, [data.nameEn, data.nameZh]);
      const anchor = data.after ? findIn(all, data.after) : [...all].reverse().find((s) => s.kind === "open");
      if (anchor && anchor.kind !== "open") throw new StageRuleError(anchor, "closed-stage");
      const key = freeKey(all, data.nameEn);
      const created = await tx.pipelineStage.create({
        data: { key, nameEn: data.nameEn, nameZh: data.nameZh, position: 0, kind: "open", probability: data.probability ?? 0 },
      });
      const order = all.filter((s) => s.id !== created.id);
      order.splice(anchor ? order.indexOf(anchor) + 1 : 0, 0, created);
      await renumber(tx, order);
      const after = await tx.pipelineStage.findUniqueOrThrow({ where: { id: created.id } });
      await writeAudit(tx, actor, { action: "stage.create", entityType: "stage", entityId: after.id, after });
      return after;
    });
  }

  /** Renames in one language or both; a name another stage answers to is refused. */
  async rename(actor: Actor, ref: string, names: { nameEn?: string; nameZh?: string }): Promise<Stage> {
    assertAdmin(actor);
    const patch = validate(z.object({ nameEn: nameSchema.optional(), nameZh: nameSchema.optional() }), names);
    return this.change(async (tx) => {
      const all = await tx.pipelineStage.findMany({ orderBy: { position: "asc" } });
      const before = findIn(all, ref);
      assertNamesFree(
        all,
        before,
        [patch.nameEn, patch.nameZh].filter((n): n is string => Boolean(n)),
      );
      const after = await tx.pipelineStage.update({ where: { id: before.id }, data: patch });
      await writeAudit(tx, actor, { action: "stage.rename", entityType: "stage", entityId: before.id, before, after });
      return after;
    });
  }

  async setProbability(actor: Actor, ref: string, percent: number): Promise<Stage> {
    assertAdmin(actor);
    const probability = validate(z.object({ probability: probabilitySchema }), { probability: percent }).probability;
    return this.change(async (tx) => {
      const before = findIn(await tx.pipelineStage.findMany(), ref);
      const after = await tx.pipelineStage.update({ where: { id: before.id }, data: { probability } });
      await writeAudit(tx, actor, { action: "stage.probability", entityType: "stage", entityId: before.id, before, after });
      return after;
    });
  }

  /** Moves an open stage before or after another open stage; won and lost stay at the end. */
  async reorder(actor: Actor, ref: string, place: StagePlace): Promise<Stage[]> {
    assertAdmin(actor);
    return this.change(async (tx) => {
      const all = await tx.pipelineStage.findMany({ orderBy: { position: "asc" } });
      const moving = findIn(all, ref);
      const other = findIn(all, "after" in place ? place.after : place.before);
      if (moving.kind !== "open") throw new StageRuleError(moving, "closed-stage");
      if (other.kind !== "open" && !("before" in place)) throw new StageRuleError(other, "closed-stage");
      if (other.id === moving.id) return all;
      const order = all.filter((s) => s.id !== moving.id);
      const at = order.indexOf(other) + ("after" in place ? 1 : 0);
      order.splice(at, 0, moving);
      // An open stage placed among the closed ones goes just before the first closed stage.
      const fixed = [...order.filter((s) => s.kind === "open"), ...order.filter((s) => s.kind !== "open")];
      await renumber(tx, fixed);
      const after = await tx.pipelineStage.findMany({ orderBy: { position: "asc" } });
      await writeAudit(tx, actor, {
        action: "stage.reorder",
        entityType: "stage",
        entityId: moving.id,
        before: all.map((s) => s.key),
        after: after.map((s) => s.key),
      });
      return after;
    });
  }

  /** Hides a stage from the pipeline; refused for won/lost, the last open stage, or a stage holding open deals. */
  async archive(actor: Actor, ref: string): Promise<Stage> {
    assertAdmin(actor);
    return this.change(async (tx) => {
      const all = await tx.pipelineStage.findMany({ orderBy: { position: "asc" } });
      const before = findIn(all, ref);
      if (!before.active) return before;
      if (before.kind !== "open") throw new StageRuleError(before, "closed-stage");
      if (!all.some((s) => s.kind === "open" && s.active && s.id !== before.id)) throw new StageRuleError(before, "last-open-stage");
      const openDeals = await tx.deal.count({ where: { stageId: before.id } });
      if (openDeals > 0) throw new StageInUseError(before, openDeals);
      const after = await tx.pipelineStage.update({ where: { id: before.id }, data: { active: false } });
      await writeAudit(tx, actor, { action: "stage.archive", entityType: "stage", entityId: before.id, before, after });
      return after;
    });
  }

  async restore(actor: Actor, ref: string): Promise<Stage> {
    assertAdmin(actor);
    return this.change(async (tx) => {
      const before = findIn(await tx.pipelineStage.findMany(), ref);
      if (before.active) return before;
      const after = await tx.pipelineStage.update({ where: { id: before.id }, data: { active: true } });
      await writeAudit(tx, actor, { action: "stage.restore", entityType: "stage", entityId: before.id, before, after });
      return after;
    });
  }

  private async change<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.db.$transaction(work);
    } finally {
      this.stages.forget();
    }
  }
}

function assertAdmin(actor: Actor): void {
  if (actor.role !== "admin") throw new PermissionDeniedError("configure", "stage");
}

/** The stage a person named by key or either name (archived ones included: they can be restored). */
function findIn(all: readonly Stage[], ref: string): Stage {
  const wanted = normalizeText(ref);
  const found = all.find((s) => [s.key, s.nameEn, s.nameZh].some((n) => normalizeText(n) === wanted));
  if (!found) throw new NotFoundError("stage", ref);
  return found;
}

function assertNamesFree(all: readonly Stage[], self: Stage | null, names: readonly string[]): void {
  for (const name of names) {
    const wanted = normalizeText(name);
    const taken = all.find((s) => s.id !== self?.id && [s.key, s.nameEn, s.nameZh].some((n) => normalizeText(n) === wanted));
    if (taken) throw new StageRuleError(taken, "name-taken", name);
  }
}

/** "Technical review" → "technical-review"; a Chinese-only or taken name gets a numbered key. */
function freeKey(all: readonly Stage[], nameEn: string): string {
  const base =
    nameEn
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 30) || "stage";
  const keys = new Set(all.map((s) => s.key));
  if (!keys.has(base)) return base;
  for (let n = 2; ; n++) if (!keys.has(`${base}-${n}`)) return `${base}-${n}`;
}

async function renumber(tx: Tx, order: readonly Stage[]): Promise<void> {
  for (const [index, stage] of order.entries()) {
    if (stage.position !== index + 1) await tx.pipelineStage.update({ where: { id: stage.id }, data: { position: index + 1 } });
  }
}
