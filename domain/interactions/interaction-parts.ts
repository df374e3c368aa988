import type { InteractionInput } from "./log-interaction.js";

/** What the message does to a deal: create one (an amount or a stage past lead, no deal), change the one given, or nothing. */
export function dealEffect(input: InteractionInput): "create" | "change" | null {
  const amount = input.deal?.amount ?? null;
  const stageKey = input.deal?.stageKey ?? null;
  if (!input.dealId) return amount || (stageKey && stageKey !== "lead") ? "create" : null;
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
