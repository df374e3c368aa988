import { importMaxBytes } from "./import-limit.js";
import { rm } from "node:fs/promises";
import { formatDealAmount } from "../../cards/format.js";
import type { Card } from "../../cards/model.js";
import type { RowPlan } from "../../domain/imports/import-row.js";
import type { Replies, TurnContext } from "../context.js";
import { writeSheet } from "../exports/sheet-writer.js";
import type { Reply } from "../types.js";
import { FIELD_NAMES, ImportM, problemText } from "./import-messages.js";
import { type ImportField, mapHeaders } from "./header-mapping.js";
import { readSheet, type Sheet, SheetError } from "./read-sheet.js";
import { toImportRows } from "./to-import-rows.js";

/** Rows per transaction: a crash loses at most this much work, which the resume redoes. */
export const IMPORT_BATCH = 500;
export const IMPORT_CONFIRM_ACTION = "import.confirm";

type Overrides = Record<string, ImportField | null>;
interface StoredMapping {
  overrides: Overrides;
}

const currencyOf = (ctx: TurnContext) => (ctx.locale === "zh" ? "CNY" : "USD");

async function sheetOr(ctx: TurnContext, path: string, fileName: string): Promise<Sheet | Reply[]> {
  try {
    return await readSheet(path, fileName, importMaxBytes());
  } catch (error) {
    if (error instanceof SheetError) return [{ text: ImportM.sheetProblem(error.problem, error.detail, ctx.locale) }];
    throw error;
  }
}

/** A spreadsheet arrived: nothing is written; the importer sees the mapping, a few rows and the counts, and confirms. */
export async function previewImport(ctx: TurnContext, file: { fileName: string; path: string }): Replies {
  const sheet = await sheetOr(ctx, file.path, file.fileName);
  if (Array.isArray(sheet)) {
    await rm(file.path, { force: true });
    return sheet;
  }
  const job = await ctx.domain.imports.open(ctx.actor, {
    fileName: file.fileName,
    sourcePath: file.path,
    mapping: { overrides: {} } satisfies StoredMapping,
    totalRows: sheet.rows.length,
  });
  return previewCard(ctx, job.id, file.fileName, sheet, {});
}

/** "import map <column> <field>": the open preview with one column mapped otherwise, previewed again. */
export async function remapImport(ctx: TurnContext, column: string, fieldWord: string | null, field: ImportField | null): Replies {
  const job = await ctx.domain.imports.latestOpen(ctx.actor);
  if (!job || job.status !== "previewed") return [{ text: ImportM.nothingOpen[ctx.locale]() }];
  const sheet = await sheetOr(ctx, job.sourcePath, job.fileName);
  if (Array.isArray(sheet)) return sheet;
  const header = sheet.headers.find((h) => h.toLowerCase() === column.toLowerCase());
  if (!header) return [{ text: ImportM.unknownColumn[ctx.locale](column, sheet.headers.join("、")) }];
  if (fieldWord && !field)
    return [
      {
        text: ImportM.unknownField[ctx.locale](
          fieldWord,
          Object.values(FIELD_NAMES)
            .map((n) => n[ctx.locale])
            .join("、"),
        ),
      },
    ];
  const overrides = { ...(JSON.parse(job.mapping) as StoredMapping).overrides, [header]: field };
  await ctx.domain.imports.setMapping(ctx.actor, job.id, { overrides } satisfies StoredMapping, sheet.rows.length);
  return previewCard(ctx, job.id, job.fileName, sheet, overrides);
}

