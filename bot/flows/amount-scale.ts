import { formatMoney } from "../../cards/format.js";
import type { TurnContext } from "../context.js";
import { U } from "../i18n/undo-messages.js";
import { isBareSmallFigure } from "../parse/bare-figure.js";
import type { ParsedAmount, ParsedSentence } from "../parse/types.js";
import type { Reply } from "../types.js";
import { ask } from "./ask.js";
import type { LogDraft } from "./log-draft.js";

/** The sizes offered for a bare figure, most likely first: 万 in Chinese, k and m in English. */
function scalesFor(locale: TurnContext["locale"], minor: number): number[] {
  if (locale === "zh") return minor < 1_000 ? [10_000, 100_000_000, 1] : [10_000, 1];
  return minor < 1_000 ? [1_000_000, 1_000, 1] : [1_000, 1_000_000, 1];
}

/**
 * The sentence with its amount sized as the user chose (scale 0: no amount), or "ask" while a
 * bare figure ("预算一百五", "budget 1.2") has no size chosen yet.
 */
export function sizedAmount(parsed: ParsedSentence, scale: number | undefined): ParsedSentence | "ask" {
  const amount = parsed.amount;
  if (!amount || !isBareSmallFigure(amount)) return parsed;
  if (scale === undefined) return "ask";
  if (scale === 0) return { ...parsed, amount: null };
  const sized = (minor: number | undefined) => (minor === undefined ? {} : { maxMinor: Math.round(minor * scale) });
  return { ...parsed, amount: { ...amount, minor: Math.round(amount.minor * scale), ...sized(amount.maxMinor) } };
}

/** "“一百五”是多少？ [¥1,500,000] [¥15,000,000,000] [¥150] [不改金额]": nothing is written until the user picks. */
export function askAmountScale(ctx: TurnContext, draft: LogDraft, parsed: ParsedSentence): Promise<Reply[]> {
  const amount = parsed.amount!;
  const options = scalesFor(ctx.locale, amount.minor).map((scale) => ({
    label: formatMoney(Math.round(amount.minor * scale), amount.currency, ctx.locale),
    patch: { amountScale: scale },
  }));
  return ask(ctx, "log", U.whichAmount[ctx.locale](amount.text), draft, [...options, { label: U.keepAmount[ctx.locale](), patch: { amountScale: 0 } }]);
}

/**
 * "Globex signed at 85" with Globex's deal at $80,000: the one size that puts the figure near the deal's value (half to
 * twice it) is what was meant; undefined when there is no deal, it is in another currency, or no size (or more than
 * one) fits. The change is then shown old → new with Undo, as any other.
 */
export async function scaleNearDeal(ctx: TurnContext, dealId: string | null | undefined, amount: ParsedAmount): Promise<number | undefined> {
  if (!dealId) return undefined;
  const deal = await ctx.domain.deals.get(dealId);
  const current = Number(deal.amountMinor);
  if (current <= 0 || deal.currency !== amount.currency) return undefined;
  const near = scalesFor(ctx.locale, amount.minor).filter((scale) => amount.minor * scale >= current / 2 && amount.minor * scale <= current * 2);
  return near.length === 1 ? near[0] : undefined;
}
