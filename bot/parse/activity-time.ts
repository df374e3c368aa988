import type { ParsedDates } from './parse-dates.js';
import type { ActivityMention } from './infer-activity.js';
import { splitClauses } from './split-clauses.js';
import type { ParsedDate } from './types.js';

/**
 * When the logged activity happened. "上周拜访过华为，今天又打了电话": the log is today's call,
 * so its time is the date in the call's own clause (or now, for "today"/"刚才"), not the
 * earlier visit's 上周, which is merely the first past date in the text.
 */
export function activityTime(text: string, dates: ParsedDates, logged: ActivityMention | null, now: Date): ParsedDate | null {
  if (!logged || logged.planned) return dates.occurredAt;
  const clause = splitClauses(text).find((c) => c.index <= logged.index && logged.index < c.index + c.text.length);
  if (!clause) return dates.occurredAt;
  const past = positioned(text, dates.dates).filter((d) => d.date.at.getTime() <= now.getTime());
  const own = past.find((d) => d.index >= clause.index && d.index < clause.index + clause.text.length);
  if (own) return own.date;
  // "刚才又通了电话": marked as just now, with no date of its own
  if (logged.recency === 2) return { at: now, text: '', hasTime: true };
  // "昨天：拜访了华为…": the nearest past date written before the clause
  const before = past.filter((d) => d.index < clause.index).pop();
  return before?.date ?? dates.occurredAt;
}

/** Where each date's words stand in the text, in order; a date whose words were rewritten is left out. */
function positioned(text: string, dates: ParsedDate[]): Array<{ date: ParsedDate; index: number }> {
  const out: Array<{ date: ParsedDate; index: number }> = [];
  let from = 0;
  for (const date of dates) {
    if (!date.text) continue;
    const index = text.indexOf(date.text, from);
    if (index < 0) continue;
    out.push({ date, index });
    from = index + date.text.length;
  }
  return out;
}
