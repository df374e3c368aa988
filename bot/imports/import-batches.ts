import type { Domain } from "../../domain/index.js";
import type { ImportLease } from "../../domain/imports/import-job-lease.js";
import type { Actor } from "../../domain/shared/actor.js";
import type { Tx } from "../../domain/shared/db.js";
import type { FileStore } from "../documents/file-store.js";
import { writeSheet } from "../exports/sheet-writer.js";
import type { Locale, Reply } from "../types.js";
import { type ImportField, mapHeaders } from "./header-mapping.js";
import { ImportM, problemText } from "./import-messages.js";
import { importMaxBytes } from "./import-limit.js";
import { readSheet, type Sheet, SheetError } from "./read-sheet.js";
import { toImportRows } from "./to-import-rows.js";

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

/** Amounts without a currency are read in the importer's (Chinese speakers mostly sell in CNY). */
export const currencyOf = (locale: Locale) => (locale === "zh" ? "CNY" : "USD");

/** The job's file read again, or the reply saying why it cannot be. */
export async function sheetOr(locale: Locale, path: string, fileName: string): Promise<Sheet | Reply[]> {
  try {
    return await readSheet(path, fileName, importMaxBytes());
  } catch (error) {
    if (error instanceof SheetError) return [{ text: ImportM.sheetProblem(error.problem, error.detail, locale) }];
    throw error;
  }
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
    /** Written in the transaction that marks the job done (the result's outbox rows: a crash cannot lose them). */
    onFinish?: (tx: Tx, job: ImportJob, replies: Reply[]) => Promise<void>;
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
  const mapping = mapHeaders(sheet.headers, (JSON.parse(job.mapping) as StoredMapping).overrides);
  const rows = toImportRows(sheet.rows, mapping, currencyOf(locale));
  for (let from = job.doneRows; from < rows.length; from += IMPORT_BATCH) {
    if (options.stop?.()) return null;
    job = await domain.imports.commitBatch(actor, jobId, from, rows.slice(from, from + IMPORT_BATCH), options.lease);
    await options.onBatch?.(job);
  }
  // The counts are final once the last batch is in: the result is made before the job is marked done.
  const summary: Reply = { text: ImportM.done[locale](job.fileName, job.created, job.updated, job.skipped, job.rejected) };
  const replies = job.rejected === 0 ? [summary] : [{ ...summary, attachment: await errorReport(scope, sheet, JSON.parse(job.errors)) }];
  await domain.imports.finish(actor, jobId, options.onFinish ? (tx, done) => options.onFinish!(tx, done, replies) : undefined);
  return replies;
}

/** The refused rows as they were, each with its reason in the importer's language. */
async function errorReport(scope: ImportScope, sheet: Sheet, errors: { row: number; problem: Parameters<typeof problemText>[0] }[]) {
  const l = scope.locale;
  const file = await scope.files.create("import-errors", "xlsx");
  const columns = [{ header: ImportM.reportRow[l], width: 6 }, { header: ImportM.reportReason[l], width: 40 }, ...sheet.headers.map((header) => ({ header }))];
  async function* rows() {
    yield errors.map((e) => [e.row, problemText(e.problem, l), ...(sheet.rows[e.row - 2] ?? [])]);
  }
  await writeSheet(file.path, "xlsx", ImportM.problemsTitle[l], columns, rows());
  return { fileName: file.fileName, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", path: file.path };
}
