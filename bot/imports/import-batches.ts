import type { Domain } from "../../domain/index.js";
import { localeCurrency } from "../i18n/locale-currency.js";
import type { ImportLease } from "../../domain/imports/import-job-lease.js";
import type { FinishReport } from "../../domain/imports/import.service.js";
import type { Actor } from "../../domain/shared/actor.js";
import type { FileStore } from "../documents/file-store.js";
import { type Cell, writeSheet } from "../exports/sheet-writer.js";
import type { Locale, Reply } from "../types.js";
import { type ImportField, mapHeaders } from "./header-mapping.js";
import { ImportM, problemText } from "./import-messages.js";
import { importMaxBytes } from "./import-limit.js";
import { SheetError, type SheetStream, streamSheet } from "./read-sheet.js";
import { toImportRows } from "./to-import-rows.js";
import { mapLeadHeaders } from "./lead-header-mapping.js";
import { LEAD_FIELD_NAMES, LeadImportM } from "./lead-import-messages.js";
import type { StoredLeadMapping } from "./lead-import-flow.js";
import { toLeadImportRows } from "./to-lead-import-rows.js";

/** Rows per transaction: a crash loses at most this much work, which the resume redoes. */
export const IMPORT_BATCH = 500;

export type ImportJob = Awaited<ReturnType<Domain["imports"]["job"]>>;

/** Who an import runs for and what it needs, in a chat turn or in the background runner. */
export interface ImportScope {
  domain: Domain;
  files: FileStore;
  actor: Actor;
  locale: Locale;
}

/** The column mapping a job keeps (ImportJob.mapping): the importer's changes to the guessed one. */
export interface StoredMapping {
  overrides: Record<string, ImportField | null>;
}

/** The job's file opened again (read as it goes), or the reply saying why it cannot be. */
export async function sheetOr(locale: Locale, path: string, fileName: string): Promise<SheetStream | Reply[]> {
  try {
    return await streamSheet(path, fileName, importMaxBytes());
  } catch (error) {
    if (error instanceof SheetError) return [{ text: ImportM.sheetProblem(error.problem, error.detail, locale) }];
    throw error;
  }
}

/** Rows gathered `size` at a time (the last chunk may be shorter). */
export async function* inChunks<T>(rows: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const row of rows) {
    chunk.push(row);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * The rows of the job not yet in, batch by batch, from its `doneRows` (each batch one transaction
 * that also moves doneRows, so a stop loses at most the batch in hand and no row goes in twice);
 * then the job finished, and the summary with the refused rows' report. Shared by the background
 * runner and the command line.
 */
export async function importRemaining(
  scope: ImportScope,
  jobId: string,
  options: {
    lease?: ImportLease;
    onBatch?: (job: ImportJob) => Promise<void> | void;
    /** Asked between batches: true stops the run there (the job stays running, for a resume). */
    stop?: () => boolean;
    /** What to tell the chat, queued in the transaction that marks the job done (a crash cannot lose it). */
    report?: (job: ImportJob, replies: Reply[]) => FinishReport;
  } = {},
): Promise<Reply[] | null> {
  const { domain, actor, locale } = scope;
  let job = await domain.imports.job(actor, jobId);
  const sheet = await sheetOr(locale, job.sourcePath, job.fileName);
  if (Array.isArray(sheet)) {
    // The file is gone or unreadable: no runner could ever finish the job, so it ends here.
    await domain.imports.fail(actor, jobId, options.lease);
    return sheet;
  }
  const leads = job.kind === "leads";
  const overrides = (JSON.parse(job.mapping) as StoredMapping).overrides;
  // A lead job's overrides name lead fields (StoredLeadMapping).
  const mapping = leads ? null : mapHeaders(sheet.headers, overrides);
  const leadMapping = leads ? mapLeadHeaders(sheet.headers, overrides as unknown as StoredLeadMapping["overrides"]) : null;
  // The file is read from its start on each run; rows before doneRows are passed over unparsed
  // by the import (the order of a file's rows does not change, so row n is the same row).
  let seen = 0;
  for await (const chunk of inChunks(sheet.rows, IMPORT_BATCH)) {
    const from = seen;
    seen += chunk.length;
    if (seen <= job.doneRows) continue;
    if (options.stop?.()) return null;
    const fresh = chunk.slice(job.doneRows - from > 0 ? job.doneRows - from : 0);
    job = leadMapping
      ? await domain.leadImports.commitBatch(actor, jobId, Math.max(from, job.doneRows), toLeadImportRows(fresh, leadMapping), options.lease)
      : await domain.imports.commitBatch(actor, jobId, Math.max(from, job.doneRows), toImportRows(fresh, mapping!, localeCurrency(locale)), options.lease);
    await options.onBatch?.(job);
  }
  // The counts are final once the last batch is in: the result is made before the job is marked done.
  const summary: Reply = { text: (leads ? LeadImportM.done : ImportM.done)[locale](job.fileName, job.created, job.updated, job.skipped, job.rejected) };
  const replies = job.rejected === 0 ? [summary] : [{ ...summary, attachment: await errorReport(scope, job, JSON.parse(job.errors)) }];
  await domain.imports.finish(actor, jobId, options.report ? (done) => options.report!(done, replies) : undefined);
  domain.leadImports.forget(jobId);
  return replies;
}

/** The refused rows as they were (read from the file again), each with its reason in the importer's language. */
async function errorReport(scope: ImportScope, job: ImportJob, errors: { row: number; problem: Parameters<typeof problemText>[0] }[]) {
  const l = scope.locale;
  const sheet = await streamSheet(job.sourcePath, job.fileName, Number.POSITIVE_INFINITY);
  const wanted = new Map(errors.map((e) => [e.row, e]));
  const file = await scope.files.create("import-errors", "xlsx");
  const columns = [{ header: ImportM.reportRow[l], width: 6 }, { header: ImportM.reportReason[l], width: 40 }, ...sheet.headers.map((header) => ({ header }))];
  async function* rows() {
    let row = 1;
    let lines: Cell[][] = [];
    for await (const cells of sheet.rows) {
      row += 1;
      const error = wanted.get(row);
      if (!error) continue;
      lines.push([row, problemText(error.problem, l, job.kind === "leads" ? LEAD_FIELD_NAMES : undefined), ...cells]);
      if (lines.length === IMPORT_BATCH) {
        yield lines;
        lines = [];
      }
    }
    if (lines.length > 0) yield lines;
  }
  await writeSheet(file.path, "xlsx", ImportM.problemsTitle[l], columns, rows());
  return { fileName: file.fileName, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", path: file.path };
}
