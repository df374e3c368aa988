import type { Tx } from "./db.js";

type NumberedTable = "deal" | "ticket" | "contract" | "lead";

/**
 * Next human-facing number for deals/tickets. Runs inside the creating transaction;
 * the unique index on `number` turns a concurrent duplicate into a retryable error.
 */
export async function nextNumber(tx: Tx, table: NumberedTable): Promise<number> {
  if (table === "ticket") return ((await tx.ticket.aggregate({ _max: { number: true } }))._max.number ?? 0) + 1;
  if (table === "lead") return ((await tx.lead.aggregate({ _max: { number: true } }))._max.number ?? 0) + 1;
  if (table === "contract") return ((await tx.contract.aggregate({ _max: { number: true } }))._max.number ?? 0) + 1;
  // A deleted deal may come back with its number: it stays taken while the deal is in the recycle bin.
  const [live, deleted] = await Promise.all([
    tx.deal.aggregate({ _max: { number: true } }),
    tx.deletedRecord.aggregate({ _max: { number: true }, where: { entityType: "deal" } }),
  ]);
  return Math.max(live._max.number ?? 0, deleted._max.number ?? 0) + 1;
}
