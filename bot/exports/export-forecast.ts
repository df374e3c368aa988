import type { Amounts, ForecastLine } from "../../domain/pipeline/forecast.service.js";
import { periodLabel } from "../commands/period-label.js";
import { periodRange, type ForecastPeriod } from "../commands/forecast-period.js";
import { scopeFor } from "../commands/scope-words.js";
import type { TurnContext } from "../context.js";
import { ForecastM } from "../i18n/forecast-messages.js";
import { ExportM } from "./export-messages.js";
import { type ExportPlan, oneBatch } from "./export-plan.js";
import { majorAmount } from "./sheet-cells.js";
import type { Cell } from "./sheet-writer.js";

/**
 * `export forecast [period] [mine|team|all]`: per rep the open deals expected in the period and the
 * weighted, commit, best-case and won sums — one row per rep and currency, then the totals.
 */
export async function forecastExport(ctx: TurnContext, period: ForecastPeriod, scopeWord: string | undefined): Promise<ExportPlan> {
  const l = ctx.locale;
  const range = periodRange(period, ctx.now, ctx.timezone);
  const forecast = await ctx.domain.forecast.forecast(ctx.actor, range, scopeFor(ctx, scopeWord));
  const rows: Cell[][] = [];
  const add = (who: string, line: Omit<ForecastLine, "ownerId" | "ownerName">) => {
    const sums: Amounts[] = [line.weighted, line.commit, line.bestCase, line.won];
    const currencies = [...new Set(sums.flatMap((a) => Object.keys(a)))].sort();
    if (currencies.length === 0) rows.push([who, line.open, null, null, null, null, null]);
    for (const [i, currency] of currencies.entries()) {
      rows.push([who, i === 0 ? line.open : null, currency, ...sums.map((a) => majorAmount(BigInt(Math.round(a[currency] ?? 0)), currency))]);
    }
  };
  for (const line of forecast.lines) add(line.ownerName, line);
  if (forecast.lines.length > 1) add(ExportM.total[l], forecast.total);
  return {
    kind: "forecast",
    filters: `${periodLabel(range, l)} · ${ForecastM.scope[forecast.scope.kind][l]()}`,
    columns: [
      { header: ExportM.owner[l], width: 14 },
      { header: ExportM.openDeals[l], width: 10 },
      { header: ExportM.currency[l], width: 8 },
      { header: ExportM.weighted[l], width: 14 },
      { header: ExportM.commit[l], width: 14 },
      { header: ExportM.bestCase[l], width: 14 },
      { header: ExportM.won[l], width: 14 },
    ],
    rows: () => oneBatch(rows),
  };
}
