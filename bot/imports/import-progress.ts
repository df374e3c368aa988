import type { Card } from "../../cards/model.js";
import type { Locale, Reply } from "../types.js";
import type { ImportJob } from "./import-batches.js";
import { ImportM } from "./import-messages.js";

import { importCardFor } from "../../domain/imports/import-run-store.js";

const count = (n: number) => n.toLocaleString("en-US");

/** "12,500 / 100,000 rows, 3 rejected": the job as far as its committed batches go. */
export function progressCard(job: ImportJob, locale: Locale): Card {
  const finished = job.status === "done";
  return {
    title: (finished ? ImportM.doneTitle : ImportM.runningTitle)[locale](job.fileName),
    blocks: [
      { type: "text", text: ImportM.rowsDone[locale](count(job.doneRows), count(job.totalRows), job.rejected) },
      ...(finished ? [] : [{ type: "text" as const, text: ImportM.runsInBackground[locale]() }]),
    ],
  };
}

/** The progress card as a reply that remembers where it was posted (see OutboundMessage.cardFor). */
export function progressReply(job: ImportJob, locale: Locale): Reply {
  return { card: progressCard(job, locale), cardFor: importCardFor(job.id) };
}

/**
 * Whether a batch that moved the job from `before` to `after` rows crossed a quarter of it: a chat
 * that cannot edit the card gets a message at 25, 50 and 75 % only, not one per batch.
 */
export function crossedQuarter(before: number, after: number, total: number): boolean {
  if (total <= 0 || after >= total) return false;
  return Math.floor((before * 4) / total) !== Math.floor((after * 4) / total);
}
