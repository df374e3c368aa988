import type { LocalDate, LocalTime } from './zoned-time.js';

/**
 * A date found in the text before it is turned into an instant. Keeping the
 * wall-clock parts separate lets every source (chrono, our own rules) share
 * one place that applies the user's zone and the 09:00 default.
 */
export interface DateCandidate {
  index: number;
  end: number;
  /** null when only a time was given ("下午3点", "3pm"): it then means today */
  date: LocalDate | null;
  /** an explicit clock time; null means the phrase named a day only */
  time: LocalTime | null;
  /** hour implied by a part of day ("下午", "morning") when no clock time was given */
  partOfDayHour: number | null;
  /** our own rules outrank chrono when both claim the same span */
  priority: number;
  /** echo text when the pieces were not contiguous in the message */
  label?: string;
  /**
   * The last moment of a range read as its start ("本周" Monday..Friday, "未来三天").
   * When the range has already begun, its end is what a follow-up can still aim at.
   */
  rangeEnd?: { date: LocalDate; time: LocalTime | null };
}

export interface InvalidDateSpan {
  index: number;
  end: number;
  text: string;
}

export const PRIORITY_CHRONO = 0;
export const PRIORITY_RULE = 1;
