import type { LeadInput } from "../../domain/leads/lead.schemas.js";
import { claim, convert, createLead, LEAD_PENDING, leadErrorReply, mergeLead } from "../commands/lead.command.js";
import { LeadM } from "../i18n/lead-messages.js";
import type { CardActionHandler } from "./action.js";

/** The lead card's buttons: claim from the pool, convert, put back in the pool; and "Create anyway" after duplicates. */
export const leadClaimAction: CardActionHandler = {
  actionId: "lead.claim",
  run: (ctx, leadId) => claim(ctx, leadId),
};

export const leadConvertAction: CardActionHandler = {
  actionId: "lead.convert",
  run: (ctx, leadId) => convert(ctx, leadId, ""),
};

export const leadReleaseAction: CardActionHandler = {
  actionId: "lead.release",
  async run(ctx, leadId) {
    try {
      return [{ text: LeadM.released[ctx.locale]((await ctx.domain.leads.release(ctx.actor, leadId)).number) }];
    } catch (error) {
      return leadErrorReply(ctx, error);
    }
  },
};

export const leadCreateAction: CardActionHandler = {
  actionId: "lead.create",
  async run(ctx, pendingId) {
    // Taken once: a second press (or a platform retry) finds nothing and creates nothing.
    const pending = await ctx.domain.pending.take<{ input: LeadInput; toPool: boolean }>(ctx.actor.userId, pendingId);
    if (!pending || pending.kind !== LEAD_PENDING) return [{ text: LeadM.expired[ctx.locale]() }];
    return createLead(ctx, ctx.domain.leads.openDraft(pending.payload.input), pending.payload.toPool, "create");
  },
};

export const leadMergeAction: CardActionHandler = {
  actionId: "lead.merge",
  run(ctx, value) {
    const [pendingId = "", leadId = ""] = value.split(":");
    return mergeLead(ctx, pendingId, leadId);
  },
};
