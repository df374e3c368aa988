import { COMPANY_STATUS_NAMES, label } from "../../cards/labels.js";
import { parseTags } from "../../domain/companies/company.service.js";
import { matchesWords, readCompanyFilter } from "../commands/company-list.js";
import type { TurnContext } from "../context.js";
import { ExportM } from "./export-messages.js";
import type { ExportPlan } from "./export-plan.js";
import { localTime } from "./sheet-cells.js";

/** `export companies [company-list filters]`: every customer the list would show. */
export async function companiesExport(ctx: TurnContext, tokens: string[]): Promise<ExportPlan> {
  const { filter, words } = await readCompanyFilter(ctx, tokens);
  const l = ctx.locale;
  const exports = ctx.domain.exports;
  return {
    kind: "companies",
    filters: tokens.join(" "),
    columns: [
      { header: label("company", l), width: 28 },
      { header: label("aliases", l), width: 24 },
      { header: label("tier", l), width: 6 },
      { header: label("status", l), width: 10 },
      { header: label("industry", l), width: 14 },
      { header: label("region", l), width: 12 },
      { header: label("tags", l), width: 20 },
      { header: label("owner", l), width: 14 },
      { header: ExportM.created[l], width: 18 },
    ],
    async *rows() {
      for await (const batch of exports.companies(ctx.actor, filter)) {
        yield batch
          .filter((c) => matchesWords(c, words))
          .map((c) => [
            c.name,
            parseTags(c.aliases).join(", "),
            c.tier,
            COMPANY_STATUS_NAMES[c.status]?.[l] ?? c.status,
            c.industry,
            c.region,
            parseTags(c.tags).join(", "),
            c.ownerName,
            localTime(c.createdAt, ctx.timezone),
          ]);
      }
    },
  };
}
