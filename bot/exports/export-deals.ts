import { label, stageName } from "../../cards/labels.js";
import type { TurnContext } from "../context.js";
import { readDealFilter } from "../commands/deal-list.js";
import type { Reply } from "../types.js";
import { ExportM } from "./export-messages.js";
import type { ExportPlan } from "./export-plan.js";
import { localDay, localTime, majorAmount } from "./sheet-cells.js";

/** `export deals [deal-list filters]`: every deal the list would show, on every page. */
export async function dealsExport(ctx: TurnContext, tokens: string[]): Promise<ExportPlan | { replies: Reply[] }> {
  const read = await readDealFilter(ctx, tokens);
  if ("replies" in read) return read;
  const l = ctx.locale;
  const zone = ctx.timezone;
  const exports = ctx.domain.exports;
  return {
    kind: "deals",
    filters: read.filters,
    columns: [
      { header: ExportM.number[l], width: 8 },
      { header: ExportM.title[l], width: 30 },
      { header: label("company", l), width: 24 },
      { header: label("stage", l), width: 14 },
      { header: label("amount", l), width: 14 },
      { header: ExportM.currency[l], width: 8 },
      { header: label("probability", l), width: 10 },
      { header: label("owner", l), width: 14 },
      { header: label("expectedClose", l), width: 14 },
      { header: label("contractEnds", l), width: 14 },
      { header: label("lastActivity", l), width: 18 },
      { header: ExportM.created[l], width: 18 },
    ],
    async *rows() {
      for await (const batch of exports.deals(ctx.actor, read.filter)) {
        yield batch.map((d) => [
          d.number,
          d.title,
          d.company.name,
          stageName(d.stage, l),
          majorAmount(d.amountMinor, d.currency),
          d.currency,
          d.probability ?? d.stage.probability,
          d.owner.name,
          localDay(d.expectedCloseAt, zone),
          localDay(d.endsAt, zone),
          localTime(d.lastActivityAt, zone),
          localTime(d.createdAt, zone),
        ]);
      }
    },
  };
}
