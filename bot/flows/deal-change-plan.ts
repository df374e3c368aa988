import { formatDealAmount, formatMoney } from "../../cards/format.js";
import { stageName } from "../../cards/labels.js";
import type { Stage } from "../../domain/pipeline/stage.service.js";
import type { DbOrTx } from "../../domain/shared/db.js";
import { canChange } from "../../domain/users/permissions.js";
import type { TurnContext } from "../context.js";
import { U } from "../i18n/undo-messages.js";
import type { ParsedSentence } from "../parse/types.js";
import type { Locale } from "../types.js";

/** What a logged sentence would change on an existing deal: computed once, shown before or after writing. */
export interface DealChangePlan {
  deal: { id: string; number: number; ownerName: string; amountMinor: bigint; currency: string };
  mayChange: boolean;
  amount: { from: { minor: bigint; currency: string }; to: { minor: number; currency: string } } | null;
  stage: { from: Stage | null; to: Stage } | null;
}

export function targetStageOf(parsed: ParsedSentence): string | null {
  return parsed.stageHint ?? (parsed.wantsQuote ? "proposal" : null);
}

export async function planDealChange(ctx: TurnContext, db: DbOrTx, dealId: string, parsed: ParsedSentence): Promise<DealChangePlan> {
  const deal = await db.deal.findUniqueOrThrow({ where: { id: dealId }, include: { owner: true } });
  const mayChange = canChange(ctx.actor, { ownerId: deal.ownerId, ownerTeamId: deal.teamId });
  const amount =
    parsed.amount && (deal.amountMinor !== BigInt(parsed.amount.minor) || deal.currency !== parsed.amount.currency)
      ? { from: { minor: deal.amountMinor, currency: deal.currency }, to: { minor: parsed.amount.minor, currency: parsed.amount.currency } }
      : null;
  let stage: DealChangePlan["stage"] = null;
  const targetKey = targetStageOf(parsed);
  if (targetKey) {
    const stages = await ctx.domain.stages.list(db);
    const current = stages.find((s) => s.id === deal.stageId) ?? null;
    const target = await ctx.domain.stages.resolve(targetKey, db);
    // Sentences only push a deal forward (or close it); going back needs an explicit "deal move".
    if (target.id !== deal.stageId && (target.kind !== "open" || target.position > (current?.position ?? 0))) stage = { from: current, to: target };
  }
  return {
    deal: { id: deal.id, number: deal.number, ownerName: deal.owner.name, amountMinor: deal.amountMinor, currency: deal.currency },
    mayChange,
    amount,
    stage,
  };
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
    const from = formatDealAmount(plan.amount.from.minor, plan.amount.from.currency, locale);
    lines.push(U.dealAmountChanged[locale](n, from, formatMoney(plan.amount.to.minor, plan.amount.to.currency, locale)));
  }
  if (plan.stage) {
    const from = plan.stage.from ? stageName(plan.stage.from, locale) : "—";
    lines.push(U.dealStageChanged[locale](n, from, stageName(plan.stage.to, locale)));
  }
  return lines;
}
