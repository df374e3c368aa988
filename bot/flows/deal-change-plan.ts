import { formatDealAmount, formatMoney } from "../../cards/format.js";
import { stageName } from "../../cards/labels.js";
import type { DealChangePlan, StatedAmount } from "../../domain/interactions/deal-change-plan.js";
import { namesCurrency } from "../parse/amount-names-currency.js";
import type { TurnContext } from "../context.js";
import { U } from "../i18n/undo-messages.js";
import type { ParsedSentence } from "../parse/types.js";
import type { Locale } from "../types.js";

export type { DealChangePlan } from "../../domain/interactions/deal-change-plan.js";

export function targetStageOf(parsed: ParsedSentence): string | null {
  return parsed.stageHint ?? (parsed.wantsQuote ? "proposal" : null);
}

/** What the sentence would change on the deal, read before anything is written. */
export function planDealChange(ctx: TurnContext, dealId: string, parsed: ParsedSentence): Promise<DealChangePlan> {
  return ctx.domain.interactions.planDealChange(ctx.actor, dealId, { amount: statedAmount(parsed), stageKey: targetStageOf(parsed) });
}

/** The sentence's amount, saying whether its currency was named or guessed from the language. */
export function statedAmount(parsed: ParsedSentence): StatedAmount | null {
  const amount = parsed.amount;
  if (!amount && parsed.amountShare) return { minor: 0, currency: "", change: parsed.amountShare.change, percent: parsed.amountShare.percent };
  return amount
    ? { minor: amount.minor, currency: amount.currency, currencyImplied: !namesCurrency(amount), ...(amount.change ? { change: amount.change } : {}) }
    : null;
}

// Ten times the amount is more often an extra zero typed than news.
const BIG_RISE = 10;

/**
 * The one change confirmed before writing: an amount that grows tenfold or more (a slip of a
 * zero). Everything else, closing a deal or a lower amount included, is applied and shown as
 * old → new with an Undo button. A deal still at 0 is simply filled in.
 */
export function needsConfirmation(plan: DealChangePlan): boolean {
  if (!plan.mayChange) return false;
  if (!plan.amount || plan.amount.from.minor === 0n || plan.amount.from.currency !== plan.amount.to.currency) return false;
  return plan.amount.to.minor / Number(plan.amount.from.minor) >= BIG_RISE;
}

/** "Deal #1 amount ¥2,000,000 → ¥300,000", "商机 #1 阶段 方案 → 赢单". */
export function describePlan(plan: DealChangePlan, locale: Locale): string[] {
  const lines: string[] = [];
  const n = plan.deal.number;
  if (plan.amount) {
    // "amount not set → $24,000" would say "amount" twice
    const from = Number(plan.amount.from.minor) === 0 ? U.notSet[locale]() : formatMoney(plan.amount.from.minor, plan.amount.from.currency, locale);
    lines.push(U.dealAmountChanged[locale](n, from, formatMoney(plan.amount.to.minor, plan.amount.to.currency, locale)));
  }
  if (plan.stage) {
    const from = plan.stage.from ? stageName(plan.stage.from, locale) : "—";
    lines.push(U.dealStageChanged[locale](n, from, stageName(plan.stage.to, locale)));
  }
  return lines;
}
