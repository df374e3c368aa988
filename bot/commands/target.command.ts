import { formatMoney } from "../../cards/format.js";
import { chartReply } from "../charts/chart-reply.js";
import { targetChart } from "../charts/sales-charts.js";
import type { TargetProgress } from "../../domain/targets/target.service.js";
import type { TargetSubject } from "../../domain/targets/target.service.js";
import { NotFoundError } from "../../domain/shared/errors.js";
import type { Replies, TurnContext } from "../context.js";
import { M } from "../i18n/messages.js";
import { TargetM } from "../i18n/target-messages.js";
import { parseAmountSlot } from "../parse/amount-slot.js";
import { type Command, subcommandOf } from "./command.js";
import { declared } from "./declaration.js";
import { keyRange, readPeriodKey } from "./target-period.js";
import { targetDeclaration } from "./target.declaration.js";
import { lookupScope } from "./user.command.js";

const SET = ["set", "设置", "设定", "设"];
const DAY_MS = 86_400_000;

export const targetCommand: Command = {
  ...declared(targetDeclaration),
  async run(ctx, args) {
    const [word = "", ...rest] = args;
    if (SET.includes(word.toLowerCase())) return rest.length >= 3 ? setTarget(ctx, rest) : [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    const words = subcommandOf(word) === "list" ? rest : args;
    return showProgress(ctx, words);
  },
};

/** "target set Li Lei 2026-Q1 3m": the amount is the last word, the period the one or two before it, the rest names who. */
async function setTarget(ctx: TurnContext, words: string[]): Replies {
  const amountText = words.at(-1)!;
  const amount = parseAmountSlot(amountText, ctx.locale === "zh" ? "CNY" : "USD");
  if (!amount) return [{ text: TargetM.badAmount[ctx.locale](amountText) }];
  const before = words.slice(0, -1);
  let period: string | null = null;
  let who: string[] = [];
  for (const take of [2, 1]) {
    if (before.length <= take) continue;
    period = readPeriodKey(before.slice(-take), ctx.now, ctx.timezone);
    if (period) {
      who = before.slice(0, -take);
      break;
    }
  }
  if (!period) return [{ text: TargetM.badPeriod[ctx.locale](before.at(-1) ?? "") }];
  const name = who.join(" ");
  const team = await ctx.domain.targets.teamNamed(name);
  let subject: TargetSubject;
  let label: string;
  if (team) {
    subject = { type: "team", id: team.id };
    label = team.name;
  } else {
    const { user } = await ctx.domain.users.resolveRef(lookupScope(ctx), name).catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError("user", name) : error;
    });
    subject = { type: "user", id: user.id };
    label = user.name;
  }
  const saved = await ctx.domain.targets.set(ctx.actor, subject, { period, amountMinor: amount.minor, currency: amount.currency });
  return [{ text: TargetM.set[ctx.locale](label, saved.period, formatMoney(saved.amountMinor, saved.currency, ctx.locale)) }];
}

async function showProgress(ctx: TurnContext, words: string[]): Replies {
  let periods: string[];
  if (words.length > 0) {
    const key = readPeriodKey(words, ctx.now, ctx.timezone);
    if (!key) return [{ text: TargetM.badPeriod[ctx.locale](words.join(" ")) }];
    periods = [key];
  } else {
    periods = [
      ["this", "month"],
      ["this", "quarter"],
      ["this", "year"],
    ].map((w) => readPeriodKey(w, ctx.now, ctx.timezone)!);
  }
  const lines: string[] = [];
  const shown: TargetProgress[] = [];
  for (const period of periods) {
    const range = keyRange(period, ctx.timezone);
    for (const p of await ctx.domain.targets.progress(ctx.actor, period, range)) {
      shown.push(p);
      const money = (minor: number) => formatMoney(minor, p.currency, ctx.locale);
      const pct = p.targetMinor > 0 ? Math.floor((p.wonMinor * 100) / p.targetMinor) : 0;
      const gap = p.targetMinor - p.wonMinor;
      const daysLeft = Math.ceil((range.to.getTime() - ctx.now.getTime()) / DAY_MS);
      const pace =
        gap <= 0 ? TargetM.reached[ctx.locale]() : daysLeft > 0 ? TargetM.pace[ctx.locale](money(gap), daysLeft) : TargetM.ended[ctx.locale](money(gap));
      const other = p.otherCurrencies.length > 0 ? ` ${TargetM.other[ctx.locale](p.otherCurrencies.join(", "))}` : "";
      lines.push(`• ${TargetM.line[ctx.locale](p.name, period, money(p.wonMinor), money(p.targetMinor), pct, money(p.weightedMinor))} · ${pace}${other}`);
    }
  }
  if (lines.length === 0) return [{ text: TargetM.none[ctx.locale](periods.join(", ")) }];
  const title = TargetM.title[ctx.locale](periods.join(", "));
  // One chart, in the currency most targets are set in (its axis is money); a bar per target.
  const counts = new Map<string, number>();
  for (const p of shown) counts.set(p.currency, (counts.get(p.currency) ?? 0) + 1);
  const currency = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const bars = shown.filter((p) => p.currency === currency).map((p) => ({ ...p, name: periods.length > 1 ? `${p.name} ${p.period}` : p.name }));
  const chart = await chartReply(ctx, "targets", targetChart(title, bars, currency, ctx.locale));
  return [{ card: { title, blocks: [{ type: "text", text: lines.join("\n") }] } }, ...chart];
}
