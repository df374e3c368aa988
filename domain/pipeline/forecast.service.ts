import type { Actor } from "../shared/actor.js";
import type { Db } from "../shared/db.js";
import type { PipelineScope, PipelineSummaryService } from "./pipeline-summary.service.js";
import type { StageService } from "./stage.service.js";

/** A deal counts as commit at this win probability or more. */
export const COMMIT_PROBABILITY = 75;

/** Per currency, minor units. */
export type Amounts = Record<string, number>;

export interface ForecastLine {
  ownerId: string;
  ownerName: string;
  /** Open deals expected to close in the period. */
  open: number;
  /** Σ amount × win probability (the deal's own, else its stage's). */
  weighted: Amounts;
  /** Σ amount of open deals at COMMIT_PROBABILITY or more. */
  commit: Amounts;
  /** Σ amount of every open deal expected in the period. */
  bestCase: Amounts;
  /** Σ amount of deals won in the period. */
  won: Amounts;
}

export interface Forecast {
  scope: PipelineScope;
  from: Date;
  to: Date;
  lines: ForecastLine[];
  total: Omit<ForecastLine, "ownerId" | "ownerName">;
  /** Open deals in scope with no expected close date: they are in no period. */
  undated: number;
}

/** A deal's win probability in percent: its own when set, else its stage's. */
export function winProbability(deal: { probability: number | null; stageId: string }, stageProbability: ReadonlyMap<string, number>): number {
  return deal.probability ?? stageProbability.get(deal.stageId) ?? 0;
}

const add = (to: Amounts, currency: string, minor: number) => {
  if (minor !== 0) to[currency] = (to[currency] ?? 0) + minor;
};

/**
 * The period's sales forecast: open deals expected to close in [from, to) weighted by their win
 * probability (a per-deal override, else the stage's), commit and best case, and what was won in the
 * period — per owner and in total, per currency (no exchange rates yet). Scope rules as the pipeline's.
 */
export class ForecastService {
  constructor(
    private readonly db: Db,
    private readonly stages: StageService,
    private readonly pipeline: PipelineSummaryService,
  ) {}

  async forecast(actor: Actor, period: { from: Date; to: Date }, scope: PipelineScope = this.pipeline.defaultScope(actor)): Promise<Forecast> {
    const where = await this.pipeline.whereFor(actor, scope);
    const stages = await this.stages.list();
    const open = stages.filter((s) => s.kind === "open").map((s) => s.id);
    const won = stages.filter((s) => s.kind === "won").map((s) => s.id);
    // Summed in SQL by owner, stage, currency and per-deal probability: a few hundred groups, not every deal.
    const [expected, closed, undated] = await Promise.all([
      this.db.deal.groupBy({
        by: ["ownerId", "stageId", "currency", "probability"],
        where: { ...where, stageId: { in: open }, expectedCloseAt: { gte: period.from, lt: period.to } },
        _count: { _all: true },
        _sum: { amountMinor: true },
      }),
      this.db.deal.groupBy({
        by: ["ownerId", "currency"],
        where: { ...where, stageId: { in: won }, closedAt: { gte: period.from, lt: period.to } },
        _sum: { amountMinor: true },
      }),
      this.db.deal.count({ where: { ...where, stageId: { in: open }, expectedCloseAt: null } }),
    ]);
    const ownerIds = [...new Set([...expected, ...closed].map((g) => g.ownerId))];
    const names = new Map((await this.db.user.findMany({ where: { id: { in: ownerIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
    const stageProbability = new Map(stages.map((s) => [s.id, s.probability]));
    const byOwner = new Map<string, ForecastLine>();
    const total = { open: 0, weighted: {}, commit: {}, bestCase: {}, won: {} } as Forecast["total"];
    const lineOf = (ownerId: string) => {
      let line = byOwner.get(ownerId);
      if (!line) {
        line = { ownerId, ownerName: names.get(ownerId) ?? "?", open: 0, weighted: {}, commit: {}, bestCase: {}, won: {} };
        byOwner.set(ownerId, line);
      }
      return line;
    };
    for (const g of expected) {
      const line = lineOf(g.ownerId);
      const amount = Number(g._sum.amountMinor ?? 0n);
      const probability = winProbability(g, stageProbability);
      for (const target of [line, total]) {
        target.open += g._count._all;
        add(target.weighted, g.currency, Math.round((amount * probability) / 100));
        add(target.bestCase, g.currency, amount);
        if (probability >= COMMIT_PROBABILITY) add(target.commit, g.currency, amount);
      }
    }
    for (const g of closed) for (const target of [lineOf(g.ownerId), total]) add(target.won, g.currency, Number(g._sum.amountMinor ?? 0n));
    const lines = [...byOwner.values()].sort((a, b) => a.ownerName.localeCompare(b.ownerName));
    return { scope, from: period.from, to: period.to, lines, total, undated };
  }
}
