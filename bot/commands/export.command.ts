import { rm } from "node:fs/promises";
import type { Replies, TurnContext } from "../context.js";
import { activitiesExport } from "../exports/export-activities.js";
import { companiesExport } from "../exports/export-companies.js";
import { contactsExport } from "../exports/export-contacts.js";
import { dealsExport } from "../exports/export-deals.js";
import { ExportM } from "../exports/export-messages.js";
import { forecastExport } from "../exports/export-forecast.js";
import { pipelineExport } from "../exports/export-pipeline.js";
import { type ExportPlan, oneBatch } from "../exports/export-plan.js";
import { reportExport } from "../exports/export-report.js";
import { type SheetFormat, writeWorkbook } from "../exports/sheet-writer.js";
import { isScopeWord } from "./scope-words.js";
import { takePeriod } from "./forecast-period.js";
import { DealListM } from "../i18n/deal-list-messages.js";
import { M } from "../i18n/messages.js";
import type { Reply } from "../types.js";
import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { exportDeclaration } from "./export.declaration.js";

const KINDS: Record<string, ExportPlan["kind"]> = {
  deal: "deals",
  deals: "deals",
  商机: "deals",
  company: "companies",
  companies: "companies",
  customer: "companies",
  customers: "companies",
  客户: "companies",
  contact: "contacts",
  contacts: "contacts",
  联系人: "contacts",
  activity: "activities",
  activities: "activities",
  活动: "activities",
  跟进记录: "activities",
  pipeline: "pipeline",
  漏斗: "pipeline",
  销售漏斗: "pipeline",
  forecast: "forecast",
  预测: "forecast",
  销售预测: "forecast",
  report: "report",
  报表: "report",
  报告: "report",
  销售报表: "report",
};
/** Exports of figures (one table or workbook), not of records: replied to as "the forecast", not "12 rows". */
const FIGURES = new Set<ExportPlan["kind"]>(["pipeline", "forecast", "report"]);
const FORMATS: Record<string, SheetFormat> = { csv: "csv", xlsx: "xlsx", excel: "xlsx" };
const MIME: Record<SheetFormat, string> = { xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", csv: "text/csv" };

/**
 * "export deals|companies|contacts|activities|pipeline|forecast|report [filters] [csv]": what the asker may see, as a spreadsheet
 * file in the chat (xlsx unless csv is asked for), written as it is read, and audited.
 */
export const exportCommand: Command = {
  ...declared(exportDeclaration),
  async run(ctx, args) {
    const kind = KINDS[(args[0] ?? "").toLowerCase()];
    if (!kind) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    const last = (args.at(-1) ?? "").toLowerCase();
    const format = args.length > 1 ? FORMATS[last] : undefined;
    const tokens = args.slice(1, format ? -1 : undefined);
    const plan = await planOf(ctx, kind, tokens);
    if ("replies" in plan) return plan.replies;
    return writeExport(ctx, plan, format ?? "xlsx");
  },
};

async function planOf(ctx: TurnContext, kind: ExportPlan["kind"], tokens: string[]): Promise<ExportPlan | { replies: Reply[] }> {
  if (kind === "deals") return dealsExport(ctx, tokens);
  if (kind === "companies") return companiesExport(ctx, tokens);
  if (kind === "contacts") return contactsExport(ctx, tokens);
  // Words that are not a period (or, for figures, a scope) are named, never ignored.
  const { period, rest } = takePeriod(tokens);
  if (kind === "activities") return rest.length > 0 ? unread(ctx, rest) : activitiesExport(ctx, tokens);
  const scope = rest[0]?.toLowerCase();
  if (rest.length > 1 || (scope && !isScopeWord(scope))) return unread(ctx, scope && isScopeWord(scope) ? rest.slice(1) : rest);
  if (kind === "pipeline")
    return tokens.length > rest.length
      ? unread(
          ctx,
          tokens.filter((t) => !rest.includes(t)),
        )
      : pipelineExport(ctx, scope);
  if (kind === "forecast") return forecastExport(ctx, period, scope);
  return reportExport(ctx, period, scope);
}

const unread = (ctx: TurnContext, words: string[]) => ({ replies: [{ text: DealListM.unread[ctx.locale](words.join(" ")) }] });

async function writeExport(ctx: TurnContext, plan: ExportPlan, format: SheetFormat): Replies {
  const what = ExportM.sheet[plan.kind]![ctx.locale];
  const file = await ctx.files.create(`export-${plan.kind}`, format);
  const sheets = [
    { name: what, columns: plan.columns, rows: plan.rows() },
    ...(plan.moreSheets ?? []).map((s) => ({ name: s.name, columns: s.columns, rows: oneBatch(s.rows) })),
  ];
  const rows = await writeWorkbook(file.path, format, sheets);
  if (rows === 0) {
    await rm(file.path, { force: true });
    return [{ text: ExportM.nothing[ctx.locale](what, plan.filters) }];
  }
  await ctx.domain.exports.recordExport(ctx.actor, plan.kind, file.fileName, { rows, filters: plan.filters, format });
  // Tables of customers and phone numbers are for the asker only, also when asked in a group.
  return [
    {
      text: FIGURES.has(plan.kind) ? ExportM.doneFigures[ctx.locale](what, plan.filters) : ExportM.done[ctx.locale](rows, what, plan.filters),
      attachment: { fileName: file.fileName, mimeType: MIME[format], path: file.path },
      visibility: "private",
    },
  ];
}
