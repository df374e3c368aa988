import type { ParsedDate } from "./types.js";
import { zonedParts, zonedTimeToInstant } from "./zoned-time.js";

/** "EOD", "end of day", "end of the business day" (COB is 17:00 already). */
const END_OF_DAY_WORDS = /\b(?:eod|end\s+of\s+(?:the\s+)?(?:business\s+|work(?:ing)?\s+)?day)\b/iu;

/** The office's day ends here: a reminder for "EOD" at 23:59 would come after the work is due. */
const OFFICE_CLOSE = { hour: 17, minute: 0 };

/**
 * "send the summary EOD", "quote by EOD Friday": the date read is the day's last minute (as the public
 * suites read EOD), but a follow-up then reminds no one in time. It is due when the office closes
 * that day, or keeps the last minute when that hour has passed.
 */
export function endOfDayFollowUp(followUp: ParsedDate | null, timezone: string, now: Date): ParsedDate | null {
  if (!followUp || followUp.remindsOf || !END_OF_DAY_WORDS.test(followUp.text)) return followUp;
  const local = zonedParts(followUp.at, timezone);
  if (local.hour !== 23 || local.minute !== 59) return followUp;
  const close = zonedTimeToInstant({ year: local.year, month: local.month, day: local.day }, OFFICE_CLOSE, timezone);
  return close.getTime() > now.getTime() ? { ...followUp, at: close } : followUp;
}
