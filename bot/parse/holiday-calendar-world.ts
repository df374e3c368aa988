import { holidayDate } from "./holiday-calendar.js";
import { addDays, compareDates, weekdayOf, type LocalDate } from "./zoned-time.js";

/**
 * Dates of Christian movable feasts (Western and Orthodox Easter), Islamic
 * holidays (Umm al-Qura calendar) and Jewish holidays (Hebrew calendar), for
 * reps who sell into markets that keep them. The Islamic and Hebrew dates come
 * from the runtime's own calendars (Intl), read in UTC so the machine zone never
 * matters.
 */

export type WorldHoliday =
  | { kind: "easter"; offset: number; orthodox?: boolean }
  | { kind: "islamic"; month: number; day: number }
  /** Jewish days begin at sundown: `eve` puts the holiday on the evening before */
  | { kind: "hebrew"; month: string; day: number; eve: boolean }
  | { kind: "fixed"; month: number; day: number }
  /** a fixed day moved to the nearest weekday when it falls on a weekend (Boss's Day) */
  | { kind: "nearest-weekday"; month: number; day: number };

/** Orthodox Easter: the Julian computus, moved onto the Gregorian calendar (1900-2099). */
function orthodoxEaster(year: number): LocalDate {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  return addDays({ year, month, day }, 13);
}

const islamicDays = new Map<number, Map<string, LocalDate>>();
const hebrewDays = new Map<number, Map<string, LocalDate>>();
const ISLAMIC = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", { timeZone: "UTC", month: "numeric", day: "numeric" });
const HEBREW = new Intl.DateTimeFormat("en-u-ca-hebrew", { timeZone: "UTC", month: "long", day: "numeric" });

/** Every day of a Gregorian year keyed by its date in another calendar ("9/1", "15 Nisan"). */
function calendarYear(cache: Map<number, Map<string, LocalDate>>, format: Intl.DateTimeFormat, year: number): Map<string, LocalDate> {
  const cached = cache.get(year);
  if (cached) return cached;
  const days = new Map<string, LocalDate>();
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86400000) {
    const d = new Date(t);
    const key = format.format(d);
    // an Islamic date can fall twice in one Gregorian year; keep the first
    if (!days.has(key)) days.set(key, { year, month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  }
  cache.set(year, days);
  return days;
}

/** The holiday's date in the Gregorian `year`, or null when it does not fall in it. */
export function worldHolidayDate(h: WorldHoliday, year: number): LocalDate | null {
  switch (h.kind) {
    case "easter":
      return addDays(h.orthodox ? orthodoxEaster(year) : holidayDate("easter", year), h.offset);
    case "fixed":
      return { year, month: h.month, day: h.day };
    case "nearest-weekday": {
      const day = { year, month: h.month, day: h.day };
      const weekday = weekdayOf(day);
      return weekday === 6 ? addDays(day, -1) : weekday === 0 ? addDays(day, 1) : day;
    }
    case "islamic":
      return calendarYear(islamicDays, ISLAMIC, year).get(`${h.month}/${h.day}`) ?? null;
    case "hebrew": {
      // the eve of a holiday on 1 January falls on 31 December of the year before
      for (const y of [year, year + 1]) {
        const day = calendarYear(hebrewDays, HEBREW, y).get(`${h.day} ${h.month}`);
        const date = day && (h.eve ? addDays(day, -1) : day);
        if (date?.year === year) return date;
      }
      return null;
    }
  }
}

/** The holiday of a named year, or without one the coming one (today included). */
export function comingWorldHoliday(h: WorldHoliday, today: LocalDate, year?: number): LocalDate | null {
  if (year !== undefined) return worldHolidayDate(h, year);
  const thisYear = worldHolidayDate(h, today.year);
  return thisYear && compareDates(thisYear, today) >= 0 ? thisYear : worldHolidayDate(h, today.year + 1);
}
