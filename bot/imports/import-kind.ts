import { rm } from "node:fs/promises";
import type { Replies, TurnContext } from "../context.js";
import { sheetOr, type StoredMapping } from "./import-batches.js";
import { previewCard, previewImport, previewOf } from "./import-flow.js";
import { ImportM } from "./import-messages.js";
import { looksLikeLeads } from "./lead-header-mapping.js";
import { leadPreviewCard, leadPreviewOf, previewLeadImport, remapLeadImport, type StoredLeadMapping } from "./lead-import-flow.js";
import { LeadImportM } from "./lead-import-messages.js";

export type ImportKind = "customers" | "leads";

/** "import leads" said before the file: what the next file is read as (PendingAction), for half an hour. */
const NEXT_KIND = "import-next-kind";
const NEXT_KIND_MS = 30 * 60_000;

/**
 * A spreadsheet arrived: read as leads when the importer said so (`import leads` before sending it)
 * or when it clearly is a lead sheet (a 来源/渠道/Source/Campaign column, 线索/Lead headers, or a
 * file named so), else as customers. Either preview offers the other reading with a button.
 */
export async function previewSpreadsheet(ctx: TurnContext, file: { fileName: string; path: string }): Replies {
  const asked = await takeNextKind(ctx);
  if (asked === "customers") return previewImport(ctx, file);
  const sheet = await sheetOr(ctx.locale, file.path, file.fileName);
  if (Array.isArray(sheet)) {
    await rm(file.path, { force: true });
    return sheet;
  }
  if (asked === "leads" || looksLikeLeads(sheet.headers, file.fileName)) return previewLeadImport(ctx, file, sheet);
  // Only the header was read: the customer preview reads the file from its start.
  await sheet.rows.return(undefined);
  return previewImport(ctx, file);
}

/**
 * `import leads` / `import customers` (or the preview's button): the open preview read the other
 * way and shown again, its column changes dropped (they named the other kind's fields); with no
 * preview open, the next file sent is read that way.
 */
export async function switchImportKind(ctx: TurnContext, kind: ImportKind, jobId?: string): Replies {
  const l = ctx.locale;
  const job = jobId ? await ctx.domain.imports.job(ctx.actor, jobId) : await ctx.domain.imports.latestOpen(ctx.actor);
  if (!job || job.status !== "previewed") {
    if (jobId) return [{ text: ImportM.nothingOpen[l]() }];
    await ctx.pending.closeOpen(ctx.actor.userId, NEXT_KIND, () => true);
    await ctx.pending.create(ctx.actor.userId, NEXT_KIND, { kind }, NEXT_KIND_MS);
    return [{ text: LeadImportM.nextFileAs[l](kind) }];
  }
  const sheet = await sheetOr(l, job.sourcePath, job.fileName);
  if (Array.isArray(sheet)) return sheet;
  if (kind === "leads") {
    const preview = await leadPreviewOf(ctx, sheet, {});
    if (Array.isArray(preview)) return preview;
    await ctx.domain.leadImports.setKind(ctx.actor, job.id, "leads", { overrides: {} } satisfies StoredLeadMapping, preview.total);
    return leadPreviewCard(ctx, job.id, job.fileName, preview);
  }
  const preview = await previewOf(ctx, sheet, {});
  if (Array.isArray(preview)) return preview;
  await ctx.domain.leadImports.setKind(ctx.actor, job.id, "customers", { overrides: {} } satisfies StoredMapping, preview.total);
  return previewCard(ctx, job.id, job.fileName, preview);
}

/** "import map <column> <field>" on an open lead preview (null: the open preview is not one; the customer path answers). */
export async function remapOpenLeadImport(ctx: TurnContext, column: string, fieldWord: string | null): Promise<Awaited<Replies> | null> {
  const job = await ctx.domain.imports.latestOpen(ctx.actor);
  if (!job || job.status !== "previewed" || job.kind !== "leads") return null;
  const sheet = await sheetOr(ctx.locale, job.sourcePath, job.fileName);
  if (Array.isArray(sheet)) return sheet;
  return remapLeadImport(ctx, job, sheet, column, fieldWord);
}

async function takeNextKind(ctx: TurnContext): Promise<ImportKind | null> {
  const open = await ctx.pending.latestOfKind<{ kind: ImportKind }>(ctx.actor.userId, NEXT_KIND);
  if (!open) return null;
  await ctx.pending.take(ctx.actor.userId, open.id);
  return open.payload.kind === "leads" ? "leads" : "customers";
}
