import type { Stage, StageService } from "../pipeline/stage.service.js";
import type { Actor } from "../shared/actor.js";
import type { DbOrTx } from "../shared/db.js";
import { minorDigitsOf } from "../shared/minor-digits.js";
import { canChange } from "../users/permissions.js";

export interface Money {
  minor: number;
  currency: string;
}

/** An amount from a message: `currencyImplied` when the words named no currency and it was guessed from the language. */
export interface StatedAmount extends Money {
  currencyImplied?: boolean;
  /** "降了20万", "added 20k": the deal's value moves by this much (nothing on a deal with no amount yet) */
  change?: "up" | "down";
  /** "打九折", "added another 15%": with `change`, the move is this share of the deal's value (`minor` is unused) */
  percent?: number;
}

/** What a message says about a deal: a new amount and/or the stage it has reached. */
export interface DealChangeRequest {
  amount?: StatedAmount | null;
  stageKey?: string | null;
}

/** What a logged message would change on an existing deal: computed once, shown before or after writing. */
export interface DealChangePlan {
  deal: { id: string; number: number; ownerName: string; amountMinor: bigint; currency: string };
  /** False when the actor may log on the deal but not change it from a sentence (someone else's deal). */
  mayChange: boolean;
  amount: { from: { minor: bigint; currency: string }; to: Money } | null;
  stage: { from: Stage | null; to: Stage } | null;
}

/** Reads the deal and works out the change; writes nothing. */
export async function planDealChange(db: DbOrTx, stages: StageService, actor: Actor, dealId: string, request: DealChangeRequest): Promise<DealChangePlan> {
  const deal = await db.deal.findUniqueOrThrow({ where: { id: dealId }, include: { owner: true } });
  // A sentence changes only the writer's own deal: a manager's or admin's "预算9万" about a rep's customer is
  // logged, and the deal is changed by its owner or with an explicit command (deal edit / deal move).
  const mayChange = deal.ownerId === actor.userId && canChange(actor, { ownerId: deal.ownerId, ownerTeamId: deal.teamId });
  const wanted = request.amount ? targetAmount(request.amount, deal.amountMinor, deal.currency) : null;
  const amount =
    wanted && (deal.amountMinor !== BigInt(wanted.minor) || deal.currency !== wanted.currency)
      ? { from: { minor: deal.amountMinor, currency: deal.currency }, to: { minor: wanted.minor, currency: wanted.currency } }
      : null;
  let stage: DealChangePlan["stage"] = null;
  if (request.stageKey) {
    const all = await stages.list(db);
    const current = all.find((s) => s.id === deal.stageId) ?? null;
    // A stage an admin archived (say Proposal) leaves the deal where it is; the activity is still logged.
    const target = all.find((s) => s.key === request.stageKey);
    // Messages only push a deal forward (or close it); going back needs an explicit "deal move".
    if (target && target.id !== deal.stageId && (target.kind !== "open" || target.position > (current?.position ?? 0))) stage = { from: current, to: target };
  }
  return {
    deal: { id: deal.id, number: deal.number, ownerName: deal.owner.name, amountMinor: deal.amountMinor, currency: deal.currency },
    mayChange,
    amount,
    stage,
  };
}

/**
 * The value of a deal opened by the message: the figure said, or what an increase adds ("他们今年要扩容 预计120万左右"
 * with no open deal is an expansion worth 120万, not a deal with no value); a decrease or a share has nothing to act on.
 */
export function newDealValue(amount: StatedAmount | null): Money | null {
  if (!amount || amount.percent !== undefined || amount.change === "down" || amount.minor <= 0) return null;
  return { minor: amount.minor, currency: amount.currency };
}

/** The deal's new amount: the one said, or the current one moved by it; null when a move has nothing to move. */
function targetAmount(amount: StatedAmount, currentMinor: bigint, dealCurrency: string): Money | null {
  if (amount.change && amount.percent !== undefined) {
    if (currentMinor === 0n) return null;
    const factor = amount.change === "up" ? 100 + amount.percent : 100 - amount.percent;
    const minor = Math.round((Number(currentMinor) * factor) / 100);
    return minor > 0 ? { minor, currency: dealCurrency } : null;
  }
  const said = inDealCurrency(amount, dealCurrency);
  if (!amount.change) return said;
  // an increase on a deal with no value yet is its value ("扩容 预计120万" on a deal opened without a figure)
  if (currentMinor === 0n) return amount.change === "up" ? said : null;
  if (said.currency !== dealCurrency) return null;
  const minor = Number(currentMinor) + (amount.change === "up" ? said.minor : -said.minor);
  return minor > 0 ? { minor, currency: dealCurrency } : null;
}

/** "30万" said of a USD deal is 300,000 dollars: a guessed currency gives way to the deal's own. */
function inDealCurrency(amount: StatedAmount, dealCurrency: string): Money {
  if (!amount.currencyImplied || amount.currency === dealCurrency) return { minor: amount.minor, currency: amount.currency };
  const shift = minorDigitsOf(dealCurrency) - minorDigitsOf(amount.currency);
  const minor = shift >= 0 ? amount.minor * 10 ** shift : Math.round(amount.minor / 10 ** -shift);
  return { minor, currency: dealCurrency };
}
