import { contractCard } from "../../cards/contract.card.js";
import { formatMoney } from "../../cards/format.js";
import { PaymentExceedsBalanceError } from "../../domain/contracts/contract.errors.js";
import { contractMoney } from "../../domain/contracts/contract.service.js";
import type { Replies, TurnContext } from "../context.js";
import { undoOffer } from "../flows/undo-offer.js";
import { onlyForAsker } from "../privacy/only-for-asker.js";
import { ContractM } from "../i18n/contract-messages.js";
import { M } from "../i18n/messages.js";
import { calendarDayOf } from "../parse/calendar-day.js";
import { parseSentence } from "../parse/parse-sentence.js";
import type { Command } from "./command.js";
import { findContract, type FoundContract } from "./contract-ref.js";
import { declared } from "./declaration.js";
import { type PaymentAmount, readPaymentAmount, shareOf } from "./payment-amount.js";
import { paymentDeclaration } from "./payment.declaration.js";

const WEEK_MS = 7 * 86_400_000;
const NEXT = /\b(?:next|coming|this)\b|下|本周|这周|这个?星期/iu;
const WEEKDAY = /(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]/iu;

/** `payment 华为 50万 [昨天]`: the words before the amount name the contract, those after it the day. */
export const paymentCommand: Command = {
  ...declared(paymentDeclaration),
  async run(ctx, args) {
    const at = args.findIndex((word, index) => index > 0 && readPaymentAmount(word, "CNY") !== null);
    if (at < 1) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    const found = await findContract(ctx, args.slice(0, at).join(" "));
    if ("noContract" in found) return [{ text: ContractM.noContract[ctx.locale](found.noContract) }];
    return recordPayment(ctx, found.contract, readPaymentAmount(args[at]!, found.contract.currency)!, args.slice(at + 1).join(" "));
  },
};

async function recordPayment(ctx: TurnContext, contract: FoundContract, amount: PaymentAmount, dateText: string): Replies {
  const minor = amountOf(ctx, contract, amount);
  if (typeof minor === "string") return [{ text: minor }];
  const receivedAt = dayOf(ctx, dateText);
  if (!receivedAt) return [{ text: ContractM.futureDate[ctx.locale](dateText) }];
  try {
    const { contract: after } = await ctx.domain.contracts.recordPayment(ctx.actor, contract.id, { amountMinor: minor, receivedAt });
    const money = (m: bigint) => formatMoney(m, after.currency, ctx.locale);
    const balance = contractMoney(after, ctx.now).balanceMinor;
    const text = ContractM.recorded[ctx.locale](money(minor), after.number, after.company.name, money(balance));
    // Amounts and balances are for the asker in a group (as the contract card is), the Undo with them.
    return onlyForAsker(ctx, [
      { text: balance === 0n ? `${text}\n${ContractM.paidInFull[ctx.locale](after.number)}` : text },
      { card: contractCard(after, { locale: ctx.locale, timeZone: ctx.timezone, now: ctx.now }) },
      ...undoOffer(ctx),
    ]);
  } catch (error) {
    if (error instanceof PaymentExceedsBalanceError) {
      return onlyForAsker(ctx, [
        { text: ContractM.exceedsBalance[ctx.locale](error.contractNumber, formatMoney(error.balanceMinor, error.currency, ctx.locale)) },
      ]);
    }
    throw error;
  }
}

/** The minor units the payment names, or the reply explaining why it names none. */
function amountOf(ctx: TurnContext, contract: FoundContract, amount: PaymentAmount): bigint | string {
  if (amount.kind === "percent") return shareOf(contract.amountMinor, amount.percent);
  if (amount.kind === "money") {
    if (amount.currency !== contract.currency) return ContractM.otherCurrency[ctx.locale](contract.number, contract.currency, amount.currency);
    return BigInt(amount.minor);
  }
  const instalment = contract.instalments.find((i) => i.seq === amount.seq);
  if (!instalment) return ContractM.noSuchInstalment[ctx.locale](contract.number, amount.seq);
  const left = instalment.amountMinor - instalment.paidMinor;
  return left > 0n ? left : ContractM.instalmentPaid[ctx.locale](contract.number, amount.seq);
}

/** The calendar day the money came in: today unless the words name an earlier day; null for a day to come. */
function dayOf(ctx: TurnContext, dateText: string): Date | null {
  if (!dateText.trim()) return calendarDayOf(ctx.now, ctx.timezone);
  const parsed = parseSentence(dateText, { now: ctx.now, timezone: ctx.timezone });
  const today = calendarDayOf(ctx.now, ctx.timezone);
  if (parsed.occurredAt) return calendarDayOf(parsed.occurredAt.at, ctx.timezone);
  if (parsed.followUp) {
    const day = calendarDayOf(parsed.followUp.at, ctx.timezone);
    if (day.getTime() <= today.getTime()) return day;
    // "paid on Monday", "周一到账": money already in means the last such day, not the next one.
    // …but "next Monday", "下周一" is a day to come: refused.
    const bareWeekday = WEEKDAY.test(parsed.followUp.text) && !NEXT.test(dateText);
    return bareWeekday && day.getTime() - WEEK_MS < today.getTime() + 1 ? new Date(day.getTime() - WEEK_MS) : null;
  }
  return today;
}
