import { splitClauses } from "./split-clauses.js";
import type { ParsedDate } from "./types.js";
import { addDays, zonedParts, zonedTimeToInstant } from "./zoned-time.js";

/** The customer's own travel or leave: "明天飞深圳", "后天出差", "去北京开会", "下周休假", "out of office till…". */
const AWAY =
  /飞(?!书)|出差|休假|请假|出国|回老家|探亲|去[\p{Script=Han}]{1,4}(?:出差|开会|参会|培训)|\b(?:flies|flying|fly(?:ing)?\s+to|travell?ing|on\s+(?:vacation|leave|holiday|pto)|out\s+of\s+(?:the\s+)?(?:office|town|country)|ooo)\b/iu;
/** …unless the clause is our meeting with them ("明天飞深圳跟我们见面"). */
const WITH_US = /见|约|拜访|跟我|和我|与我|\b(?:meet|see|visit|call)\b/iu;
/** "回来再约", "回来以后再说": what is done once back. */
const AFTER_RETURN_ZH = "回来(?:再|后|以后|之后)";
/** "回来再约", "回来以后再说", "once he's back": the next step waits for the return. */
const AFTER_RETURN = new RegExp(
  String.raw`${AFTER_RETURN_ZH}|\b(?:once|when|after)\s+(?:he|she|they)(?:'s|\s+is|\s+are|'re|\s+gets?|\s+comes?)\s+back\b`,
  "iu",
);
/** ("下周出差 回来再约": the meeting after the return is no meeting on the trip) */
const STEP_AFTER_RETURN_ZH = new RegExp(String.raw`${AFTER_RETURN_ZH}\S*`, "gu");

/** A trip said as a whole week ("下周出差", "next week"), not a day in it ("下周四"). */
const WEEK = /^(?:下下?|这|本|上)?个?(?:周|星期|礼拜)$|\bweek$/iu;
/** "下周四回来再定", "back on Monday": the day said is the day of the return itself. */
const RETURN_DAY_AFTER = /^\s*(?:才|就|会|能)?(?:回来|回|返回|到岗|上班)|^\s*(?:when\s+)?(?:he|she|they)?(?:'s|\s+is|\s+are)?\s*back\b/iu;

function awayClause(text: string, date: ParsedDate): boolean {
  const index = text.indexOf(date.text);
  if (index < 0) return false;
  const clause = splitClauses(text).find((c) => index >= c.index && index < c.index + c.text.length);
  return clause !== undefined && AWAY.test(clause.text) && !WITH_US.test(clause.text.replace(STEP_AFTER_RETURN_ZH, ""));
}

/**
 * "阿里巴巴的王总明天飞深圳，后天下午见": the day the customer travels is no next step of ours; the other day said
 * is (the follow-up was tomorrow). "刘总下周出差，回来再约": the step waits for the return, the day after the trip.
 */
export function followUpBesideTravel(text: string, dates: readonly ParsedDate[], followUp: ParsedDate | null, now: Date, timezone: string): ParsedDate | null {
  if (!followUp || !awayClause(text, followUp)) return followUp;
  const ours = dates.find((d) => d !== followUp && d.at.getTime() > now.getTime() && !awayClause(text, d));
  if (ours) return ours;
  if (AFTER_RETURN.test(text)) {
    // a trip said as a week ("下周出差") lasts it: back the Monday after; else the day after the period or day said
    const at = text.indexOf(followUp.text);
    if (at >= 0 && RETURN_DAY_AFTER.test(text.slice(at + followUp.text.length))) return followUp;
    const back = WEEK.test(followUp.text.trim())
      ? addDays(zonedParts(followUp.at, timezone), 7)
      : addDays(zonedParts(followUp.until ?? followUp.at, timezone), 1);
    return { ...followUp, at: zonedTimeToInstant(back, { hour: 9, minute: 0 }, timezone), hasTime: false };
  }
  return followUp;
}
