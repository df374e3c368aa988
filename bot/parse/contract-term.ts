/**
 * "$3k/month for 24 months", "license for 12 months", "subscription for 18 mos": how long a contract runs is no
 * date (it set a follow-up two years out). "signed for 3 years" is already a length (LASTED_FOR in parse-dates.ts);
 * months are not, because "out for 2 weeks" or "trial for 3 months" does say when to come back.
 */
const FOR_MONTHS =
  /^for\s+(?:\d{1,3}|one|two|three|four|five|six|nine|twelve|eighteen|twenty[\s-]four|thirty[\s-]six|a\s+couple\s+of|a\s+few|several)\s*(?:months?|mos?)\b/iu;

/** A price per period, a contract or a term in the clause before the length. */
const TERM_BEFORE =
  /(?:\/\s*(?:mo|month|mth|yr|year)\b|\bper\s+(?:month|year|seat|user)\b|\bmonthly\b|\ba\s+month\b|\bcontract\b|\bterm\b|\bsubscri\w*|\blicen[cs]\w*|\blease\b|\bcommit\w*|\bagreement\b|\brenew\w*|\bsign\w*|\bquot\w*|\bpric\w*|\bretainer\b|\bsupport\b|\bmaintenance\b|[$€£¥]\s*\d)[^.!?;]*$/iu;

/** The trial, the pilot, an absence, a delay ("renewal pushed back for 2 months"): its end is when to come back. */
const COME_BACK_BEFORE =
  /\b(?:trial|pilot|poc|proof\s+of\s+concept|out|away|off|leave|vacation|holiday|travel\w*|paus\w*|hold|push\w*|postpon\w*|delay\w*|defer\w*|slip\w*|mov(?:ed|ing)\s+(?:out|back)|froze|frozen|freez\w*|back)\b[^.!?;,]*$/iu;

export function isContractTerm(text: string, c: { index: number; end: number }): boolean {
  if (!FOR_MONTHS.test(text.slice(c.index, c.end).trim())) return false;
  const before = text.slice(Math.max(0, c.index - 60), c.index);
  return TERM_BEFORE.test(before) && !COME_BACK_BEFORE.test(before);
}
