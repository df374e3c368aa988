import { rm } from "node:fs/promises";
import type { Card } from "../../cards/model.js";
import { leadSourceName } from "../../cards/lead.card.js";
import type { LeadRowPlan } from "../../domain/imports/lead-import-row.js";
import type { Replies, TurnContext } from "../context.js";
import type { Reply } from "../types.js";
import { IMPORT_BATCH, inChunks } from "./import-batches.js";
import { IMPORT_CONFIRM_ACTION as IMPORT_CONFIRM } from "./import-flow.js";
import { ImportM, problemText } from "./import-messages.js";
import { LEAD_FIELD_NAMES, LeadImportM } from "./lead-import-messages.js";
import { type LeadImportField, leadFieldOf, mapLeadHeaders } from "./lead-header-mapping.js";
import { SheetError, type SheetStream } from "./read-sheet.js";
import { toLeadImportRows } from "./to-lead-import-rows.js";

/** The column changes a lead job keeps (ImportJob.mapping), by lead field. */
export interface StoredLeadMapping {
  overrides: Record<string, LeadImportField | null>;
}

/** What the lead preview card shows, gathered in one pass over the sheet. */
export interface LeadPreview {
  mappingLines: string[];
  hasName: boolean;
  total: number;
  counts: Record<LeadRowPlan["action"], number>;
  sources: Map<string, number>;
  unknownSources: Set<string>;
  unknownCampaigns: Set<string>;
  samples: Record<string, unknown>[];
  problems: string[];
}

/** A sheet read as leads: nothing is written; the importer sees the mapping, a few rows, the counts, and confirms. */
export async function previewLeadImport(ctx: TurnContext, file: { fileName: string; path: string }, sheet: SheetStream): Replies {
  const preview = await leadPreviewOf(ctx, sheet, {});
  if (Array.isArray(preview)) {
    await rm(file.path, { force: true });
    return preview;
  }
  const job = await ctx.domain.imports.open(ctx.actor, {
    fileName: file.fileName,
    sourcePath: file.path,
    mapping: { overrides: {} } satisfies StoredLeadMapping,
    totalRows: preview.total,
    kind: "leads",
  });
  return leadPreviewCard(ctx, job.id, file.fileName, preview);
}

/** "import map <column> <field>" on a lead preview: that column read as another lead field, previewed again. */
export async function remapLeadImport(
  ctx: TurnContext,
  job: { id: string; fileName: string; mapping: string },
  sheet: SheetStream,
  column: string,
  fieldWord: string | null,
): Replies {
  const l = ctx.locale;
  const header = sheet.headers.find((h) => h.toLowerCase() === column.toLowerCase());
  if (!header) return [{ text: ImportM.unknownColumn[l](column, sheet.headers.join("、")) }];
  const field = fieldWord ? leadFieldOf(fieldWord) : null;
  if (fieldWord && !field)
    return [
      {
        text: ImportM.unknownField[l](
          fieldWord,
          Object.values(LEAD_FIELD_NAMES)
            .map((n) => n[l])
            .join("、"),
        ),
      },
    ];
  const overrides = { ...(JSON.parse(job.mapping) as StoredLeadMapping).overrides, [header]: field };
  const preview = await leadPreviewOf(ctx, sheet, overrides);
  if (Array.isArray(preview)) return preview;
  await ctx.domain.imports.setMapping(ctx.actor, job.id, { overrides } satisfies StoredLeadMapping, preview.total);
  return leadPreviewCard(ctx, job.id, job.fileName, preview);
}

/** The sheet read through, IMPORT_BATCH rows at a time, each chunk planned as the import would; or why it cannot be read. */
export async function leadPreviewOf(ctx: TurnContext, sheet: SheetStream, overrides: StoredLeadMapping["overrides"]): Promise<LeadPreview | Reply[]> {
  const l = ctx.locale;
  const mapping = mapLeadHeaders(sheet.headers, overrides);
  const preview: LeadPreview = {
    mappingLines: sheet.headers.map((h, i) =>
      ImportM.mappingLine[l](h, mapping.columns[i] ? LEAD_FIELD_NAMES[mapping.columns[i]!][l] : ImportM.notImported[l]),
    ),
    hasName: mapping.columns.includes("name"),
    total: 0,
    counts: { new: 0, update: 0, skip: 0, repeat: 0, invalid: 0 },
    sources: new Map(),
    unknownSources: new Set(),
    unknownCampaigns: new Set(),
    samples: [],
    problems: [],
  };
  const matching = preview.hasName ? await ctx.domain.leadImports.previewContext() : null;
  try {
    for await (const chunk of inChunks(sheet.rows, IMPORT_BATCH)) {
      const first = preview.total + 2;
      preview.total += chunk.length;
      if (!matching) continue;
      const rows = toLeadImportRows(chunk, mapping);
      if (preview.samples.length < 3) preview.samples.push(...rows.slice(0, 3 - preview.samples.length));
      for (const p of await ctx.domain.leadImports.preview(ctx.actor, rows, "update", first, matching)) {
        preview.counts[p.action] += 1;
        if (p.action === "invalid") {
          if (preview.problems.length < 5) preview.problems.push(`${p.row}: ${problemText(p.problem, l, LEAD_FIELD_NAMES)}`);
          continue;
        }
        if (p.action !== "new") continue;
        preview.sources.set(p.source, (preview.sources.get(p.source) ?? 0) + 1);
        if (p.unknownSource) preview.unknownSources.add(p.unknownSource);
        if (p.unknownCampaign) preview.unknownCampaigns.add(p.unknownCampaign);
      }
    }
  } catch (error) {
    if (error instanceof SheetError) return [{ text: ImportM.sheetProblem(error.problem, error.detail, l) }];
    throw error;
  }
  if (preview.total === 0) return [{ text: ImportM.sheetProblem("empty", "", l) }];
  return preview;
}

