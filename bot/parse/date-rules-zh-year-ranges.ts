import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { parseSmallInt } from "./chinese-numerals.js";
import type { RuleContext } from "./rule-context.js";
import { allMatches } from "./all-matches.js";

/**
 * Spans of years, each read as its first year's 1 January: "2019-2021年",
 * "2010 年至 2018 年", decades ("九十年代" the 1990s, "二十年代" the 2020s,
 * "十九世纪七十年代" the 1870s) and centuries ("21世纪").
 */

const YEAR_SPAN_RE = /(?<![\d])(?<from>(?:19|20)\d{2})\s*年?\s*(?:[-–—~～]|至|到|和|与|跟)\s*(?<to>(?:19|20)\d{2})\s*年(?:之间)?/gu;
const DECADE_RE = /(?:(?<century>\d{2}|[一二]?十[一二三四五六七八九]?)世纪)?(?<decade>[一二三四五六七八九]十|[1-9]0|[零〇]0?|00)年代(?<edge>初|末)?/gu;
const CENTURY_RE = /(?<century>\d{2}|[一二]?十[一二三四五六七八九]?)世纪(?!\d|[一二三四五六七八九十零〇]+年代)(?<edge>初|末)?/gu;

function firstDay(index: number, raw: string, year: number): DateCandidate {
  return { index, end: index + raw.length, date: { year, month: 1, day: 1 }, time: null, partOfDayHour: null, priority: PRIORITY_RULE };
}

function decadeNumber(raw: string): number | null {
  if (/^[零〇]/u.test(raw) || raw === "00") return 0;
  const n = parseSmallInt(raw);
  return n !== null && n % 10 === 0 && n < 100 ? n : null;
}

export function findYearSpanDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, YEAR_SPAN_RE)) {
    // "2015年和2018年的销售额" lists two years; only "…之间" spans them
    if (/[和与跟]/u.test(m[0]) && !m[0].endsWith("之间")) continue;
    const from = Number(m.groups?.from);
    if (from <= Number(m.groups?.to)) out.push(firstDay(m.index ?? 0, m[0], from));
  }
  for (const m of allMatches(ctx.text, DECADE_RE)) {
    const g = m.groups ?? {};
    const decade = decadeNumber(g.decade ?? "");
    if (decade === null) continue;
    let year: number;
    if (g.century !== undefined) {
      const century = parseSmallInt(g.century);
      if (century === null || century < 1) continue;
      year = (century - 1) * 100 + decade;
    } else {
      // a decade without its century is the latest one that has begun: 九十年代 is the 1990s
      year = 2000 + decade <= ctx.today.year ? 2000 + decade : 1900 + decade;
    }
    out.push(firstDay(m.index ?? 0, m[0], year + (g.edge === "末" ? 7 : 0)));
  }
  for (const m of allMatches(ctx.text, CENTURY_RE)) {
    const century = parseSmallInt(m.groups?.century ?? "");
    if (century === null || century < 1) continue;
    out.push(firstDay(m.index ?? 0, m[0], (century - 1) * 100 + (m.groups?.edge === "末" ? 90 : 0)));
  }
  return out;
}
