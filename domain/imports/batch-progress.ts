import type { ImportProblem } from "./import-row.js";

export interface BatchCounts {
  created: number;
  updated: number;
  skipped: number;
  rejected: number;
}

// The report keeps the first refused rows; a sheet refused whole would otherwise make the job row huge.
const MAX_KEPT_ERRORS = 10_000;

/** The job row's update in the transaction that commits a batch: how far it is, what the batch did, the refused rows so far. */
export function batchProgress(doneRows: number, counts: BatchCounts, errors: { row: number; problem: ImportProblem }[]) {
  return {
    status: "running",
    doneRows,
    created: { increment: counts.created },
    updated: { increment: counts.updated },
    skipped: { increment: counts.skipped },
    rejected: { increment: counts.rejected },
    errors: JSON.stringify(errors.slice(0, MAX_KEPT_ERRORS)),
  } as const;
}