/** The preview card: counts, columns, first rows, sources, where ownerless rows go, problems; Import / skip / as customers / Cancel. */
export async function leadPreviewCard(ctx: TurnContext, jobId: string, fileName: string, preview: LeadPreview): Promise<Reply[]> {
  const l = ctx.locale;
  const { counts } = preview;
  const asCustomers = { label: LeadImportM.asCustomers[l], actionId: IMPORT_CONFIRM, value: `${jobId}:customers` };
  if (!preview.hasName)
    return [
      {
        card: {
          title: LeadImportM.previewTitle[l](fileName),
          blocks: [
            { type: "text", text: [...preview.mappingLines, "", LeadImportM.noNameColumn[l]()].join("\n") },
            { type: "actions", buttons: [asCustomers, { label: ImportM.cancel[l], actionId: IMPORT_CONFIRM, value: `${jobId}:cancel` }] },
          ],
        },
      },
    ];
  // A source read into a kind is shown in the reader's words (展会, not trade-show).
  const samples = preview.samples.map((r) =>
    Object.entries(r)
      .map(([field, value]) => (field === "source" ? leadSourceName(String(value), l) : String(value)))
      .join(" · "),
  );
  const sources = [...preview.sources.entries()].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${leadSourceName(kind, l)} ${n}`);
  const notes = [
    ...(sources.length > 0 ? [LeadImportM.sources[l](sources.join(" · "))] : []),
    ...(preview.unknownSources.size > 0 ? [LeadImportM.unknownSources[l]([...preview.unknownSources].slice(0, 5), preview.unknownSources.size)] : []),
    ...(preview.unknownCampaigns.size > 0 ? [LeadImportM.unknownCampaigns[l]([...preview.unknownCampaigns].slice(0, 5))] : []),
    await ownerLine(ctx),
  ];
  const card: Card = {
    title: LeadImportM.previewTitle[l](fileName),
    subtitle: LeadImportM.counts[l](preview.total, counts.new, counts.update + counts.skip, counts.repeat, counts.invalid),
    blocks: [
      { type: "text", text: `${ImportM.mappingTitle[l]}\n${preview.mappingLines.join("\n")}` },
      { type: "text", text: `${ImportM.samplesTitle[l]}\n${samples.join("\n")}` },
      { type: "text", text: notes.join("\n") },
      ...(counts.update + counts.skip > 0 ? [{ type: "text" as const, text: LeadImportM.existingHow[l]() }] : []),
      ...(preview.problems.length > 0 ? [{ type: "text" as const, text: `${ImportM.problemsTitle[l]}\n${preview.problems.join("\n")}` }] : []),
      { type: "text", text: LeadImportM.howToMap[l]() },
      {
        type: "actions",
        buttons: [
          { label: LeadImportM.confirmUpdate[l], actionId: IMPORT_CONFIRM, value: `${jobId}:update`, style: "primary" },
          { label: LeadImportM.confirmSkip[l], actionId: IMPORT_CONFIRM, value: `${jobId}:skip` },
          asCustomers,
          { label: ImportM.cancel[l], actionId: IMPORT_CONFIRM, value: `${jobId}:cancel` },
        ],
      },
    ],
  };
  return [{ card }];
}

/** Where rows without an owner go, as the lead rules say: the importer's team pool, or (no team) the importer. */
async function ownerLine(ctx: TurnContext): Promise<string> {
  const l = ctx.locale;
  if (!ctx.actor.teamId) return LeadImportM.ownerSelf[l]();
  const team = (await ctx.domain.names.teamName(ctx.actor.teamId)) ?? ctx.actor.teamId;
  return ctx.actor.role === "rep" ? LeadImportM.ownerPoolRep[l](team) : LeadImportM.ownerPool[l](team);
}