async function previewCard(ctx: TurnContext, jobId: string, fileName: string, sheet: Sheet, overrides: Overrides): Replies {
  const l = ctx.locale;
  const mapping = mapHeaders(sheet.headers, overrides);
  const mappingLines = sheet.headers.map((h, i) =>
    ImportM.mappingLine[l](h, mapping.columns[i] ? FIELD_NAMES[mapping.columns[i]!][l] : ImportM.notImported[l]),
  );
  if (!mapping.columns.includes("company")) return [{ text: [...mappingLines, "", ImportM.noCompanyColumn[l]()].join("\n") }];
  const rows = toImportRows(sheet.rows, mapping, currencyOf(ctx));
  const plans = await ctx.domain.imports.preview(ctx.actor, rows, "update");
  const count = (action: RowPlan["action"]) => plans.filter((p) => p.action === action).length;
  const existing = count("update") + count("skip");
  const samples = rows.slice(0, 3).map((r) =>
    Object.values(r)
      .map((v) => cellShown(v, l))
      .join(" · "),
  );
  const problems = plans.flatMap((p) => (p.action === "invalid" ? [`${p.row}: ${problemText(p.problem, l)}`] : [])).slice(0, 5);
  const card: Card = {
    title: ImportM.previewTitle[l](fileName),
    subtitle: ImportM.counts[l](plans.length, count("new"), existing, count("repeat"), count("invalid")),
    blocks: [
      { type: "text", text: `${ImportM.mappingTitle[l]}\n${mappingLines.join("\n")}` },
      { type: "text", text: `${ImportM.samplesTitle[l]}\n${samples.join("\n")}` },
      ...(problems.length > 0 ? [{ type: "text" as const, text: `${ImportM.problemsTitle[l]}\n${problems.join("\n")}` }] : []),
      { type: "text", text: ImportM.howToMap[l]() },
      {
        type: "actions",
        buttons: [
          { label: ImportM.confirmUpdate[l], actionId: IMPORT_CONFIRM_ACTION, value: `${jobId}:update`, style: "primary" },
          { label: ImportM.confirmSkip[l], actionId: IMPORT_CONFIRM_ACTION, value: `${jobId}:skip` },
          { label: ImportM.cancel[l], actionId: IMPORT_CONFIRM_ACTION, value: `${jobId}:cancel` },
        ],
      },
    ],
  };
  return [{ card }];
}

/** A mapped value as the preview shows it: an amount formatted, tags joined. */
function cellShown(value: unknown, locale: TurnContext["locale"]): string {
  if (Array.isArray(value)) return value.join(", ");
  if (value && typeof value === "object" && "minor" in value && "currency" in value) {
    const amount = value as { minor: number; currency: string };
    return formatDealAmount(BigInt(amount.minor), amount.currency, locale);
  }
  return String(value);
}

/** The importer confirmed: every row in batches, then the summary with the refused rows' report. */
export async function runImport(ctx: TurnContext, jobId: string, onProgress?: (done: number, total: number) => void): Replies {
  let job = await ctx.domain.imports.job(ctx.actor, jobId);
  const sheet = await sheetOr(ctx, job.sourcePath, job.fileName);
  if (Array.isArray(sheet)) return sheet;
  const mapping = mapHeaders(sheet.headers, (JSON.parse(job.mapping) as StoredMapping).overrides);
  const rows = toImportRows(sheet.rows, mapping, currencyOf(ctx));
  for (let from = job.doneRows; from < rows.length; from += IMPORT_BATCH) {
    job = await ctx.domain.imports.commitBatch(ctx.actor, jobId, from, rows.slice(from, from + IMPORT_BATCH));
    onProgress?.(job.doneRows, rows.length);
  }
  job = await ctx.domain.imports.finish(ctx.actor, jobId);
  const summary: Reply = { text: ImportM.done[ctx.locale](job.fileName, job.created, job.updated, job.skipped, job.rejected) };
  if (job.rejected === 0) return [summary];
  return [{ ...summary, attachment: await errorReport(ctx, sheet, JSON.parse(job.errors)) }];
}

/** The refused rows as they were, each with its reason in the importer's language. */
async function errorReport(ctx: TurnContext, sheet: Sheet, errors: { row: number; problem: Parameters<typeof problemText>[0] }[]) {
  const l = ctx.locale;
  const file = await ctx.files.create("import-errors", "xlsx");
  const columns = [{ header: ImportM.reportRow[l], width: 6 }, { header: ImportM.reportReason[l], width: 40 }, ...sheet.headers.map((header) => ({ header }))];
  async function* rows() {
    yield errors.map((e) => [e.row, problemText(e.problem, l), ...(sheet.rows[e.row - 2] ?? [])]);
  }
  await writeSheet(file.path, "xlsx", ImportM.problemsTitle[l], columns, rows());
  return { fileName: file.fileName, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", path: file.path };
}

/** "import undo": the importer's last finished import taken back, unless its records were used since. */
export async function undoImport(ctx: TurnContext): Replies {
  const job = await ctx.domain.imports.latestDone(ctx.actor);
  if (!job) return [{ text: ImportM.nothingToUndo[ctx.locale]() }];
  const { blockedBy } = await ctx.domain.imports.undo(ctx.actor, job.id);
  return [{ text: blockedBy > 0 ? ImportM.undoBlocked[ctx.locale](job.fileName, blockedBy) : ImportM.undone[ctx.locale](job.fileName) }];
}
