import { rm } from "node:fs/promises";
import { formatDealAmount } from "../../cards/format.js";
import type { Card } from "../../cards/model.js";
import type { RowPlan } from "../../domain/imports/import-row.js";
import type { Replies, TurnContext } from "../context.js";
import type { Reply } from "../types.js";
import { FIELD_NAMES, ImportM, problemText } from "./import-messages.js";
import { type ImportField, mapHeaders } from "./header-mapping.js";
import { currencyOf, sheetOr, type StoredMapping } from "./import-batches.js";
import type { Sheet } from "./read-sheet.js";
import { toImportRows } from "./to-import-rows.js";

export const IMPORT_CONFIRM_ACTION = "import.confirm";

type Overrides = StoredMapping["overrides"];

/** A spreadsheet arrived: nothing is written; the importer sees the mapping, a few rows and the counts, and confirms. */
export async function previewImport(ctx: TurnContext, file: { fileName: string; path: string }): Replies {
  const sheet = await sheetOr(ctx.locale, file.path, file.fileName);
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
  const rows = toImportRows(sheet.rows, mapping, currencyOf(ctx.locale));
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

/** "import undo": the importer's last finished import taken back, unless its records were used since. */
export async function undoImport(ctx: TurnContext): Replies {
  const job = await ctx.domain.imports.latestDone(ctx.actor);
  if (!job) return [{ text: ImportM.nothingToUndo[ctx.locale]() }];
  const { blockedBy } = await ctx.domain.imports.undo(ctx.actor, job.id);
  return [{ text: blockedBy > 0 ? ImportM.undoBlocked[ctx.locale](job.fileName, blockedBy) : ImportM.undone[ctx.locale](job.fileName) }];
}
