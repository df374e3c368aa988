import { dealCard } from "../../cards/deal.card.js";
import { formatDealAmount } from "../../cards/format.js";
import { label } from "../../cards/labels.js";
import { parseAmountSlot } from "../parse/amount-slot.js";
import { undoOffer } from "../flows/undo-offer.js";
import { readPercent } from "./stage-args.js";
import type { TurnContext } from "../context.js";
import { DealEditM } from "../i18n/deal-edit-messages.js";
import type { Reply } from "../types.js";
import { findDeal } from "./deal-ref.js";
import { NotFoundError } from "../../domain/shared/errors.js";
import { ask } from "../flows/ask.js";
import { quoteIfNeeded } from "./tokenize.js";
import { splitAtPhrase } from "./split-at-phrase.js";
import { lookupScope } from "./user.command.js";

export type DealFieldEdit = { ref: string; field: "owner" | "title" | "amount" | "probability" | "lostReason"; value: string };

const PHRASES: { field: DealFieldEdit["field"]; pattern: RegExp }[] = [
  { field: "lostReason", pattern: /\s+(?:lost\s+reason|loss\s+reason|reason\s+lost)\s*[:：]?\s+/iu },
  { field: "lostReason", pattern: /\s*(?:输单原因|丢单原因)(?:是|为)?\s*[:：]?\s*/u },
  { field: "probability", pattern: /\s+(?:win\s+)?(?:probability|chance|odds)\s*[:：]?\s+/iu },
  { field: "probability", pattern: /\s*(?:赢率|赢单概率|成交概率|概率)(?:改为|改成|设为|是|为)?\s*[:：]?\s*/u },
  { field: "amount", pattern: /\s+(?:amount|value|budget)(?:\s+(?:is|to))?\s*[:：]?\s+/iu },
  { field: "amount", pattern: /\s*(?:金额|预算|价值)(?:改为|改成|调整为|调到|是|为)?\s*[:：]?\s*/u },
  { field: "owner", pattern: /\s+(?:owner|assign(?:ed)?\s+to|reassign(?:ed)?\s+to|hand(?:ed)?\s+(?:over\s+)?to)\s*[:：]?\s+/iu },
  { field: "owner", pattern: /\s*(?:负责人(?:改为|改成|换成|是)?|交给|转给|分配给|移交给)\s*[:：]?\s*/u },
  { field: "title", pattern: /\s+(?:title|rename(?:d)?(?:\s+to)?)\s*[:：]?\s+/iu },
  { field: "title", pattern: /\s*(?:标题(?:改为|改成)?|改名(?:为|成)?|名称改为)\s*[:：]?\s*/u },
];

/** "deal 12 owner Amy", "商机 华为 交给 李雷", "deal 12 title Phase 2 rollout" → the edit; null otherwise. */
export function splitDealFieldEdit(line: string): DealFieldEdit | null {
  return splitAtPhrase(line, PHRASES, ({ field }, ref, value) => ({ ref, field, value: withoutEndParticle(value, field) }));
}

/** "金额改成150万了", "交给李雷了！": the particle and the mark that end the sentence are no part of the value. */
function withoutEndParticle(value: string, field: DealFieldEdit["field"]): string {
  const numeric = field === "amount" || field === "probability";
  const stripped = value.replace(numeric ? /\s*(?:了|啦|吧|哈|呀)?[。.！!~]*$/u : /\s*(?:了|啦|吧|哈|呀)?[。！!~]*$/u, "");
  return stripped.length > 0 ? stripped : value;
}

/**
 * "阿里巴巴的单子金额调到60万" for a customer with no open deal: nothing to change, so a new deal of that
 * amount is offered (never opened unasked). Null when the words name no single customer.
 */
