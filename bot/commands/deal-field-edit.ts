import { dealCard } from "../../cards/deal.card.js";
import type { TurnContext } from "../context.js";
import { DealEditM } from "../i18n/deal-edit-messages.js";
import type { Reply } from "../types.js";
import { findDeal } from "./deal-ref.js";
import { splitAtPhrase } from "./split-at-phrase.js";
import { lookupScope } from "./user.command.js";

export type DealFieldEdit = { ref: string; field: "owner" | "title"; value: string };

const PHRASES: { field: DealFieldEdit["field"]; pattern: RegExp }[] = [
  { field: "owner", pattern: /\s+(?:owner|assign(?:ed)?\s+to|reassign(?:ed)?\s+to|hand(?:ed)?\s+(?:over\s+)?to)\s*[:：]?\s+/iu },
  { field: "owner", pattern: /\s*(?:负责人(?:改为|改成|换成|是)?|交给|转给|分配给|移交给)\s*[:：]?\s*/u },
  { field: "title", pattern: /\s+(?:title|rename(?:d)?(?:\s+to)?)\s*[:：]?\s+/iu },
  { field: "title", pattern: /\s*(?:标题(?:改为|改成)?|改名(?:为|成)?|名称改为)\s*[:：]?\s*/u },
];

/** "deal 12 owner Amy", "商机 华为 交给 李雷", "deal 12 title Phase 2 rollout" → the edit; null otherwise. */
export function splitDealFieldEdit(line: string): DealFieldEdit | null {
  return splitAtPhrase(line, PHRASES, ({ field }, ref, value) => ({ ref, field, value }));
}

/** Hands the deal over (the new owner is told) or renames it; answers with the deal card. */
export async function applyDealFieldEdit(ctx: TurnContext, edit: DealFieldEdit): Promise<Reply[]> {
  const deal = await findDeal(ctx, edit.ref);
  const stages = await ctx.domain.stages.list();
  if (edit.field === "title") {
    const updated = await ctx.domain.deals.update(ctx.actor, deal.id, { title: edit.value });
    return [
      { text: DealEditM.renamed[ctx.locale](updated.number, updated.title) },
      { card: dealCard(updated, stages, { locale: ctx.locale, timeZone: ctx.timezone }) },
    ];
  }
  const { user } = await ctx.domain.users.resolveRef(lookupScope(ctx), edit.value);
  const { deal: updated, previousOwner, followUpsMoved } = await ctx.domain.deals.reassign(ctx.actor, deal.id, user.id);
  if (previousOwner.id === user.id) return [{ text: DealEditM.alreadyOwner[ctx.locale](updated.number, user.name) }];
  if (user.id !== ctx.actor.userId) {
    const locale = (await ctx.domain.users.get(user.id)).locale === "en" ? "en" : "zh";
    await ctx.domain.outbox
      .direct(ctx.notifier, ctx.now)
      .toUser(user.id, { text: DealEditM.handedToYou[locale](updated.number, updated.title, ctx.user.name) });
  }
  return [
    { text: DealEditM.reassigned[ctx.locale](updated.number, user.name, followUpsMoved) },
    { card: dealCard(updated, stages, { locale: ctx.locale, timeZone: ctx.timezone }) },
  ];
}
