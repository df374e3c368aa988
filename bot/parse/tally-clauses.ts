import { blankClauses } from "./blank-clauses.js";

/**
 * "华为 周报：本周拜访2次，电话3次", "this week: 5 calls, 2 visits": a count of activities is a
 * report of a period's work when the message sums up (a summary word, or two counts). Its period word is no follow-up (本周 became a visit planned for
 * Friday) and the counted kinds are no single activity held or planned, so such clauses are
 * blanked (same length) before dates and activities are read; the message is logged as a note.
 */
const COUNTED_ZH =
  /(?:拜访|上门|走访|电话|通话|会议|开会|见面|会面|邮件|微信|演示|跟进)(?:了|过)?(?:客户)?(?:共|一共|总共)?\s*[\d一二两三四五六七八九十几]+\s*(?:次|家|个|通|场|位|封|趟)/u;
const COUNTED_EN = /\b\d+\s+(?:(?:cold|sales|discovery|intro)\s+)?(?:calls|visits|site\s+visits|meetings|demos|emails|touchpoints)\b/iu;

/** A summary word, or two counts, make the counts a tally; one count alone is a report ("本月拜访了两次小米"). */
const SUMMARY =
  /周报|日报|月报|汇总|小结|总结|合计|(?:一|总)?共(?=\s*(?:拜访|上门|走访|电话|通话|会议|开会|见面|会面|邮件|演示|跟进))|\b(?:recap|summary|total(?:\s+of)?|in\s+total)\b/iu;
const COUNTS = new RegExp(`${COUNTED_ZH.source}|${COUNTED_EN.source}`, "giu");

export function blankTallyClauses(text: string): string {
  if (!COUNTED_ZH.test(text) && !COUNTED_EN.test(text)) return text;
  if (!SUMMARY.test(text) && (text.match(COUNTS) ?? []).length < 2) return text;
  return blankClauses(text, (clause) => COUNTED_ZH.test(clause) || COUNTED_EN.test(clause));
}
