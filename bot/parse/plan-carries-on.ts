import type { Tense } from "./clause-tense.js";
import { OUTCOME } from "./told-outcome.js";

/** A day of its own ("今天演示很成功", "today: demo"): the clause says when it happened itself. */
const OWN_DAY = /今天|今早|今日|今儿|刚|\b(?:today|this\s+(?:morning|am|afternoon))\b/iu;

/** "明天约了腾讯", "booked Globex for Tuesday": what was arranged is still ahead. */
const ARRANGED = /约了|约好|约在|预约|安排了|定了|敲定|说好|\b(?:scheduled|booked|set\s+up|arranged|lined\s+up)\b/iu;

/**
 * "明天拜访华为，演示新产品", "meeting Globex tomorrow, demo the new module": a clause with neither past
 * nor future markers after one that plans goes on with the plan, unless it tells what came of
 * something or names its own day. Called clause by clause with what the clause before returned.
 */
export function carriesPlan(previousCarries: boolean, tense: Tense, clause: string): boolean {
  if (tense === "ahead" || (tense === "past" && ARRANGED.test(clause))) return true;
  return tense === "none" && previousCarries && !OUTCOME.test(clause) && !OWN_DAY.test(clause);
}
