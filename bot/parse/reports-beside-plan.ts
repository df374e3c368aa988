import { clauseTense } from "./clause-tense.js";
import { splitClauses } from "./split-clauses.js";

/**
 * "Acme Corp RFQ came in, call them back Wednesday", "Globex countered at 72.5k, call tomorrow": beside the
 * activity planned, another clause tells of something that happened, so the message is worth a note of its
 * own. The plan's own clause does not count ("约了华为明天见面": 约了 arranges, it reports nothing).
 */
const REMINDER_WORDS = /别忘了?|不要忘了?|忘了|记得|提醒我/gu;

export function reportsBesidePlan(text: string, planAt: number): boolean {
  const clauses = splitClauses(text);
  const own = [...clauses].reverse().find((c) => c.index <= planAt);
  // "别忘了", "don't forget": a reminder to oneself, its 了 tells of nothing done
  return clauses.some((c) => c !== own && clauseTense(c.text.replace(REMINDER_WORDS, "")) === "past");
}
