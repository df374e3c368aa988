import type { ActivityKind, ActivityService } from "../activities/activity.service.js";
import type { CompanyService } from "../companies/company.service.js";
import type { DealService } from "../deals/deal.service.js";
import type { FollowUpService } from "../followups/followup.service.js";
import type { StageService } from "../pipeline/stage.service.js";
import type { Actor } from "../shared/actor.js";
import type { Db, Tx } from "../shared/db.js";
import { directSqlOf } from "../shared/direct-sql.js";
import type { DealWithParts } from "../shared/hot-reads.js";
import { activityFor, dealEffect, followUpFor } from "./interaction-parts.js";
import { logCommonCase, mayBeCommonCase } from "./log-common-case.js";
import { type DealChangePlan, type DealChangeRequest, newDealValue, planDealChange, type StatedAmount } from "./deal-change-plan.js";

/** One reported interaction with a customer, as the conversation settled it. */
export interface InteractionInput {
  /** An existing company, or the name of one to create with the log. */
  company: { id: string } | { create: string };
  contactId?: string;
  /** The deal the interaction belongs to; none → a deal is created only if the message names an amount or a stage past lead. */
  dealId?: string | null;
  /** What happened; null for a reminder the rep sets before anything has (only the follow-up is written). */
  activity: { kind: ActivityKind; summary: string; occurredAt: Date } | null;
  /** What the message says about the deal; `apply: false` logs without touching an existing deal. */
  /** currency: what a deal created without an amount starts in (the user's; CNY when not given). */
  deal?: DealChangeRequest & { apply: boolean; currency?: string };
  /** The title is worded by the caller once the company (perhaps just created) is known. */
  followUp?: { dueAt: Date; title: (companyName: string) => string } | null;
}

/** What was written, for the caller to word. */
export interface LoggedInteraction {
  company: { id: string; name: string };
  companyCreated: boolean;
  dealId: string | null;
  createdDeal: { number: number; title: string; amountMinor: bigint; currency: string; stage: { key: string; nameZh: string; nameEn: string } } | null;
  /** The plan for an existing deal (applied only when plan.mayChange). */
  dealChange: DealChangePlan | null;
  /** Whether the existing deal's amount or stage was changed. */
  dealChanged: boolean;
  activity: { id: string; kind: string } | null;
  followUp: { id: string; title: string; dueAt: Date } | null;
  /** The deal as the write left it, with its parts, when the write had read it (the common case): the reply needs no second read. */
  dealAfter?: DealWithParts | null;
}

/**
 * "Called Acme, they want a quote next Tuesday, budget 200k": the company (created if new), the
 * activity, the follow-up, a new deal or the change to the existing one, each audited — in one
 * transaction, so a failure leaves nothing half-logged.
 */
export class InteractionService {
  constructor(
    private readonly db: Db,
    private readonly services: { companies: CompanyService; deals: DealService; stages: StageService; activities: ActivityService; followUps: FollowUpService },
  ) {}

  /** What logging `request` on the deal would change, before anything is written (to confirm big changes). */
  planDealChange(actor: Actor, dealId: string, request: DealChangeRequest): Promise<DealChangePlan> {
    return planDealChange(this.db, this.services.stages, actor, dealId, request);
  }

  async log(actor: Actor, input: InteractionInput): Promise<LoggedInteraction> {
    const direct = directSqlOf(this.db);
    // Input alone rules most other cases out before any transaction is opened.
    const common = direct && mayBeCommonCase(input) ? await logCommonCase(direct, actor, input) : null;
    return common ?? this.db.$transaction((tx) => this.logIn(tx, actor, input));
  }

  private async logIn(tx: Tx, actor: Actor, input: InteractionInput): Promise<LoggedInteraction> {
    const { companies, deals, stages, activities, followUps } = this.services;
    const companyCreated = "create" in input.company;
    const company =
      "create" in input.company
        ? await companies.createIn(tx, actor, { name: input.company.create })
        : await tx.company.findUniqueOrThrow({ where: { id: input.company.id }, select: { id: true, name: true } });

    const amount: StatedAmount | null = input.deal?.amount ?? null;
    const stageKey = input.deal?.stageKey ?? null;
    const effect = dealEffect(input);
    let dealId = input.dealId ?? null;
    let createdDeal: LoggedInteraction["createdDeal"] = null;
    let dealChange: DealChangePlan | null = null;
    let dealChanged = false;
    if (effect === "create") {
      const created = await deals.createIn(tx, actor, {
        companyId: company.id,
        // a decrease ("降了20万") is no new deal's value
        amountMinor: newDealValue(amount)?.minor ?? 0,
        currency: newDealValue(amount)?.currency ?? input.deal?.currency ?? "CNY",
        // A stage an admin archived is not applied: the new deal starts at the first stage.
        ...(stageKey && (await stages.list(tx)).some((s) => s.key === stageKey) ? { stageKey } : {}),
      });
      dealId = created.id;
      const { key, nameZh, nameEn } = created.stage;
      createdDeal = {
        number: created.number,
        title: created.title,
        amountMinor: created.amountMinor,
        currency: created.currency,
        stage: { key, nameZh, nameEn },
      };
    } else if (dealId && effect === "change") {
      // An existing deal: the plan says old → new; someone else's deal is logged on, not changed.
      dealChange = await planDealChange(tx, stages, actor, dealId, { amount, stageKey });
      if (dealChange.mayChange && dealChange.amount) {
        await deals.updateIn(tx, actor, dealId, { amountMinor: dealChange.amount.to.minor, currency: dealChange.amount.to.currency });
      }
      if (dealChange.mayChange && dealChange.stage) await deals.moveIn(tx, actor, dealId, dealChange.stage.to);
      dealChanged = dealChange.mayChange && (dealChange.amount !== null || dealChange.stage !== null);
    }

    const activity = input.activity ? await activities.logIn(tx, actor, activityFor(input.activity, input, company.id, dealId)) : null;
    const followUp = input.followUp ? await followUps.scheduleIn(tx, actor, followUpFor(input.followUp, input, company, dealId)) : null;
    return {
      company: { id: company.id, name: company.name },
      companyCreated,
      dealId,
      createdDeal,
      dealChange,
      dealChanged,
      activity: activity ? { id: activity.id, kind: activity.kind } : null,
      followUp: followUp ? { id: followUp.id, title: followUp.title, dueAt: followUp.dueAt } : null,
    };
  }
}
