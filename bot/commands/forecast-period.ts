import { addMonths, zonedParts, zonedTimeToInstant } from "../parse/zoned-time.js";

export type ForecastPeriod =
  | "this-month"
  | "next-month"
  | "last-month"
  | "this-quarter"
  | "next-quarter"
  | "last-quarter"
  | "this-year"
  | "last-year"
  | "next-year";

const WORDS: Record<string, ForecastPeriod> = {
  month: "this-month",
  "this month": "this-month",
  本月: "this-month",
  这个月: "this-month",
  当月: "this-month",
  "next month": "next-month",
  下月: "next-month",
  下个月: "next-month",
  "last month": "last-month",
  上月: "last-month",
  上个月: "last-month",
  "last quarter": "last-quarter",
  上季度: "last-quarter",
  上个季度: "last-quarter",
  quarter: "this-quarter",
  "this quarter": "this-quarter",
  本季度: "this-quarter",
  这个季度: "this-quarter",
  本季: "this-quarter",
  "next quarter": "next-quarter",
  下季度: "next-quarter",
  下个季度: "next-quarter",
  year: "this-year",
  "this year": "this-year",
  今年: "this-year",
  本年: "this-year",
  本年度: "this-year",
  "last year": "last-year",
  去年: "last-year",
  上年: "last-year",
  上一年: "last-year",
  "next year": "next-year",
  明年: "next-year",
  下年: "next-year",
  下一年: "next-year",
};

/** "this quarter mine" → the period and the words left; the period is this month when none is named. */
export function takePeriod(words: readonly string[]): { period: ForecastPeriod; rest: string[]; named: boolean } {
  const lower = words.map((w) => w.toLowerCase());
  for (let i = 0; i < lower.length; i++) {
    for (const take of [2, 1]) {
      const phrase = lower.slice(i, i + take).join(" ");
      const period = WORDS[phrase];
      if (period && i + take <= lower.length) return { period, rest: [...words.slice(0, i), ...words.slice(i + take)], named: true };
    }
  }
  return { period: "this-month", rest: [...words], named: false };
}

/** [from, to) of the period in the zone, and its first month (for the title). */
export function periodRange(period: ForecastPeriod, now: Date, timeZone: string): { from: Date; to: Date; year: number; month: number; months: number } {
  const today = zonedParts(now, timeZone);
  const quarterStart = today.month - ((today.month - 1) % 3);
  const SPANS: Record<ForecastPeriod, [number, number]> = {
    "this-month": [0, 1],
    "next-month": [1, 1],
    "last-month": [-1, 1],
    "this-quarter": [quarterStart - today.month, 3],
    "next-quarter": [quarterStart - today.month + 3, 3],
    "last-quarter": [quarterStart - today.month - 3, 3],
    "this-year": [1 - today.month, 12],
    "last-year": [1 - today.month - 12, 12],
    "next-year": [1 - today.month + 12, 12],
  };
  const [startDelta, months] = SPANS[period];
  const at = (delta: number) => {
    const { year, month } = addMonths(today.year, today.month, delta);
    return { year, month, instant: zonedTimeToInstant({ year, month, day: 1 }, { hour: 0, minute: 0 }, timeZone) };
  };
  const start = at(startDelta);
  return { from: start.instant, to: at(startDelta + months).instant, year: start.year, month: start.month, months };
}
