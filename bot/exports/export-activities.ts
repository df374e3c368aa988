import { label } from "../../cards/labels.js";
import { periodLabel } from "../commands/period-label.js";
import { periodRange, takePeriod } from "../commands/forecast-period.js";
import type { TurnContext } from "../context.js";
import { ExportM } from "./export-messages.js";
import type { ExportPlan } from "./export-plan.js";
import { localTime } from "./sheet-cells.js";

/** `export activities [this month|last month|this quarter|…]`: what was logged in the period (this month unless named). */
export function activitiesExport(ctx: TurnContext, tokens: string[]): ExportPlan {
  const l = ctx.locale;
  const range = periodRange(takePeriod(tokens).period, ctx.now, ctx.timezone);
  const exports = ctx.domain.exports;
  return {
    kind: "activities",
    filters: periodLabel(range, l),
    columns: [
      { header: ExportM.when[l], width: 18 },
      { header: ExportM.kind[l], width: 8 },
      { header: label("company", l), width: 24 },
      { header: ExportM.contact[l], width: 14 },
      { header: label("deal", l), width: 8 },
      { header: ExportM.summary[l], width: 60 },
      { header: ExportM.by[l], width: 14 },
    ],
    async *rows() {
      for await (const batch of exports.activities(ctx.actor, range)) {
        yield batch.map((a) => [
          localTime(a.occurredAt, ctx.timezone),
          ExportM.kinds[a.kind]?.[l] ?? a.kind,
          a.company?.name,
          a.contact?.name,
          a.deal ? `#${a.deal.number}` : "",
          a.summary,
          a.actor.name,
        ]);
      }
    },
  };
}
