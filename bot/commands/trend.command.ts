import { formatMoney } from "../../cards/format.js";
import { chartReply } from "../charts/chart-reply.js";
import { trendChart } from "../charts/sales-charts.js";
import { ForecastM } from "../i18n/forecast-messages.js";
import { M } from "../i18n/messages.js";
import { TrendM } from "../i18n/trend-messages.js";
import { addMonths, zonedParts, zonedTimeToInstant } from "../parse/zoned-time.js";
import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { periodLabel } from "./period-label.js";
import { isScopeWord, scopeFor } from "./scope-words.js";
import { trendDeclaration } from "./trend.declaration.js";

const DEFAULT_MONTHS = 12;

/** Spans people name: 半年, 一年/全年, 两年, 一个季度, "year", "half a year" (one word each after splitting). */
const SPANS: Record<string, number> = {
  半年: 6,
  一年: 12,
  全年: 12,
  今年: 12,
  两年: 24,
  二年: 24,
  一季度: 3,
  季度: 3,
  三个月: 3,
  六个月: 6,
  九个月: 9,
  十二个月: 12,
  十八个月: 18,
  year: 12,
  quarter: 3,
  halfyear: 6,
};

/** "6", "6个月", "6m", "12 months", 半年, "year" → a number of months; null for other words. */
function monthsIn(word: string): number | null {
  const n = /^(\d{1,2})(?:个?月|months?|m)?$/iu.exec(word);
  if (n) return Number(n[1]);
  return SPANS[word.toLowerCase().replace(/[\s-]+/gu, "")] ?? null;
}

/** `trend [months] [scope]` / `趋势 6 团队`: deals won per month, totals in the base currency, and a chart. */
export const trendCommand: Command = {
  ...declared(trendDeclaration),
  // "trend 6 team", "趋势" — not "Trending down at Acme…" or "trend at Globex is worrying".
  accepts: (args) => args.every((w) => monthsIn(w) !== null || isScopeWord(w) || /^(个?月|months?)$/iu.test(w)),
  async run(ctx, args) {
    let months = DEFAULT_MONTHS;
    let scopeWord: string | undefined;
    for (const word of args) {
      const n = monthsIn(word);
      if (n !== null && n >= 3 && n <= 24) months = n;
      else if (isScopeWord(word) && !scopeWord) scopeWord = word;
      else if (!/^(个?月|months?)$/iu.test(word)) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    }
    const { locale } = ctx;
    const today = zonedParts(ctx.now, ctx.timezone);
    const ranges = Array.from({ length: months }, (_, i) => {
      const start = addMonths(today.year, today.month, i - months + 1);
      const end = addMonths(start.year, start.month, 1);
      const at = (m: { year: number; month: number }) => zonedTimeToInstant({ ...m, day: 1 }, { hour: 0, minute: 0 }, ctx.timezone);
      return { from: at(start), to: at(end), label: periodLabel({ ...start, months: 1 }, locale) };
    });
    const scope = scopeFor(ctx, scopeWord);
    const figures = await ctx.domain.reports.wonByMonth(ctx.actor, ranges, scope);
    if (figures.every((f) => f.won === 0)) return [{ text: TrendM.none[locale](months) }];
    const rates = await ctx.domain.rates.converter();
    const missing = new Set<string>();
    const rows = figures.map((f, i) => {
      const total = rates.total(f.amounts);
      for (const c of total.missing) missing.add(c);
      return { label: ranges[i]!.label, won: f.won, wonMinor: total.totalMinor };
    });
    const money = (minor: number) => formatMoney(minor, rates.base, locale);
    const lines = rows.map((r) => TrendM.month[locale](r.label, r.won, money(r.wonMinor)));
    if (missing.size > 0) lines.push(TrendM.missing[locale]([...missing].sort().join(", ")));
    const title = TrendM.title[locale](months, ForecastM.scope[scope.kind][locale]());
    const chart = await chartReply(ctx, "trend", trendChart(title, rows, rates.base, locale));
    return [{ card: { title, blocks: [{ type: "text", text: lines.join("\n") }] } }, ...chart];
  },
};
