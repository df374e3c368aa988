import type { LocalDate, LocalTime } from "./zoned-time.js";

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
  /** a range's last day (whole day when `time` is null) or closing time (its day null: the start's day); the candidate itself is its start */
  until?: { date: LocalDate | null; time: LocalTime | null };
  /** "within two weeks": a deadline, so the follow-up is the range's end rather than now */
  followUpAtEnd?: true;
  /**
   * "follow up this week" said while the week is under way: the day a next step aims at (the working
   * week's Friday, the month's last day), as "本周内回复" does, rather than the next free hour.
   */
  stepBy?: LocalDate;
  /** "due Jan 15, reach out 2 weeks before": counted from the date before it, which it is the step ahead of */
  fromEarlier?: true;
  /** "尽快发方案", "asap": the next step, ahead of any background date in the message ("下个月才有预算") */
  urgent?: true;
}

export interface InvalidDateSpan {
  index: number;
  end: number;
  text: string;
}

export const PRIORITY_CHRONO = 0;
export const PRIORITY_RULE = 1;
/** a range read whole ("5 to 6pm", "next 3 days") outranks a point rule on the same words */
export const PRIORITY_RANGE = 2;
