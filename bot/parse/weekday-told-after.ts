import { clauseBounds } from "./clause-bounds.js";
import { opensWithOrder, plannedBefore, reportsDone } from "./clause-tense.js";
import type { LocalDateTime } from "./zoned-time.js";

/** What the customer said in it, opening the next clause: "他说还在比价", "客户反馈不错", "they said it's fine". */
const TOLD_OPENING =
  /^\s*(?:(?:然后|后来|结果|当时)\s*)?(?:(?:他|她|他们|对方|客户|老板|[\p{Script=Han}]{1,2}(?:总|经理|工|老师))\s*)?(?:说|反馈|表示|提到|透露|觉得|认为|确认|答应)|^\s*(?:and\s+)?(?:they|he|she)\s+(?:said|says|confirmed|agreed|liked|loved|wants?|wanted|needs?|asked|told|mentioned|seemed|were|was)\b/iu;
/** "周四晚上收到京东的邮件", "京东周二来电话投诉": what was received is in the past, unless something waits for it. */
const RECEIVED_ZH = /(?<![会要将能等该])(?:收到|接到|来电话|来电|打来电话|打电话来|打电话过来)/u;

/**
 * "比亚迪周四来我们公司参观，顺便做了个产品演示", "周三跟小米的陈总电话，他说还在比价", "coffee with Northwind on
 * Tues, went ok": a bare weekday already gone this week (today included), in a clause that plans nothing, told
 * with what came of it in the next clause (or received in its own), is the day it happened — the coming one is
 * named 下周四 / "next Thursday" when meant. Early in a week, the Friday to Sunday just gone count as gone too.
 */
export function toldAfterGoneWeekday(text: string, index: number, end: number, weekday: number, today: LocalDateTime): boolean {
  const mondayIndex = (d: number) => (d + 6) % 7;
  // …or the Friday to Sunday just gone, said early in the week ("华为那边周六打电话来，说预算砍了" on Monday)
  const back = (today.weekday - weekday + 7) % 7;
  const lastWeekend = mondayIndex(weekday) >= 4 && back >= 1 && back <= 3;
  if (mondayIndex(weekday) > mondayIndex(today.weekday) && !lastWeekend) return false;
  const { start, stop } = clauseBounds(text, index, end);
  const own = text.slice(start, stop);
  const blanked = own.slice(0, index - start) + " ".repeat(end - index) + own.slice(end - start);
  if (plannedBefore(blanked) || opensWithOrder(blanked)) return false;
  if (RECEIVED_ZH.test(blanked)) return true;
  // "Globex call Thursday: they confirmed 80k is fine": told after a colon or dash in the same clause
  const toldInClause = /^\s*[:：\-–—]\s*/u.exec(text.slice(end, stop));
  if (toldInClause && TOLD_OPENING.test(text.slice(end + toldInClause[0].length, stop))) return true;
  const nextStop = clauseBounds(text, stop + 1, stop + 1).stop;
  const next = text.slice(stop + 1, nextStop);
  if (next.trim() === "" || plannedBefore(next)) return false;
  return reportsDone(next) || TOLD_OPENING.test(next);
}
