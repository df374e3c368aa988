import { splitClauses } from "./split-clauses.js";
import type { ParsedDate } from "./types.js";

/** "暂时不用跟进", "no need to follow up", "no f/u needed": the rep turns the follow-up down. */
const NO_FOLLOW_UP =
  /(?:不用|不需要|无需|没必要|不必|用不着)(?:再)?(?:跟进|跟踪|回访|追)|(?:暂|先|暂时)不(?:用)?(?:跟进|跟踪|回访)|(?:暂时|先)?不用(?:管|处理|做什么)|\b(?:no\s+need\s+to\s+(?:follow[\s-]?up|f\/u|chase|ping)|no\s+(?:follow[\s-]?ups?|f\/u)(?:\s+(?:needed|required|necessary|for\s+now))?(?=\s*(?:$|[.,;!)]))|nothing\s+to\s+follow\s+up|no\s+action\s+(?:needed|required|necessary|items?)(?:\s+(?:from|for|on)\s+(?:me|us|our\s+side))?|nothing\s+(?:for\s+(?:me|us)\s+)?to\s+do|don['’]?t\s+(?:need\s+to\s+)?(?:follow[\s-]?up|chase))\b/iu;
/** "暂时不用跟进，下个月再说", "no need to chase, check back in march": a later step said after all. */
const STEP_AGAIN = /再|之后|以后|\b(?:again|then|check\s+back|circle\s+back|revisit)\b/iu;

/**
 * "他说八月中旬会启动招标。暂时不用跟进": the day told is theirs, and the rep says there is nothing to follow up;
 * a day with a step of its own in another clause still is one.
 */
export function followUpTurnedDown(text: string, followUp: ParsedDate | null): boolean {
  if (!followUp || !NO_FOLLOW_UP.test(text)) return false;
  // (the day may be said twice: "下个月启动招标，暂时不用跟进，下个月再说")
  const clauses = followUp.text ? splitClauses(text).filter((c) => c.text.includes(followUp.text)) : [];
  return !clauses.some((c) => !NO_FOLLOW_UP.test(c.text) && STEP_AGAIN.test(c.text));
}
