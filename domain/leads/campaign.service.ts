import { writeAudit } from "../audit/audit.service.js";
import type { ExchangeRateService } from "../money/exchange-rates.service.js";
import type { Actor } from "../shared/actor.js";
import type { Db } from "../shared/db.js";
import { InvalidInputError, PermissionDeniedError } from "../shared/errors.js";
import { validate } from "../shared/validate.js";
import { type CampaignInput, campaignInputSchema } from "./lead.schemas.js";

export interface CampaignFigures {
  id: string | null;
  name: string;
  channel: string | null;
  costMinor: number;
  currency: string;
  leads: number;
  converted: number;
  /** Converted ÷ leads, percent (null without leads). */
  conversionRate: number | null;
  /** Won deals that came from its leads, in the campaign's currency (other currencies at the rate table's rates). */
  wonMinor: number;
  /** Cost ÷ leads (null without leads). */
  costPerLeadMinor: number | null;
  /** (won − cost) ÷ cost, percent (null without a cost). */
  roi: number | null;
  /** Currencies of won deals without a rate, left out of wonMinor. */
  unconverted: string[];
}

export interface SourceFigures {
  source: string;
  leads: number;
  converted: number;
  conversionRate: number | null;
}

/**
 * Marketing campaigns (营销活动): name, channel, period and cost; the leads attributed to each, how
 * many converted, the revenue their won deals brought, cost per lead and ROI — and the same counts
 * per lead source. Managers and admins create campaigns and read the report.
 */
export class CampaignService {
  constructor(
    private readonly db: Db,
    private readonly rates: ExchangeRateService,
  ) {}

  async create(actor: Actor, input: CampaignInput) {
    if (actor.role === "rep") throw new PermissionDeniedError("create", "campaign");
    const data = validate(campaignInputSchema, input);
    if (data.startsAt && data.endsAt && data.endsAt < data.startsAt) throw new InvalidInputError("endsAt", "before the start");
    const names = await this.db.campaign.findMany({ select: { name: true } });
    if (names.some((c) => c.name.toLowerCase() === data.name.toLowerCase())) throw new InvalidInputError("campaign-exists", data.name);
    return this.db.$transaction(async (tx) => {
      const created = await tx.campaign.create({
        data: {
          name: data.name,
          channel: data.channel ?? null,
          startsAt: data.startsAt ?? null,
          endsAt: data.endsAt ?? null,
          costMinor: BigInt(data.costMinor),
          currency: data.currency,
          createdById: actor.userId,
        },
      });
      await writeAudit(tx, actor, { action: "campaign.create", entityType: "campaign", entityId: created.id, after: created });
      return created;
    });
  }

  async list() {
    return this.db.campaign.findMany({ orderBy: { createdAt: "asc" } });
  }

  /** Leads, conversion, revenue, cost per lead and ROI per campaign (and "no campaign"), and conversion per source. */
  async report(actor: Actor): Promise<{ campaigns: CampaignFigures[]; sources: SourceFigures[]; scope: "team" | "all" }> {
    if (actor.role === "rep") throw new PermissionDeniedError("view", "campaign");
    // A manager sees what the campaigns brought their team; a campaign's cost is the whole company's,
    // so cost per lead and ROI are shown only with every team's leads (admins).
    const scope = actor.role === "admin" ? ("all" as const) : ("team" as const);
    const team = scope === "team" ? { teamId: actor.teamId ?? "-" } : {};
    const [campaigns, byCampaign, bySource, convertedLeads, wonStages, rates] = await Promise.all([
      this.list(),
      this.db.lead.groupBy({ by: ["campaignId", "status"], where: team, _count: { _all: true } }),
      this.db.lead.groupBy({ by: ["source", "status"], where: team, _count: { _all: true } }),
      this.db.lead.findMany({ where: { status: "converted", dealId: { not: null }, ...team }, select: { campaignId: true, dealId: true } }),
      this.db.pipelineStage.findMany({ where: { kind: "won" }, select: { id: true } }),
      this.rates.converter(),
    ]);
    const won = await this.db.deal.findMany({
      where: { id: { in: convertedLeads.map((l) => l.dealId!) }, stageId: { in: wonStages.map((s) => s.id) } },
      select: { id: true, amountMinor: true, currency: true },
    });
    const dealCampaign = new Map(convertedLeads.map((l) => [l.dealId!, l.campaignId]));
    const count = (rows: typeof byCampaign, id: string | null) => {
      const mine = rows.filter((r) => r.campaignId === id);
      return {
        leads: mine.reduce((s, r) => s + r._count._all, 0),
        converted: mine.filter((r) => r.status === "converted").reduce((s, r) => s + r._count._all, 0),
      };
    };
    const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part * 1000) / whole) / 10 : null);
    const figures = (id: string | null, name: string, channel: string | null, costMinor: number, currency: string): CampaignFigures => {
      const { leads, converted } = count(byCampaign, id);
      const unconverted = new Set<string>();
      let wonMinor = 0;
      for (const d of won.filter((d) => dealCampaign.get(d.id) === id)) {
        const value = rates.convert(d.amountMinor, d.currency, currency);
        if (value === null) unconverted.add(d.currency);
        else wonMinor += value;
      }
      return {
        id,
        name,
        channel,
        costMinor,
        currency,
        leads,
        converted,
        conversionRate: rate(converted, leads),
        wonMinor,
        costPerLeadMinor: scope === "all" && leads > 0 && costMinor > 0 ? Math.round(costMinor / leads) : null,
        // Revenue left out (no rate) would make the ROI a wrong number: none then.
        roi: scope === "all" && costMinor > 0 && unconverted.size === 0 ? Math.round(((wonMinor - costMinor) * 1000) / costMinor) / 10 : null,
        unconverted: [...unconverted].sort(),
      };
    };
    const out = campaigns.map((c) => figures(c.id, c.name, c.channel, Number(c.costMinor), c.currency));
    if (count(byCampaign, null).leads > 0) out.push(figures(null, "", null, 0, rates.base));
    const sources = [...new Set(bySource.map((r) => r.source))].sort().map((source) => {
      const mine = bySource.filter((r) => r.source === source);
      const leads = mine.reduce((s, r) => s + r._count._all, 0);
      const converted = mine.filter((r) => r.status === "converted").reduce((s, r) => s + r._count._all, 0);
      return { source, leads, converted, conversionRate: rate(converted, leads) };
    });
    return { campaigns: out, sources, scope };
  }
}
