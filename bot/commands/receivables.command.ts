import { formatMoney } from "../../cards/format.js";
import { chartReply } from "../charts/chart-reply.js";
import { agingChart } from "../charts/sales-charts.js";
import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { ContractM } from "../i18n/contract-messages.js";
import { RateM } from "../i18n/rate-messages.js";
import { M } from "../i18n/messages.js";
import { onlyForAsker } from "../privacy/only-for-asker.js";
import { receivablesDeclaration } from "./receivables.declaration.js";

const TEAM = ["team", "团队", "我们"];

/** `receivables [team]` / `应收 [团队]`: what customers owe, per currency. */
export const receivablesCommand: Command = {
  ...declared(receivablesDeclaration),
  async run(ctx, args) {
    if (args.length > 1 || (args.length === 1 && !TEAM.includes(args[0]!.toLowerCase()))) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    const scope = args.length === 1 ? ("team" as const) : ("mine" as const);
    const totals = await ctx.domain.contracts.receivables(ctx.actor, scope);
    if (totals.length === 0) return [{ text: ContractM.noContracts[ctx.locale]() }];
    const lines = totals.flatMap((t) => {
      const money = (m: bigint) => formatMoney(m, t.currency, ctx.locale);
      return [
        ContractM.receivablesLine[ctx.locale](t.currency, t.contracts, money(t.contractedMinor), money(t.receivedMinor), money(t.balanceMinor)),
        ...(t.overdueMinor > 0n ? [ContractM.overdueLine[ctx.locale](money(t.overdueMinor), t.overdueContracts)] : []),
        t.collectionRate === null ? ContractM.nothingDue[ctx.locale]() : ContractM.collectionRate[ctx.locale](`${t.collectionRate}%`),
      ];
    });
    if (totals.length > 1) {
      // Several currencies: outstanding and overdue once more in the base currency, with the rate table.
      const rates = await ctx.domain.rates.converter();
      const sum = (pick: (t: (typeof totals)[number]) => bigint) => rates.total(Object.fromEntries(totals.map((t) => [t.currency, pick(t)])));
      const balance = sum((t) => t.balanceMinor);
      const overdue = sum((t) => t.overdueMinor);
      const money = (minor: number) => formatMoney(minor, rates.base, ctx.locale);
      const what = ContractM.convertedLine[ctx.locale](money(balance.totalMinor), money(overdue.totalMinor));
      const missing = [...new Set([...balance.missing, ...overdue.missing])];
      lines.push(`${RateM.converted[ctx.locale](rates.base, what)}${missing.length > 0 ? RateM.missing[ctx.locale](missing.join(", ")) : ""}`);
    }
    const title = ContractM.receivablesTitle[ctx.locale](scope === "team" ? ContractM.team[ctx.locale]() : ContractM.mine[ctx.locale]());
    // The aging chart is drawn for the currency that is owed most (its axis is one currency).
    const main = totals.reduce((a, b) => (b.balanceMinor > a.balanceMinor ? b : a));
    const chart =
      main.balanceMinor > 0n
        ? await chartReply(ctx, "receivables", agingChart(`${ContractM.agingTitle[ctx.locale]()} · ${title}`, main.aging, main.currency, ctx.locale))
        : [];
    return onlyForAsker(ctx, [{ card: { title, blocks: [{ type: "text", text: lines.join("\n") }] } }, ...chart]);
  },
};
