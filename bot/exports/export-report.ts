import { periodLabel } from "../commands/period-label.js";
import { periodRange, type ForecastPeriod } from "../commands/forecast-period.js";
import { scopeFor } from "../commands/scope-words.js";
import type { TurnContext } from "../context.js";
import { ForecastM } from "../i18n/forecast-messages.js";
import { ACTIVITY_NAMES } from "../i18n/messages.js";
import { ExportM } from "./export-messages.js";
import { type ExportPlan, oneBatch } from "./export-plan.js";
import { amountRows } from "./sheet-cells.js";
import type { Cell } from "./sheet-writer.js";

/**
 * `export report [period] [mine|team|all]`: the sales report as a workbook — the figures (won, lost,
 * win rate, average won deal, sales cycle), the funnel with its conversion, activities by kind and
 * the leaderboard, each on its own sheet (sections of one table in a CSV).
 */
export async function reportExport(ctx: TurnContext, period: ForecastPeriod, scopeWord: string | undefined): Promise<ExportPlan> {
  const l = ctx.locale;
  const range = periodRange(period, ctx.now, ctx.timezone);
  const report = await ctx.domain.reports.report(ctx.actor, range, scopeFor(ctx, scopeWord));
  const empty = report.won + report.lost === 0 && report.reps.length === 0;
  const summary: Cell[][] = [
    [ExportM.wonDeals[l], report.won, null],
    [ExportM.lostDeals[l], report.lost, null],
    [ExportM.winRate[l], report.winRate, "%"],
    ...amountRows(report.averageWon).map(([currency, amount]): Cell[] => [ExportM.averageWon[l], amount, currency]),
    [ExportM.cycleDays[l], report.cycleDays, null],
  ];
  const funnel = report.funnel.map((step, i): Cell[] => {
    const before = i > 0 ? report.funnel[i - 1]!.reached : 0;
    return [l === "zh" ? step.nameZh : step.nameEn, step.reached, i > 0 && before > 0 ? Math.round((step.reached * 100) / before) : null];
  });
  const activities = Object.entries(report.activities)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, n]): Cell[] => [(ACTIVITY_NAMES[kind]?.[l] ?? kind).replace(/^(a|an) /u, ""), n]);
  const board = report.reps.flatMap((r, i): Cell[][] => {
    const amounts = amountRows(r.wonAmounts);
    const first = [i + 1, r.name, r.won];
    const rest = [r.lost, r.newDeals, r.activities];
    if (amounts.length === 0) return [[...first, null, null, ...rest]];
    return amounts.map(([currency, amount], n) => (n === 0 ? [...first, amount, currency, ...rest] : [null, null, null, amount, currency, null, null, null]));
  });
  return {
    kind: "report",
    filters: `${periodLabel(range, l)} · ${ForecastM.scope[report.scope.kind][l]()}`,
    columns: [
      { header: ExportM.figure[l], width: 18 },
      { header: ExportM.value[l], width: 14 },
      { header: ExportM.unit[l], width: 8 },
    ],
    rows: () => oneBatch(empty ? [] : summary),
    moreSheets: empty
      ? []
      : [
          {
            name: ExportM.funnel[l],
            columns: [
              { header: ExportM.stage[l], width: 16 },
              { header: ExportM.reached[l], width: 10 },
              { header: ExportM.conversion[l], width: 12 },
            ],
            rows: funnel,
          },
          {
            name: ExportM.activitySheet[l],
            columns: [
              { header: ExportM.kind[l], width: 10 },
              { header: ExportM.count[l], width: 10 },
            ],
            rows: activities,
          },
          {
            name: ExportM.leaderboard[l],
            columns: [
              { header: ExportM.rank[l], width: 6 },
              { header: ExportM.owner[l], width: 14 },
              { header: ExportM.wonDeals[l], width: 10 },
              { header: ExportM.amount[l], width: 14 },
              { header: ExportM.currency[l], width: 8 },
              { header: ExportM.lostDeals[l], width: 10 },
              { header: ExportM.newDeals[l], width: 10 },
              { header: ExportM.activitySheet[l], width: 10 },
            ],
            rows: board,
          },
        ],
  };
}
