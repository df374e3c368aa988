import type { Tx } from "./db.js";

type NumberedTable = "deal" | "ticket";

/**
 * Next human-facing number for deals/tickets. Runs inside the creating transaction;
 * the unique index on `number` turns a concurrent duplicate into a retryable error.
 */
export async function nextNumber(tx: Tx, table: NumberedTable): Promise<number> {
  const result = table === "deal" ? await tx.deal.aggregate({ _max: { number: true } }) : await tx.ticket.aggregate({ _max: { number: true } });
  return (result._max.number ?? 0) + 1;
}
