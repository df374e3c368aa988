import type { InteractionInput } from "./log-interaction.js";

/** Stages a sentence can only move an existing deal to: a deal never opened is not won or lost without an amount. */
const CLOSING = new Set(["won", "lost"]);

/** A stage said with no deal open would open one there: a step past Lead that does not close it. */
export function stageOpensDeal(stageKey: string): boolean {
  return stageKey !== "lead" && !CLOSING.has(stageKey);
}

/**
 * What the message does to a deal: create one (an amount, or an open stage past lead), change the
 * one given, or nothing. "腾讯那个单子丢了" with no open deal creates no empty lost deal.
 */
export function dealEffect(input: InteractionInput): "create" | "change" | null {
  const amount = input.deal?.amount ?? null;
  const stageKey = input.deal?.stageKey ?? null;
  // "追加了30万" says how much a deal grew: no reason to open one.
  // apply: false with no deal: the customer's open deal is someone else's, so none is opened beside it.
  if (!input.dealId) return input.deal?.apply !== false && ((amount && !amount.change) || (stageKey && stageOpensDeal(stageKey))) ? "create" : null;
  return (amount || stageKey) && input.deal?.apply ? "change" : null;
}

/** The activity as ActivityService takes it, on the settled company and deal. */
export function activityFor(activity: NonNullable<InteractionInput["activity"]>, input: InteractionInput, companyId: string, dealId: string | null) {
  return { ...activity, companyId, ...(input.contactId ? { contactId: input.contactId } : {}), ...(dealId ? { dealId } : {}) };
}

/** The follow-up as FollowUpService takes it, titled for the settled company. */
export function followUpFor(
  followUp: NonNullable<InteractionInput["followUp"]>,
  input: InteractionInput,
  company: { id: string; name: string },
  dealId: string | null,
) {
  return {
    title: followUp.title(company.name),
    dueAt: followUp.dueAt,
    companyId: company.id,
    ...(input.contactId ? { contactId: input.contactId } : {}),
    ...(dealId ? { dealId } : {}),
  };
}
