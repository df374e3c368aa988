import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { meridiemHour } from "./date-rules-en-clock.js";
import { comingWorldHoliday, type WorldHoliday } from "./holiday-calendar-world.js";
import type { RuleContext } from "./rule-context.js";
import { allMatches } from "./all-matches.js";

/**
 * More English holidays offices close or plan around: the movable church days
 * counted from Easter (Easter Monday, Whit Monday, Ash Wednesday…), Earth Day,
 * May Day / International Workers' Day, Boss's Day and St Paddy's. Without a year,
 * the coming one (today included); "this/next/last" or a written year pick the year.
 */

const fromEaster = (offset: number): WorldHoliday => ({ kind: "easter", offset });
const fixed = (month: number, day: number): WorldHoliday => ({ kind: "fixed", month, day });
/** Boss's Day is October 16, moved to the nearest weekday when it falls on a weekend. */
const bossDay: WorldHoliday = { kind: "nearest-weekday", month: 10, day: 16 };

const NAMES: Array<[string, WorldHoliday]> = [
  ["easter\\s+mon(?:day)?", fromEaster(1)],
  ["(?:palm|branch)\\s+sunday", fromEaster(-7)],
  ["(?:maundy|holy|covenant)\\s+thu(?:rs?(?:day)?)?|thu(?:rsday)?\\s+of\\s+mysteries", fromEaster(-3)],
  ["holy\\s+saturday", fromEaster(-1)],
  ["ash\\s+wednesday", fromEaster(-46)],
  ["mardi\\s+gras|shrove\\s+tuesday|pancake\\s+(?:day|tuesday)", fromEaster(-47)],
  ["pentecost(?:\\s+sunday)?|whit(?:e)?\\s+sunday", fromEaster(49)],
  ["whit\\s+monday|monday\\s+of\\s+the\\s+holy\\s+spirit|pentecost\\s+monday", fromEaster(50)],
  ["trinity\\s+sunday", fromEaster(56)],
  ["ascension\\s+(?:day|thursday)", fromEaster(39)],
  ["corpus\\s+christi", fromEaster(60)],
  ["earth\\s+day", fixed(4, 22)],
  ["(?:international\\s+)?workers'?\\s+day|may\\s+day", fixed(5, 1)],
  ["boss(?:'s|es'?)?\\s+day", bossDay],
  ["(?:st\\.?|saint)\\s+(?:paddy|patty)'?s(?:\\s+day)?|(?:st\\.?|saint)\\s+patrick'?s?(?!\\s+day)", fixed(3, 17)],
  ["groundhog\\s+day", fixed(2, 2)],
];

// "Easter Monday at 10:30 am": without the time chrono would claim "Monday at 10:30 am"
const AT_TIME = String.raw`(?:,?\s+at\s+(?<th>1[0-2]|0?\d|1\d|2[0-3])(?::(?<tm>[0-5]\d))?\s*(?<ap>[ap]\.?m\.?)?(?![\w:]))?`;

/** Every name in NAMES contains one of these; see rule-hints.ts. */
const HOLIDAY_HINT = /day|easter|thu|mardi|pentecost|corpus|paddy|patty|patrick/iu;

const RE = new RegExp(
  String.raw`\b(?:(?<rel>this|next|last)\s+)?(?:${NAMES.map(([p], i) => `(?<h${i}>${p})`).join("|")})(?:(?:\s+(?:in\s+)?(?<year>\d{4}))|\s+(?:of\s+)?(?<sfx>this|next|last)\s+year)?\b${AT_TIME}`,
  "giu",
);
const YEAR_OFFSET: Record<string, number> = { this: 0, next: 1, last: -1 };

export function findEnglishExtraHolidays(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!HOLIDAY_HINT.test(ctx.text)) return out;
  for (const m of allMatches(ctx.text, RE)) {
    const g = m.groups ?? {};
    const holiday = NAMES.find((_, i) => g[`h${i}`] !== undefined)?.[1];
    if (!holiday) continue;
    const rel = (g.sfx ?? g.rel)?.toLowerCase();
    const year = g.year !== undefined ? Number(g.year) : rel !== undefined ? ctx.today.year + (YEAR_OFFSET[rel] ?? 0) : undefined;
    const date = comingWorldHoliday(holiday, ctx.today, year);
    if (!date) continue;
    const index = m.index ?? 0;
    const time = g.th === undefined ? null : { hour: meridiemHour(Number(g.th), g.ap?.replace(/\./gu, "")), minute: Number(g.tm ?? 0) };
    out.push({ index, end: index + m[0].length, date, time, partOfDayHour: null, priority: PRIORITY_RULE });
  }
  return out;
}
