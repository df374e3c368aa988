import type { Actor } from "../shared/actor.js";
import type { Db } from "../shared/db.js";
import { PermissionDeniedError } from "../shared/errors.js";
import type { StageService } from "./stage.service.js";

export type PipelineScope = { kind: "owner"; ownerId: string } | { kind: "team"; teamId: string } | { kind: "all" };

export interface StageTotal {
  stageKey: string;
  nameZh: string;
  nameEn: string;
  kind: string;
  count: number;
  /** Per currency, minor units. */
  amounts: Record<string, number>;
}

export interface PipelineSummary {
  scope: PipelineScope;
  stages: StageTotal[];
  openCount: number;
  openAmounts: Record<string, number>;
}

/** Totals per stage as one indexed GROUP BY (owner+stage / team+stage), never loading deals. */
export class PipelineSummaryService {
  constructor(
    private readonly db: Db,
    private readonly stages: StageService,
  ) {}

  /** The widest scope the actor may see when they ask for "the pipeline". */
  defaultScope(actor: Actor): PipelineScope {
    if (actor.role === "admin") return { kind: "all" };
    if (actor.role === "manager" && actor.teamId) return { kind: "team", teamId: actor.teamId };
    return { kind: "owner", ownerId: actor.userId };
  }

  /** Refuses a scope the actor may not read; the deal filter of one they may. */
  async whereFor(actor: Actor, scope: PipelineScope): Promise<{ ownerId?: string; teamId?: string }> {
    if (scope.kind === "all" && actor.role !== "admin") throw new PermissionDeniedError("view", "deal");
    if (scope.kind === "team" && actor.role !== "admin" && actor.teamId !== scope.teamId) throw new PermissionDeniedError("view", "deal");
    if (scope.kind === "owner" && scope.ownerId !== actor.userId && actor.role !== "admin") {
      // A manager may look at one member of their own team; reps only at themselves.
      const owner = actor.role === "manager" && actor.teamId ? await this.db.user.findUnique({ where: { id: scope.ownerId } }) : null;
      if (!owner || owner.teamId !== actor.teamId) throw new PermissionDeniedError("view", "deal");
    }
    return scope.kind === "owner" ? { ownerId: scope.ownerId } : scope.kind === "team" ? { teamId: scope.teamId } : {};
  }

  async summarize(actor: Actor, scope: PipelineScope = this.defaultScope(actor)): Promise<PipelineSummary> {
    const where = await this.whereFor(actor, scope);
    const [stages, groups] = await Promise.all([
      this.stages.list(),
      this.db.deal.groupBy({ by: ["stageId", "currency"], where, _count: { _all: true }, _sum: { amountMinor: true } }),
    ]);
    const totals = stages.map<StageTotal>((s) => ({ stageKey: s.key, nameZh: s.nameZh, nameEn: s.nameEn, kind: s.kind, count: 0, amounts: {} }));
    const openAmounts: Record<string, number> = {};
    let openCount = 0;
    for (const g of groups) {
      const index = stages.findIndex((s) => s.id === g.stageId);
      const total = totals[index];
      if (!total) continue;
      const amount = Number(g._sum.amountMinor ?? 0n);
      total.count += g._count._all;
      total.amounts[g.currency] = (total.amounts[g.currency] ?? 0) + amount;
      if (total.kind === "open") {
        openCount += g._count._all;
        openAmounts[g.currency] = (openAmounts[g.currency] ?? 0) + amount;
      }
    }
    return { scope, stages: totals, openCount, openAmounts };
  }
}
