const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** 0 (Sunday) … 6 for an English weekday word or its short form ("thurs", "Weds", "monday"); −1 for anything else. */
export function englishWeekday(word: string | undefined): number {
  const w = (word ?? "").toLowerCase();
  return WEEKDAYS.findIndex((d) => w.startsWith(d));
}
