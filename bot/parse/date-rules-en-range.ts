import type { DateCandidate } from "./date-candidate.js";
import { findEnglishCalendarRanges } from "./date-rules-en-range-calendar.js";
import { findEnglishClockRanges } from "./date-rules-en-range-clock.js";
import { findEnglishPeriods } from "./date-rules-en-range-periods.js";
import { findEnglishYearPeriods } from "./date-rules-en-range-years.js";
import { findEnglishWeeksAndHalves } from "./date-rules-en-range-weeks.js";
import { findEnglishSeasons } from "./date-rules-en-range-seasons.js";
import type { RuleContext } from "./rule-context.js";

/** English ranges and periods; each reads as its start and carries its end (`until`). */
export function findEnglishRanges(ctx: RuleContext): DateCandidate[] {
  return [
    ...findEnglishPeriods(ctx),
    ...findEnglishCalendarRanges(ctx),
    ...findEnglishYearPeriods(ctx),
    ...findEnglishClockRanges(ctx),
    ...findEnglishWeeksAndHalves(ctx),
    ...findEnglishSeasons(ctx),
  ];
}
