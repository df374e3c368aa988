import { rm } from "node:fs/promises";
import type { Replies, TurnContext } from "../context.js";
import { activitiesExport } from "../exports/export-activities.js";
import { companiesExport } from "../exports/export-companies.js";
import { contactsExport } from "../exports/export-contacts.js";
import { dealsExport } from "../exports/export-deals.js";
import { ExportM } from "../exports/export-messages.js";
import type { ExportPlan } from "../exports/export-plan.js";
import { type SheetFormat, writeSheet } from "../exports/sheet-writer.js";
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
};
const FORMATS: Record<string, SheetFormat> = { csv: "csv", xlsx: "xlsx", excel: "xlsx" };
const MIME: Record<SheetFormat, string> = { xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", csv: "text/csv" };

/**
 * "export deals|companies|contacts|activities [filters] [csv]": what the asker may see, as a spreadsheet
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
  // Words that are not a period are named, never ignored.
  const rest = takePeriod(tokens).rest;
  if (rest.length > 0) return { replies: [{ text: DealListM.unread[ctx.locale](rest.join(" ")) }] };
  return activitiesExport(ctx, tokens);
}

async function writeExport(ctx: TurnContext, plan: ExportPlan, format: SheetFormat): Replies {
  const what = ExportM.sheet[plan.kind]![ctx.locale];
  const file = await ctx.files.create(`export-${plan.kind}`, format);
  const rows = await writeSheet(file.path, format, what, plan.columns, plan.rows());
  if (rows === 0) {
    await rm(file.path, { force: true });
    return [{ text: ExportM.nothing[ctx.locale](what, plan.filters) }];
  }
  await ctx.domain.exports.recordExport(ctx.actor, plan.kind, file.fileName, { rows, filters: plan.filters, format });
  // Tables of customers and phone numbers are for the asker only, also when asked in a group.
  return [
    {
      text: ExportM.done[ctx.locale](rows, what, plan.filters),
      attachment: { fileName: file.fileName, mimeType: MIME[format], path: file.path },
      visibility: "private",
    },
  ];
}
