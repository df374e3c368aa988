import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { parseSmallInt } from "./chinese-numerals.js";
import { DAY, DAY_SHORT, PART_HOUR, POD, dayFor, to24h } from "./date-rules-zh-clock.js";
import type { RuleContext } from "./rule-context.js";
import { daysInMonth, nearestYear } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";

/**
 * Spans that start at their first end: "下午3到5点" is 15:00 (chrono reads 下午 and
 * 5点 apart), "早上五到六点" 05:00, "今天下午到明天上午" today 14:00, "3月和9月之间" / "三月到五月" the first month, in
 * the year that puts the span's end nearest to today.
 */

const CN = "[零〇一二两三四五六七八九十]{1,3}";
const TO = "\\s*(?:到|至|-|~|～|—)\\s*";
const HOUR_SPAN_RE = new RegExp(
  `(?:${DAY}|${DAY_SHORT})?\\s*${POD}?\\s*(?<![\\d.:：])(?<h1>\\d{1,2}|${CN})\\s*(?:点钟?(?<half>半)?|[:：](?<mm>\\d{2}))?${TO}(?:${POD.replace("pod", "pod2")})?\\s*(?<h2>\\d{1,2}|${CN})\\s*(?:点钟?|[:：]\\d{2})`,
  "gu",
);
/** "今天下午到明天上午": chrono reads the whole span as one day at 09:00 */
const PART = "(?<part>凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜里|半夜|深夜)";
const PART_SPAN_RE = new RegExp(
  `(?:${DAY}|${DAY_SHORT})?\\s*${PART}${TO}(?:${DAY.replace("(?<day>", "(?:")})?\\s*(?:凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜里|半夜|深夜)(?![\\d零〇一二两三四五六七八九十点])`,
  "gu",
);
const MONTH_SPAN_RE = new RegExp(
  `(?<![\\d年])从?(?<a>\\d{1,2}|${CN})\\s*月份?\\s*(?:和|与|跟|到|至|-|~|～)\\s*(?<b>\\d{1,2}|${CN})\\s*月份?(?![\\d零〇一二两三四五六七八九十]|份?[底末初中])(?:之间)?`,
  "gu",
);

export function findSpanDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, HOUR_SPAN_RE)) {
    const g = m.groups ?? {};
    const h1 = parseSmallInt(g.h1 ?? "");
    const h2 = parseSmallInt(g.h2 ?? "");
    if (h1 === null || h2 === null || h1 > 24 || h2 > 24) continue;
    const minute = g.half ? 30 : g.mm ? Number(g.mm) : 0;
    if (minute > 59) continue;
    const index = m.index ?? 0;
    const time = { hour: to24h(h1 % 24, g.pod ?? g.pod2), minute };
    out.push({ index, end: index + m[0].length, date: dayFor(ctx, g), time, partOfDayHour: null, priority: PRIORITY_RULE });
  }
  for (const m of allMatches(ctx.text, PART_SPAN_RE)) {
    const g = m.groups ?? {};
    const index = m.index ?? 0;
    out.push({ index, end: index + m[0].length, date: dayFor(ctx, g), time: null, partOfDayHour: PART_HOUR[g.part ?? ""] ?? null, priority: PRIORITY_RULE });
  }
  for (const m of allMatches(ctx.text, MONTH_SPAN_RE)) {
    // "3月和5月各签一单" lists two months; only "3月和9月之间" spans them
    if (/[和与跟]/u.test(m[0]) && !m[0].endsWith("之间")) continue;
    const a = parseSmallInt(m.groups?.a ?? "");
    const b = parseSmallInt(m.groups?.b ?? "");
    if (a === null || b === null || a < 1 || a > 12 || b < 1 || b > 12) continue;
    const endYear = nearestYear(ctx.today, b, 15);
    const year = a <= b ? endYear : endYear - 1;
    const endDay = { year: endYear, month: b, day: daysInMonth(endYear, b) };
    const index = m.index ?? 0;
    out.push({
      index,
      end: index + m[0].length,
      date: { year, month: a, day: 1 },
      time: null,
      partOfDayHour: null,
      priority: PRIORITY_RULE,
      rangeEnd: { date: endDay, time: null },
    });
  }
  return out;
}
