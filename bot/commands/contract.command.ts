import { contractCard } from "../../cards/contract.card.js";
import { formatDate, formatMoney } from "../../cards/format.js";
import { PlanBeforeSigningError, PlanBelowPaidError, PlanTotalMismatchError } from "../../domain/contracts/contract.errors.js";
import { contractMoney } from "../../domain/contracts/contract.service.js";
import type { Replies, TurnContext } from "../context.js";
import { dealDateCommandFor } from "../flows/deal-date-sentence.js";
import { ContractM } from "../i18n/contract-messages.js";
import { M } from "../i18n/messages.js";
import { calendarDayOf, momentMeant } from "../parse/calendar-day.js";
import { parseSentence } from "../parse/parse-sentence.js";
import { onlyForAsker } from "../privacy/only-for-asker.js";
import { type Command, subcommandOf } from "./command.js";
import { findContract, type FoundContract } from "./contract-ref.js";
import { contractDeclaration } from "./contract.declaration.js";
import { declared } from "./declaration.js";
import { PAGE_SIZE, pagedList, takePage } from "./list-page.js";
import { readPaymentAmount, shareOf } from "./payment-amount.js";

const PLAN = ["plan", "计划", "分期", "回款计划"];
const OWING = ["owing", "open", "unpaid", "欠款", "未回款", "未付"];
const OVERDUE = ["overdue", "late", "逾期"];
const TEAM = ["team", "团队", "我们"];

