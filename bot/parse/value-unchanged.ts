/*
 * "集团预算总盘子定了5000万，我们这块还是按原来的200万走，没变", "赵总说预算不变，还是200万", "pricing stays the same at 80k": the
 * message says the deal's value did not change, so no figure in it is a new value (probe 52 asked to set ¥50,000,000).
 * A value set outright beside it ("数量不变，总价改成180万") still is one.
 */
/** Words after which the figure that stays is said ("还是按原来的200万", "stays at 80k"). */
const STAYS_AT = /还是按原来的?|还是原来的|\b(?:stays?|remains?)\s+at\b/iu;
/** Words said after the figure that stays ("200万不变"), or beside it ("pricing is unchanged: 80k"). */
const UNCHANGED =
  /没变|没有变|不变|维持不变|保持不变|照旧|\bunchanged\b|\b(?:stays?|remains?)\s+the\s+same\b|\bno\s+change\s+(?:to|in|on)\s+(?:the\s+)?(?:deal|price|pricing|amount|value|budget)\b|\bsame\s+(?:price|amount|value)\s+as\s+before\b/iu;
const SET_OUTRIGHT =
  /改成|改为|调到|调整为|调整到|变成|涨到|降到|加到|减到|定为|上调|下调|上浮|下浮|\b(?:changed?|moved?|bumped|raised|lowered|cut|dropped|increased|decreased|went\s+up|went\s+down)\s+(?:it\s+)?(?:to|by)\b/iu;

/**
 * Where the message says the value did not change, the text around those words, for the figure that stays ("我们这单200万不变":
 * ¥2,000,000, which opens a deal of that size if none is open); null when it says nothing of the kind.
 */
export function unchangedValueWindow(text: string): { before: string; after: string } | null {
  if (SET_OUTRIGHT.test(text)) return null;
  const lead = STAYS_AT.exec(text);
  if (lead) return { before: "", after: text.slice(lead.index + lead[0].length, lead.index + lead[0].length + 16) };
  const m = UNCHANGED.exec(text);
  if (!m) return null;
  return { before: text.slice(Math.max(0, m.index - 16), m.index), after: text.slice(m.index + m[0].length, m.index + m[0].length + 16) };
}
