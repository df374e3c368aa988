import { z } from "zod";
import { writeAudit } from "../audit/audit.service.js";
import { amountMinorSchema, currencySchema } from "../deals/deal.schemas.js";
import type { Actor } from "../shared/actor.js";
import type { Db } from "../shared/db.js";
import { NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { validate } from "../shared/validate.js";
import { targetPeriodSchema } from "./target-period.js";
import type { ExchangeRateService } from "../money/exchange-rates.service.js";
import { winProbability } from "../pipeline/forecast.service.js";

export type TargetSubject = { type: "user"; id: string } | { type: "team"; id: string };

const setSchema = z.object({ period: targetPeriodSchema, amountMinor: amountMinorSchema.refine((n) => n > 0, "amount"), currency: currencySchema });

export interface TargetProgress {
  subject: TargetSubject;
  name: string;
  period: string;
  targetMinor: number;
  currency: string;
  /** Won in the period (deals closed won, in the target's currency). */
  wonMinor: number;
  /** Open deals expected to close by the period's end, weighted by win probability (target currency). */
  weightedMinor: number;
  /** Currencies of won or expected deals that have no rate (left out of the figures), named beside them. */
  otherCurrencies: string[];
}

/**
 * Sales targets per rep or team and period, and how far they are reached: won in the period against
 * the target, plus the weighted open pipeline expected by its end, deals in other currencies converted
 * into the target's with the rate table. Admins set any; a manager their team's and its members';
 * reps read their own and their team's.
 */
export class TargetService {
  constructor(
    private readonly db: Db,
    private readonly rates: ExchangeRateService,
  ) {}

  /** A team by its exact name (case-insensitive), or null. */
  async teamNamed(name: string): Promise<{ id: string; name: string } | null> {
    const teams = await this.db.team.findMany({ select: { id: true, name: true } });
    return teams.find((t) => t.name.toLowerCase() === name.trim().toLowerCase()) ?? null;
  }

  async set(actor: Actor, subject: TargetSubject, input: { period: string; amountMinor: number; currency: string }) {
    const data = validate(setSchema, input);
    if (subject.type === "team" && !(await this.db.team.findUnique({ where: { id: subject.id } }))) throw new NotFoundError("team", subject.id);
    const teamId = subject.type === "team" ? subject.id : (await this.db.user.findUnique({ where: { id: subject.id } }))?.teamId;
    const mayManage = actor.role === "admin" || (actor.role === "manager" && actor.teamId !== null && actor.teamId === teamId);
    if (!mayManage) throw new PermissionDeniedError("set", "target", subject.id);
    return this.db.$transaction(async (tx) => {
      const key = { subjectType_subjectId_period: { subjectType: subject.type, subjectId: subject.id, period: data.period } };
      const before = await tx.salesTarget.findUnique({ where: key });
      const after = await tx.salesTarget.upsert({
        where: key,
        create: {
          subjectType: subject.type,
          subjectId: subject.id,
          period: data.period,
          amountMinor: BigInt(data.amountMinor),
          currency: data.currency,
          setById: actor.userId,
        },
        update: { amountMinor: BigInt(data.amountMinor), currency: data.currency, setById: actor.userId },
      });
      await writeAudit(tx, actor, { action: "target.set", entityType: "target", entityId: after.id, before, after });
      return after;
    });
  }

  /**
   * Progress of the period's targets the actor may see (their own, their team's and, for managers,
   * its members'; admins all), measured over [from, to).
   */
  async progress(actor: Actor, period: string, range: { from: Date; to: Date }): Promise<TargetProgress[]> {
    const targets = await this.db.salesTarget.findMany({ where: { period }, orderBy: [{ subjectType: "desc" }, { subjectId: "asc" }] });
    const users = await this.db.user.findMany({ where: { id: { in: targets.filter((t) => t.subjectType === "user").map((t) => t.subjectId) } } });
    const teams = await this.db.team.findMany({ where: { id: { in: targets.filter((t) => t.subjectType === "team").map((t) => t.subjectId) } } });
    const stages = await this.db.pipelineStage.findMany();
    const won = stages.filter((s) => s.kind === "won").map((s) => s.id);
    const open = new Map(stages.filter((s) => s.kind === "open").map((s) => [s.id, s.probability]));
    const rates = await this.rates.converter();
    const out: TargetProgress[] = [];
    for (const t of targets) {
      const user = users.find((u) => u.id === t.subjectId);
      const team = teams.find((x) => x.id === t.subjectId);
      const teamId = t.subjectType === "team" ? t.subjectId : (user?.teamId ?? null);
      const visible =
        actor.role === "admin" ||
        (t.subjectType === "user" && t.subjectId === actor.userId) ||
        (actor.teamId !== null && actor.teamId === teamId && (t.subjectType === "team" || actor.role === "manager"));
      if (!visible) continue;
      const owner = t.subjectType === "user" ? { ownerId: t.subjectId } : { teamId: t.subjectId };
      const [closed, expected] = await Promise.all([
        this.db.deal.groupBy({
          by: ["currency"],
          where: { ...owner, stageId: { in: won }, closedAt: { gte: range.from, lt: range.to } },
          _sum: { amountMinor: true },
        }),
        this.db.deal.findMany({
          where: { ...owner, stageId: { in: [...open.keys()] }, expectedCloseAt: { lt: range.to } },
          select: { amountMinor: true, probability: true, stageId: true, currency: true },
        }),
      ]);
      const unconverted = new Set<string>();
      const inTarget = (minor: number, currency: string) => {
        const converted = rates.convert(minor, currency, t.currency);
        if (converted === null && minor > 0) unconverted.add(currency);
        return converted ?? 0;
      };
      const wonMinor = closed.reduce((sum, g) => sum + inTarget(Number(g._sum.amountMinor ?? 0n), g.currency), 0);
      const weightedMinor = expected.reduce((sum, d) => sum + inTarget(Math.round((Number(d.amountMinor) * winProbability(d, open)) / 100), d.currency), 0);
      out.push({
        subject: { type: t.subjectType as "user" | "team", id: t.subjectId },
        name: user?.name ?? team?.name ?? t.subjectId,
        period,
        targetMinor: Number(t.amountMinor),
        currency: t.currency,
        wonMinor,
        weightedMinor,
        otherCurrencies: [...unconverted].sort(),
      });
    }
    return out;
  }
}
