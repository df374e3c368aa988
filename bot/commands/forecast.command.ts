import { chartReply } from "../charts/chart-reply.js";
import { forecastChart } from "../charts/sales-charts.js";
import { formatAmountsOrDash } from "../../cards/format.js";
import type { Amounts } from "../../domain/pipeline/forecast.service.js";
import { COMMIT_PROBABILITY } from "../../domain/pipeline/forecast.service.js";
import type { Replies } from "../context.js";
import { ForecastM } from "../i18n/forecast-messages.js";
import { RateM } from "../i18n/rate-messages.js";
import { M } from "../i18n/messages.js";
import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { isScopeWord, scopeFor } from "./scope-words.js";
import { forecastDeclaration } from "./forecast.declaration.js";
import { periodRange, takePeriod } from "./forecast-period.js";
import { periodLabel } from "./period-label.js";

export const forecastCommand: Command = {
  ...declared(forecastDeclaration),
  async run(ctx, args) {
    const { period, rest } = takePeriod(args);
    const word = rest[0]?.toLowerCase();
    if (rest.length > 1 || (word && !isScopeWord(word))) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    const scope = scopeFor(ctx, word);
    const range = periodRange(period, ctx.now, ctx.timezone);
    const forecast = await ctx.domain.forecast.forecast(ctx.actor, range, scope);
    const periodName = periodLabel(range, ctx.locale);
    const scopeName = ForecastM.scope[forecast.scope.kind][ctx.locale]();
    const money = (a: Amounts) => formatAmountsOrDash(a, ctx.locale);
    if (forecast.lines.length === 0) {
      return [
        { text: [ForecastM.none[ctx.locale](periodName), ...(forecast.undated > 0 ? [ForecastM.undated[ctx.locale](forecast.undated)] : [])].join("\n") },
      ];
    }
    const line = (who: string, l: typeof forecast.total) =>
      ForecastM.line[ctx.locale](who, l.open, money(l.weighted), money(l.commit), money(l.bestCase), money(l.won));
    const lines = forecast.lines.map((l) => `• ${line(l.ownerName, l)}`);
    if (forecast.lines.length > 1) lines.push(`= ${line(ForecastM.total[ctx.locale](), forecast.total)}`);
    // Several currencies: the total once more in the base currency, with the rate table.
    const t = forecast.total;
    const currencies = new Set([t.weighted, t.commit, t.bestCase, t.won].flatMap((a) => Object.keys(a)));
    if (currencies.size > 1) {
      const rates = await ctx.domain.rates.converter();
      const one = (a: Amounts) => rates.total(a);
      const parts = { weighted: one(t.weighted), commit: one(t.commit), bestCase: one(t.bestCase), won: one(t.won) };
      const inBase = (p: { totalMinor: number }) => ({ [rates.base]: p.totalMinor });
      const converted = { ...t, weighted: inBase(parts.weighted), commit: inBase(parts.commit), bestCase: inBase(parts.bestCase), won: inBase(parts.won) };
      const missing = [...new Set(Object.values(parts).flatMap((p) => p.missing))];
      lines.push(
        `${RateM.converted[ctx.locale](rates.base, line(ForecastM.total[ctx.locale](), converted))}${missing.length > 0 ? RateM.missing[ctx.locale](missing.join(", ")) : ""}`,
      );
    }
    const notes = [ForecastM.legend[ctx.locale](COMMIT_PROBABILITY), ...(forecast.undated > 0 ? [ForecastM.undated[ctx.locale](forecast.undated)] : [])];
    // The chart's axis is one currency: the one with most of the best case.
    const currency = Object.entries(forecast.total.bestCase).sort(([, a], [, b]) => b - a)[0]?.[0] ?? Object.keys(forecast.total.won)[0] ?? "CNY";
    const chartLines = forecast.lines.map((l) => ({
      name: l.ownerName,
      weighted: l.weighted[currency] ?? 0,
      bestCase: l.bestCase[currency] ?? 0,
      won: l.won[currency] ?? 0,
    }));
    const chart = await chartReply(ctx, "forecast", forecastChart(ForecastM.title[ctx.locale](periodName, scopeName), chartLines, currency, ctx.locale));
    return [
      {
        card: {
          title: ForecastM.title[ctx.locale](periodName, scopeName),
          blocks: [
            { type: "text", text: lines.join("\n") },
            { type: "text", text: notes.join("\n") },
          ],
        },
      },
      ...chart,
    ];
  },
};
