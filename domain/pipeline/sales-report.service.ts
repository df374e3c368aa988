import type { Actor } from "../shared/actor.js";
import type { Db } from "../shared/db.js";
import type { Amounts } from "./forecast.service.js";
import type { PipelineScope, PipelineSummaryService } from "./pipeline-summary.service.js";
import type { StageService } from "./stage.service.js";

export interface RepFigures {
  ownerId: string;
  name: string;
  won: number;
  wonAmounts: Amounts;
  lost: number;
  newDeals: number;
  activities: number;
}

export interface FunnelStep {
  nameZh: string;
  nameEn: string;
  /** Deals opened in the period that reached this stage or a later one. */
  reached: number;
}

export interface SalesReport {
  scope: PipelineScope;
  won: number;
  lost: number;
  /** Won ÷ (won + lost) of the deals closed in the period, in percent; null when none closed. */
  winRate: number | null;
  /** Average won deal per currency. */
  averageWon: Amounts;
  /** Average days from opening to winning, for deals won in the period; null when none. */
  cycleDays: number | null;
  funnel: FunnelStep[];
  /** Activities logged in the period per kind. */
  activities: Record<string, number>;
  /** Per rep, most won first (by count, then amount): the leaderboard. */
  reps: RepFigures[];
}

const DAY_MS = 86_400_000;

/**
 * Sales analytics for a period and scope (the pipeline's rules): win rate, average won deal, sales
 * cycle, the funnel of the period's new deals (how many reached each stage, from the stage history),
 * activities by kind, and the per-rep leaderboard (won, new deals, activities).
 */
export class SalesReportService {
  constructor(
    private readonly db: Db,
    private readonly stages: StageService,
    private readonly pipeline: PipelineSummaryService,
  ) {}