async function offerNewDealOfAmount(ctx: TurnContext, edit: DealFieldEdit): Promise<Reply[] | null> {
  const found = await ctx.domain.companies.search(edit.ref.trim());
  if (found.kind !== "one") return null;
  if ((await ctx.domain.deals.openDealsOf(found.match.id)).length > 0) return null;
  const amount = parseAmountSlot(edit.value, ctx.locale === "zh" ? "CNY" : "USD");
  if (!amount) return null;
  const shown = formatDealAmount(amount.minor, amount.currency, ctx.locale);
  const open = `deal new ${quoteIfNeeded(found.match.name)} ${edit.value.trim()}`;
  return ask(
    ctx,
    "command",
    DealEditM.noOpenDealForAmount[ctx.locale](found.match.name, shown),
    null,
    [{ label: DealEditM.openDealOf[ctx.locale](shown), patch: { text: open } }],
    { yesNo: true },
  );
}

/** "230万 客户加了培训服务", "85k, they added seats": the figure, then why after a space or a comma. */
function leadingAmount(value: string, currency: string): ReturnType<typeof parseAmountSlot> {
  const m = /^\s*(\S+?)(?:\s+|[，,；;。]\s*)(?=\S)/u.exec(value);
  return m?.[1] ? parseAmountSlot(m[1], currency) : null;
}

/** Hands the deal over (the new owner is told) or renames it; answers with the deal card. */
export async function applyDealFieldEdit(ctx: TurnContext, edit: DealFieldEdit): Promise<Reply[]> {
  const deal = await findDeal(ctx, edit.ref).catch(async (error: unknown) => {
    if (error instanceof NotFoundError && edit.field === "amount") return (await offerNewDealOfAmount(ctx, edit)) ?? Promise.reject(error);
    throw error;
  });
  if (Array.isArray(deal)) return deal;
  const stages = await ctx.domain.stages.list();
  const card = (d: Parameters<typeof dealCard>[0]): Reply => ({ card: dealCard(d, stages, { locale: ctx.locale, timeZone: ctx.timezone }) });
  if (edit.field === "amount") {
    // A bare number keeps the deal's currency; a stated one ("50k USD", "50万美元") wins.
    const amount = parseAmountSlot(edit.value, deal.currency) ?? leadingAmount(edit.value, deal.currency);
    if (!amount)
      return [
        {
          text: DealEditM.badValue[ctx.locale](
            label("amount", ctx.locale),
            edit.value,
            ctx.locale === "zh" ? `商机 ${deal.number} 金额 50万` : `deal ${deal.number} amount 50k`,
          ),
        },
      ];
    const before = { minor: deal.amountMinor, currency: deal.currency };
    const updated = await ctx.domain.deals.update(ctx.actor, deal.id, { amountMinor: amount.minor, currency: amount.currency });
    const from = formatDealAmount(before.minor, before.currency, ctx.locale);
    return [
      { text: DealEditM.amountSet[ctx.locale](updated.number, from, formatDealAmount(updated.amountMinor, updated.currency, ctx.locale)) },
      card(updated),
      // old → new with Undo, as for an amount changed by a logged sentence
      ...undoOffer(ctx),
    ];
  }
  if (edit.field === "probability") {
    const reset = /^(?:-|reset|default|stage|clear|默认|恢复默认|清空|无)$/iu.test(edit.value.trim());
    const percent = reset ? null : readPercent(edit.value);
    if (!reset && (percent === null || percent > 100)) {
      const example = ctx.locale === "zh" ? `商机 ${deal.number} 赢率 70%` : `deal ${deal.number} probability 70%`;
      return [{ text: DealEditM.badValue[ctx.locale](label("probability", ctx.locale), edit.value, example) }];
    }
    const updated = await ctx.domain.deals.update(ctx.actor, deal.id, { probability: percent });
    return [{ text: DealEditM.probabilitySet[ctx.locale](updated.number, percent ?? updated.stage.probability, percent === null) }, card(updated)];
  }
  if (edit.field === "lostReason") {
    const updated = await ctx.domain.deals.update(ctx.actor, deal.id, {
      lostReason: /^(?:-|none|clear|无|清空)$/iu.test(edit.value.trim()) ? null : edit.value,
    });
    return [{ text: DealEditM.lostReasonSet[ctx.locale](updated.number, updated.lostReason) }, card(updated)];
  }
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
