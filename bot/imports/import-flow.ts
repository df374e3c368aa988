import { rm } from "node:fs/promises";
import { formatDealAmount } from "../../cards/format.js";
import type { Card } from "../../cards/model.js";
import type { RowPlan } from "../../domain/imports/import-row.js";
import type { Replies, TurnContext } from "../context.js";
import type { Reply } from "../types.js";
import { FIELD_NAMES, ImportM, problemText } from "./import-messages.js";
import { type ImportField, mapHeaders } from "./header-mapping.js";
import { localeCurrency } from "../i18n/locale-currency.js";
import { IMPORT_BATCH, inChunks, sheetOr, type StoredMapping } from "./import-batches.js";
import { SheetError, type SheetStream } from "./read-sheet.js";
import { toImportRows } from "./to-import-rows.js";
import { LeadImportM } from "./lead-import-messages.js";

export const IMPORT_CONFIRM_ACTION = "import.confirm";

type Overrides = StoredMapping["overrides"];

/** A spreadsheet arrived: nothing is written; the importer sees the mapping, a few rows and the counts, and confirms. */
export async function previewImport(ctx: TurnContext, file: { fileName: string; path: string }): Replies {
  const sheet = await sheetOr(ctx.locale, file.path, file.fileName);
  const preview = Array.isArray(sheet) ? sheet : await previewOf(ctx, sheet, {});
  if (Array.isArray(preview)) {
    await rm(file.path, { force: true });
    return preview;
  }
  const job = await ctx.domain.imports.open(ctx.actor, {
    fileName: file.fileName,
    sourcePath: file.path,
    mapping: { overrides: {} } satisfies StoredMapping,
    totalRows: preview.total,
  });
  return previewCard(ctx, job.id, file.fileName, preview);
}

/** "import map <column> <field>": the open preview with one column mapped otherwise, previewed again. */
export async function remapImport(ctx: TurnContext, column: string, fieldWord: string | null, field: ImportField | null): Replies {
  const job = await ctx.domain.imports.latestOpen(ctx.actor);
  if (!job || job.status !== "previewed") return [{ text: ImportM.nothingOpen[ctx.locale]() }];
  const sheet = await sheetOr(ctx.locale, job.sourcePath, job.fileName);
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
  const preview = await previewOf(ctx, sheet, overrides);
  if (Array.isArray(preview)) return preview;
  await ctx.domain.imports.setMapping(ctx.actor, job.id, { overrides } satisfies StoredMapping, preview.total);
  return previewCard(ctx, job.id, job.fileName, preview);
}

/** What the preview card shows, gathered in one pass over the sheet (never all its rows in memory). */
export interface Preview {
  mappingLines: string[];
  hasCompany: boolean;
  total: number;
  counts: Record<RowPlan["action"], number>;
  samples: Record<string, unknown>[];
  problems: string[];
}

/** The sheet read through, IMPORT_BATCH rows at a time, each chunk planned as the import would; or why it cannot be read. */
export async function previewOf(ctx: TurnContext, sheet: SheetStream, overrides: Overrides): Promise<Preview | Reply[]> {
  const l = ctx.locale;
  const mapping = mapHeaders(sheet.headers, overrides);
  const preview: Preview = {
    mappingLines: sheet.headers.map((h, i) => ImportM.mappingLine[l](h, mapping.columns[i] ? FIELD_NAMES[mapping.columns[i]!][l] : ImportM.notImported[l])),
    hasCompany: mapping.columns.includes("company"),
    total: 0,
    counts: { new: 0, update: 0, skip: 0, repeat: 0, invalid: 0 },
    samples: [],
    problems: [],
  };
  const matching = preview.hasCompany ? await ctx.domain.imports.previewContext() : null;
  const plan = async (chunk: string[][]) => {
    const first = preview.total + 2;
    preview.total += chunk.length;
    if (!matching) return;
    const rows = toImportRows(chunk, mapping, localeCurrency(l));
    if (preview.samples.length < 3) preview.samples.push(...rows.slice(0, 3 - preview.samples.length));
    for (const p of await ctx.domain.imports.preview(ctx.actor, rows, "update", first, matching)) {
      preview.counts[p.action] += 1;
      if (p.action === "invalid" && preview.problems.length < 5) preview.problems.push(`${p.row}: ${problemText(p.problem, l)}`);
    }
  };
  try {
    for await (const chunk of inChunks(sheet.rows, IMPORT_BATCH)) await plan(chunk);
  } catch (error) {
    if (error instanceof SheetError) return [{ text: ImportM.sheetProblem(error.problem, error.detail, l) }];
    throw error;
  }
  if (preview.total === 0) return [{ text: ImportM.sheetProblem("empty", "", l) }];
  return preview;
}

export function previewCard(ctx: TurnContext, jobId: string, fileName: string, preview: Preview): Reply[] {
  const l = ctx.locale;
  const { mappingLines, counts } = preview;
  // No company column: perhaps a list of people, i.e. leads; the card offers to read it so.
  if (!preview.hasCompany)
    return [
      {
        card: {
          title: ImportM.previewTitle[l](fileName),
          blocks: [
            { type: "text", text: [...mappingLines, "", ImportM.noCompanyColumn[l]()].join("\n") },
            {
              type: "actions",
              buttons: [
                { label: LeadImportM.asLeads[l], actionId: IMPORT_CONFIRM_ACTION, value: `${jobId}:leads` },
                { label: ImportM.cancel[l], actionId: IMPORT_CONFIRM_ACTION, value: `${jobId}:cancel` },
              ],
            },
          ],
        },
      },
    ];
  const samples = preview.samples.map((r) =>
    Object.values(r)
      .map((v) => cellShown(v, l))
      .join(" · "),
  );
  const problems = preview.problems;
  const card: Card = {
    title: ImportM.previewTitle[l](fileName),
    subtitle: ImportM.counts[l](preview.total, counts.new, counts.update + counts.skip, counts.repeat, counts.invalid),
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
          { label: LeadImportM.asLeads[l], actionId: IMPORT_CONFIRM_ACTION, value: `${jobId}:leads` },
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

/** "import undo": the importer's last finished import taken back, unless its records were used since. */
export async function undoImport(ctx: TurnContext): Replies {
  const job = await ctx.domain.imports.latestDone(ctx.actor);
  if (!job) return [{ text: ImportM.nothingToUndo[ctx.locale]() }];
  if (job.kind === "leads") {
    const { blockedBy } = await ctx.domain.leadImports.undo(ctx.actor, job.id);
    return [{ text: blockedBy > 0 ? LeadImportM.undoBlocked[ctx.locale](job.fileName, blockedBy) : LeadImportM.undone[ctx.locale](job.fileName) }];
  }
  const { blockedBy } = await ctx.domain.imports.undo(ctx.actor, job.id);
  return [{ text: blockedBy > 0 ? ImportM.undoBlocked[ctx.locale](job.fileName, blockedBy) : ImportM.undone[ctx.locale](job.fileName) }];
}