  async report(actor: Actor, period: { from: Date; to: Date }, scope: PipelineScope = this.pipeline.defaultScope(actor)): Promise<SalesReport> {
    const where = await this.pipeline.whereFor(actor, scope);
    const stages = await this.stages.list();
    const kindOf = new Map(stages.map((s) => [s.id, s.kind]));
    const when = { gte: period.from, lt: period.to };
    const [closed, opened, activities] = await Promise.all([
      this.db.deal.findMany({
        where: { ...where, closedAt: when, stageId: { in: stages.filter((s) => s.kind !== "open").map((s) => s.id) } },
        select: {
          ownerId: true,
          stageId: true,
          amountMinor: true,
          currency: true,
          createdAt: true,
          closedAt: true,
          owner: { select: { name: true } },
          // Opened = the first entry of the stage history (written with the domain's clock).
          stageChanges: { where: { fromStageId: null }, select: { changedAt: true }, take: 1 },
        },
      }),
      this.db.deal.findMany({
        where: { ...where, stageChanges: { some: { fromStageId: null, changedAt: when } } },
        select: { id: true, ownerId: true, owner: { select: { name: true } }, stageChanges: { select: { toStageId: true } } },
      }),
      // Counted in SQL by kind and person: one row per pair, not one per activity.
      this.db.activity.groupBy({
        by: ["kind", "actorId"],
        where: { occurredAt: when, ...(where.ownerId ? { actorId: where.ownerId } : where.teamId ? { actor: { teamId: where.teamId } } : {}) },
        _count: { _all: true },
      }),
    ]);
    const actorNames = new Map(
      (await this.db.user.findMany({ where: { id: { in: [...new Set(activities.map((a) => a.actorId))] } }, select: { id: true, name: true } })).map((u) => [
        u.id,
        u.name,
      ]),
    );
    const reps = new Map<string, RepFigures>();
    const rep = (id: string, name: string) => {
      let r = reps.get(id);
      if (!r) {
        r = { ownerId: id, name, won: 0, wonAmounts: {}, lost: 0, newDeals: 0, activities: 0 };
        reps.set(id, r);
      }
      return r;
    };
    const wonTotals: Amounts = {};
    const wonCounts: Record<string, number> = {};
    let won = 0;
    let lost = 0;
    let cycle = 0;
    for (const d of closed) {
      const r = rep(d.ownerId, d.owner.name);
      if (kindOf.get(d.stageId) === "won") {
        won++;
        r.won++;
        r.wonAmounts[d.currency] = (r.wonAmounts[d.currency] ?? 0) + Number(d.amountMinor);
        wonTotals[d.currency] = (wonTotals[d.currency] ?? 0) + Number(d.amountMinor);
        wonCounts[d.currency] = (wonCounts[d.currency] ?? 0) + 1;
        const opened = d.stageChanges[0]?.changedAt ?? d.createdAt;
        cycle += Math.max(0, (d.closedAt?.getTime() ?? opened.getTime()) - opened.getTime()) / DAY_MS;
      } else {
        lost++;
        r.lost++;
      }
    }
    for (const d of opened) rep(d.ownerId, d.owner.name).newDeals++;
    const byKind: Record<string, number> = {};
    for (const a of activities) {
      byKind[a.kind] = (byKind[a.kind] ?? 0) + a._count._all;
      rep(a.actorId, actorNames.get(a.actorId) ?? "?").activities += a._count._all;
    }
    // The funnel: for each open stage (and won), how many of the period's new deals ever got there or further.
    const ordered = stages.filter((s) => s.kind !== "lost");
    const positionOf = new Map(ordered.map((s, i) => [s.id, i]));
    const furthest = opened.map((d) => Math.max(-1, ...d.stageChanges.map((c) => positionOf.get(c.toStageId) ?? -1)));
    const funnel = ordered.map((s, i) => ({ nameZh: s.nameZh, nameEn: s.nameEn, reached: furthest.filter((f) => f >= i).length }));
    const averageWon = Object.fromEntries(Object.entries(wonTotals).map(([c, total]) => [c, Math.round(total / (wonCounts[c] ?? 1))]));
    return {
      scope,
      won,
      lost,
      winRate: won + lost > 0 ? Math.round((won * 100) / (won + lost)) : null,
      averageWon,
      cycleDays: won > 0 ? Math.round((cycle / won) * 10) / 10 : null,
      funnel,
      activities: byKind,
      reps: [...reps.values()].sort(
        (a, b) => b.won - a.won || sumOf(b.wonAmounts) - sumOf(a.wonAmounts) || b.activities - a.activities || a.name.localeCompare(b.name),
      ),
    };
  }

  /**
   * Deals won in each of the given consecutive months (ranges in the caller's zone): how many and
   * how much per currency. One read of the won deals of the whole span, bucketed here.
   */
  async wonByMonth(
    actor: Actor,
    months: readonly { from: Date; to: Date }[],
    scope: PipelineScope = this.pipeline.defaultScope(actor),
  ): Promise<{ won: number; amounts: Amounts }[]> {
    const out = months.map(() => ({ won: 0, amounts: {} as Amounts }));
    if (months.length === 0) return out;
    const where = await this.pipeline.whereFor(actor, scope);
    const won = (await this.stages.list()).filter((s) => s.kind === "won").map((s) => s.id);
    const deals = await this.db.deal.findMany({
      where: { ...where, stageId: { in: won }, closedAt: { gte: months[0]!.from, lt: months.at(-1)!.to } },
      select: { closedAt: true, amountMinor: true, currency: true },
    });
    for (const d of deals) {
      const i = months.findIndex((m) => d.closedAt! >= m.from && d.closedAt! < m.to);
      if (i === -1) continue;
      out[i]!.won++;
      out[i]!.amounts[d.currency] = (out[i]!.amounts[d.currency] ?? 0) + Number(d.amountMinor);
    }
    return out;
  }
}

const sumOf = (a: Amounts) => Object.values(a).reduce((x, y) => x + y, 0);
