import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import type { RuleContext } from "./rule-context.js";
import { addDays } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";

/**
 * Cantonese day words, which chrono's Mandarin parser does not know:
 * 听日 (聽日) tomorrow, 寻日 / 琴日 / 噚日 yesterday, 前日 / 后日 the day before
 * yesterday / after tomorrow; and the northern 明儿个, 今儿, 昨儿个. Traditional characters are already folded.
 */
export const DIALECT_DAY_OFFSET: Record<string, number> = {
  听日: 1,
  听朝: 1,
  寻日: -1,
  琴日: -1,
  噚日: -1,
  后日: 2,
  大后日: 3,
  前日: -2,
  大前日: -3,
  // northern speech: 明儿(个) tomorrow, 今儿(个) today, 昨儿(个) yesterday, 后儿(个) / 前儿(个)
  明儿个: 1,
  明儿: 1,
  今儿个: 0,
  今儿: 0,
  昨儿个: -1,
  昨儿: -1,
  后儿个: 2,
  前儿个: -2,
};

export const DIALECT_DAY_WORDS = Object.keys(DIALECT_DAY_OFFSET)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** 前日 / 后日 after a number are "N日前 / N日后" offsets, not day words */
const DIALECT_DAY_RE = new RegExp(`(?<![\\d零〇一二两三四五六七八九十几个])(?:${DIALECT_DAY_WORDS})(?![\\d零〇一二两三四五六七八九十])`, "gu");

/** 小明儿子, 大明儿: 明儿 inside a person's name or before 子/女 is no day. */
function inName(text: string, index: number, word: string): boolean {
  return word.includes("儿") && (/[小大阿老]/u.test(text[index - 1] ?? "") || /[子女童媳孙]/u.test(text[index + word.length] ?? ""));
}

export function findDialectDayDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, DIALECT_DAY_RE)) {
    const index = m.index ?? 0;
    if (inName(ctx.text, index, m[0])) continue;
    const date = addDays(ctx.today, DIALECT_DAY_OFFSET[m[0]] ?? 0);
    out.push({ index, end: index + m[0].length, date, time: null, partOfDayHour: null, priority: PRIORITY_RULE });
  }
  return out;
}
