import { stageName } from "../../cards/labels.js";
import { ForecastM } from "../i18n/forecast-messages.js";
import type { TurnContext } from "../context.js";
import { scopeFor } from "../commands/scope-words.js";
import { ExportM } from "./export-messages.js";
import { type ExportPlan, oneBatch } from "./export-plan.js";
import { amountRows } from "./sheet-cells.js";
import type { Cell } from "./sheet-writer.js";

/** `export pipeline [mine|team|all]`: open deals per stage, one row per stage and currency, then the totals. */
export async function pipelineExport(ctx: TurnContext, scopeWord: string | undefined): Promise<ExportPlan> {
  const l = ctx.locale;
  const summary = await ctx.domain.pipeline.summarize(ctx.actor, scopeFor(ctx, scopeWord));
  const rows: Cell[][] = [];
  for (const stage of summary.stages) {
    const amounts = amountRows(stage.amounts);
    if (amounts.length === 0) rows.push([stageName(stage, l), stage.count, null, null]);
    for (const [i, [currency, amount]] of amounts.entries()) rows.push([stageName(stage, l), i === 0 ? stage.count : null, amount, currency]);
  }
  const totals = amountRows(summary.openAmounts);
  if (totals.length === 0) rows.push([ExportM.openTotal[l], summary.openCount, null, null]);
  for (const [i, [currency, amount]] of totals.entries()) rows.push([ExportM.openTotal[l], i === 0 ? summary.openCount : null, amount, currency]);
  return {
    kind: "pipeline",
    filters: ForecastM.scope[summary.scope.kind][l](),
    columns: [
      { header: ExportM.stage[l], width: 16 },
      { header: ExportM.deals[l], width: 10 },
      { header: ExportM.amount[l], width: 16 },
      { header: ExportM.currency[l], width: 8 },
    ],
    rows: () => oneBatch(summary.openCount > 0 ? rows : []),
  };
}
