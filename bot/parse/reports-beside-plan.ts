import { clauseTense } from "./clause-tense.js";
import { splitClauses } from "./split-clauses.js";

/**
 * "Acme Corp RFQ came in, call them back Wednesday", "Globex countered at 72.5k, call tomorrow": beside the
 * activity planned, another clause tells of something that happened, so the message is worth a note of its
 * own. The plan's own clause does not count ("约了华为明天见面": 约了 arranges, it reports nothing).
 */
export function reportsBesidePlan(text: string, planAt: number): boolean {
  const clauses = splitClauses(text);
  const own = [...clauses].reverse().find((c) => c.index <= planAt);
  return clauses.some((c) => c !== own && clauseTense(c.text) === "past");
}
