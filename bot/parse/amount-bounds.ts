/**
 * Two amounts joined into a range ("between $5 and $8", "from 10 to 20 euros",
 * "五块到八块", "20-30万") and one-sided limits ("under $50", "最多200块", "10万以内").
 */

// "-", "to", "到", "至"; "and" only after "between" (else "$5 and 10 more" would be a range)
const RANGE_GAP = /^\s*(?:[-–—~～]|到|至|to)\s*$/iu;
const AND_GAP = /^\s+and\s+$/iu;
const BETWEEN_BEFORE = /\bbetween\s+$/iu;

/** True when `gap` (the text between two amounts) makes them the ends of one range. */
export function isRangeGap(gap: string, beforeLow: string): boolean {
  if (COUNTED_BEFORE.test(beforeLow)) return false;
  return RANGE_GAP.test(gap) || (AND_GAP.test(gap) && BETWEEN_BEFORE.test(beforeLow));
}

/** "signed off on phase 1 - 50k", "第2期-30万": the number before the dash counts a phase or a step, it starts no range. */
const COUNTED_BEFORE = /(?:\b(?:phase|stage|step|part|round|tier|option|version|ver|v|no\.?|#|item|lot|batch|year|yr|module)\s*|第|期)$/iu;

// only the big units: in "五到十万" the 十 is the upper end's own count
const UNIT_TAIL = /[千万亿兆仟萬億]+$/u;

/**
 * "20-30万", "五到十万": a lower end written without the Chinese unit borrows the
 * upper end's (20万-30万). An end with a unit of its own keeps it ("一百到一百五十万" is odd but literal).
 */
export function borrowUnitTail(low: string, high: string): string {
  if (/[十百千万亿兆拾佰仟萬億]/u.test(low)) return low;
  return `${low}${UNIT_TAIL.exec(high)?.[0] ?? ""}`;
}

/** The amount is the most the client will pay: it is also the upper bound. */
const CAP_BEFORE =
  /(?:(?<!\b(?:no|not)\s+)\b(?:under|below|less\s+than|lower\s+than)|\b(?:no|not)\s+(?:more|higher)\s+than|\b(?:at\s+most|up\s+to|max(?:imum)?\.?:?|capped\s+at)|最多|至多|顶多|不超过|不高于|不到|(?<!不)(?:低于|少于|小于)|上限)\s*$/iu;
const CAP_AFTER = /^\s*(?:以下|以内|之内|封顶|或以下|或更少|or\s+less|or\s+under|max\b|tops\b|at\s+most)/iu;

export function isUpperLimit(before: string, after: string): boolean {
  return CAP_BEFORE.test(before) || CAP_AFTER.test(after);
}