export const contractCommand: Command = {
  ...declared(contractDeclaration),
  async run(ctx, args) {
    const [word = "", ...rest] = args;
    if (PLAN.includes(word.toLowerCase())) return rest.length >= 3 ? setPlan(ctx, rest) : [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    if (args.length === 0 || subcommandOf(word) === "list") return listContracts(ctx, args.length === 0 ? [] : rest);
    const ref = (subcommandOf(word) === "show" ? rest : args).join(" ");
    if (!ref) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    // "contract with Acme ends 2027-03-31" is the deal's contract end said as a sentence.
    const dealDate = await dealDateCommandFor(ctx, `contract ${args.join(" ")}`);
    if (dealDate) return (await import("../dispatch-text.js")).dispatchText(ctx, dealDate);
    const found = await findContract(ctx, ref);
    if ("noContract" in found) return [{ text: ContractM.noContract[ctx.locale](found.noContract) }];
    return onlyForAsker(ctx, [{ card: contractCard(found.contract, { locale: ctx.locale, timeZone: ctx.timezone, now: ctx.now }) }]);
  },
};

async function listContracts(ctx: TurnContext, words: string[]): Replies {
  const { page, rest } = takePage(words);
  const lower = rest.map((w) => w.toLowerCase());
  const unknown = rest.filter((w, i) => ![...OWING, ...OVERDUE, ...TEAM].includes(lower[i]!));
  if (unknown.length > 0) return [{ text: M.usage[ctx.locale](contractCommand.usage[ctx.locale]) }];
  const filter = {
    scope: lower.some((w) => TEAM.includes(w)) ? ("team" as const) : ("mine" as const),
    owing: lower.some((w) => OWING.includes(w)),
    overdue: lower.some((w) => OVERDUE.includes(w)),
  };
  const { total, rows } = await ctx.domain.contracts.list(ctx.actor, { ...filter, limit: PAGE_SIZE, skip: (page - 1) * PAGE_SIZE });
  if (total === 0) return [{ text: ContractM.noContracts[ctx.locale]() }];
  const lines = rows.map((c) => {
    const money = contractMoney(c, ctx.now);
    const amount = (m: bigint) => formatMoney(m, c.currency, ctx.locale);
    const line = ContractM.listLine[ctx.locale](c.number, c.company.name, amount(c.amountMinor), amount(money.balanceMinor));
    return money.overdueMinor > 0n ? `${line}${ContractM.overdueNote[ctx.locale](amount(money.overdueMinor))}` : line;
  });
  return pagedList(ctx, {
    title: ContractM.listTitle[ctx.locale](total),
    lines,
    page,
    total,
    command: { zh: "合同 列表", en: "contract list" },
    filters: rest,
  });
}

/** `contract plan 3 30% 12月31日，70% 2027-03-31`: the contract, then instalments separated by commas. */
async function setPlan(ctx: TurnContext, words: string[]): Replies {
  const [ref = "", ...partWords] = words;
  const found = await findContract(ctx, ref);
  if ("noContract" in found) return [{ text: ContractM.noContract[ctx.locale](found.noContract) }];
  const contract = found.contract;
  // A comma starts the next instalment only when a share or a marked amount follows ("$10,000 Dec 1, 2026, 70% …").
  const parts = partWords
    .join(" ")
    .split(/[，;；、]+|,(?=\s*(?:[$¥￥€£]\s*\d|\d+(?:\.\d+)?\s*(?:[%％]|[kKmM]\b|万|千)))/u)
    .map((p) => p.trim())
    .filter(Boolean);
  const plan: { amountMinor: bigint; dueAt: Date }[] = [];
  for (const part of parts) {
    const [first = "", ...dateWords] = part.split(/\s+/u);
    const amount = readPaymentAmount(first, contract.currency);
    const date = dateWords.length > 0 ? parseSentence(dateWords.join(" "), { now: ctx.now, timezone: ctx.timezone }) : null;
    const day = date?.followUp ?? date?.occurredAt;
    if (!amount || amount.kind === "instalment" || !day) return [{ text: ContractM.planBadPart[ctx.locale](part) }];
    if (amount.kind === "money" && amount.currency !== contract.currency) {
      return [{ text: ContractM.otherCurrency[ctx.locale](contract.number, contract.currency, amount.currency) }];
    }
    const minor = amount.kind === "percent" ? shareOf(contract.amountMinor, amount.percent) : BigInt(amount.minor);
    plan.push({ amountMinor: minor, dueAt: calendarDayOf(momentMeant(day, false), ctx.timezone) });
  }
  if (plan.length === 0) return [{ text: M.usage[ctx.locale](contractCommand.usage[ctx.locale]) }];
  settleRounding(contract, parts, plan);
  try {
    const after = await ctx.domain.contracts.setPlan(ctx.actor, contract.id, plan);
    return onlyForAsker(ctx, [
      { text: ContractM.planSet[ctx.locale](after.number, after.instalments.length) },
      { card: contractCard(after, { locale: ctx.locale, timeZone: ctx.timezone, now: ctx.now }) },
    ]);
  } catch (error) {
    const money = (m: bigint) => formatMoney(m, contract.currency, ctx.locale);
    if (error instanceof PlanTotalMismatchError)
      return onlyForAsker(ctx, [{ text: ContractM.planMismatch[ctx.locale](money(error.plannedMinor), money(error.contractMinor)) }]);
    if (error instanceof PlanBeforeSigningError)
      return onlyForAsker(ctx, [{ text: ContractM.planBeforeSigning[ctx.locale](formatDate(error.signedAt, ctx.timezone, ctx.locale)) }]);
    if (error instanceof PlanBelowPaidError) return onlyForAsker(ctx, [{ text: ContractM.planBelowPaid[ctx.locale](money(error.paidMinor)) }]);
    throw error;
  }
}

/** Shares totalling 100% that round to a cent off the amount: the last instalment takes the cent. */
function settleRounding(contract: FoundContract, parts: string[], plan: { amountMinor: bigint }[]): void {
  const allShares = parts.every((p) => /^\s*\d{1,3}(?:\.\d{1,2})?\s*[%％]/u.test(p));
  const total = plan.reduce((sum, p) => sum + p.amountMinor, 0n);
  const gap = contract.amountMinor - total;
  if (allShares && gap !== 0n && gap >= -BigInt(plan.length) && gap <= BigInt(plan.length)) plan[plan.length - 1]!.amountMinor += gap;
}
