// biome-ignore-all format: a data table, laid out by hand
import chineseDays from 'chinese-days';
import officialDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { addDays, weekdayOf, type LocalDate } from './zoned-time.js';

/**
 * Dates of named holidays, Chinese (lunar and solar) and Western, plus the
 * Chinese official days off and 调休 make-up working days published by the State
 * Council (from the `chinese-days` package's data file, which is plain strings
 * and so independent of the machine's time zone).
 */

export type HolidayKey =
  | 'newYear' | 'springFestival' | 'newYearsEve' | 'lantern' | 'qingming' | 'labour' | 'dragonBoat' | 'qixi'
  | 'midAutumn' | 'national' | 'doubleNinth' | 'laba' | 'valentine' | 'women' | 'arbor' | 'aprilFools' | 'youth'
  | 'children' | 'party' | 'army' | 'teacher' | 'halloween' | 'singles' | 'double12' | 'christmasEve' | 'christmas'
  | 'boxing' | 'yearEnd' | 'thanksgiving' | 'blackFriday' | 'cyberMonday' | 'independence' | 'laborUs' | 'memorial'
  | 'mlk' | 'presidents' | 'mothers' | 'fathers' | 'easter' | 'goodFriday' | 'columbus' | 'veterans' | 'stPatrick' | 'girls'
  | 'xiaonian' | 'lichun' | 'chunfen' | 'lixia' | 'xiazhi' | 'liqiu' | 'qiufen' | 'lidong' | 'dongzhi';

const FIXED: Partial<Record<HolidayKey, [number, number]>> = {
  newYear: [1, 1], valentine: [2, 14], girls: [3, 7], women: [3, 8], arbor: [3, 12], stPatrick: [3, 17],
  aprilFools: [4, 1], labour: [5, 1], youth: [5, 4], children: [6, 1], party: [7, 1], independence: [7, 4],
  army: [8, 1], teacher: [9, 10], national: [10, 1], halloween: [10, 31], singles: [11, 11], veterans: [11, 11],
  double12: [12, 12], christmasEve: [12, 24], christmas: [12, 25], boxing: [12, 26], yearEnd: [12, 31],
};
const LUNAR: Partial<Record<HolidayKey, [number, number]>> = {
  springFestival: [1, 1], lantern: [1, 15], dragonBoat: [5, 5], qixi: [7, 7], midAutumn: [8, 15], doubleNinth: [9, 9], laba: [12, 8],
  xiaonian: [12, 23],
};
/** Solar terms people date things by: [Gregorian month, chinese-days term]. */
const SOLAR_TERMS: Partial<Record<HolidayKey, [number, Parameters<typeof chineseDays.getSolarTermDate>[2]]>> = {
  lichun: [2, 'the_beginning_of_spring'], chunfen: [3, 'the_spring_equinox'], lixia: [5, 'the_beginning_of_summer'],
  xiazhi: [6, 'the_summer_solstice'], liqiu: [8, 'the_beginning_of_autumn'], qiufen: [9, 'the_autumn_equinox'],
  lidong: [11, 'the_beginning_of_winter'], dongzhi: [12, 'the_winter_solstice'],
};
/** [month, weekday (0 = Sunday), nth; -1 = last] */
const NTH_WEEKDAY: Partial<Record<HolidayKey, [number, number, number]>> = {
  mlk: [1, 1, 3], presidents: [2, 1, 3], mothers: [5, 0, 2], memorial: [5, 1, -1], fathers: [6, 0, 3],
  laborUs: [9, 1, 1], columbus: [10, 1, 2], thanksgiving: [11, 4, 4],
};

export function lunarToSolar(year: number, month: number, day: number): LocalDate {
  // chinese-days reads a Date with local getters: local noon keeps the day whatever the machine zone
  const iso = chineseDays.getSolarDateFromLunar(new Date(year, month - 1, day, 12)).date;
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y ?? year, month: m ?? month, day: d ?? day };
}

export function nthWeekday(year: number, month: number, weekday: number, nth: number): LocalDate {
  if (nth < 0) {
    const last = addDays({ year, month: month + 1 > 12 ? 1 : month + 1, day: 1 }, -1);
    const lastDate = month === 12 ? { year, month: 12, day: 31 } : { ...last, year };
    return addDays(lastDate, -((weekdayOf(lastDate) - weekday + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (nth - 1));
}

/** Gregorian Easter (anonymous Gregorian algorithm). */
function easter(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** 清明 is a solar term: the usual 21st-century approximation (exact for 2000-2099). */
function qingming(year: number): LocalDate {
  const y = year % 100;
  return { year, month: 4, day: Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4) };
}

export function holidayDate(key: HolidayKey, year: number): LocalDate {
  const fixed = FIXED[key];
  if (fixed) return { year, month: fixed[0], day: fixed[1] };
  const lunar = LUNAR[key];
  if (lunar) return lunarToSolar(year, lunar[0], lunar[1]);
  const nth = NTH_WEEKDAY[key];
  if (nth) return nthWeekday(year, nth[0], nth[1], nth[2]);
  const term = SOLAR_TERMS[key];
  if (term) {
    const [y, m, d] = chineseDays.getSolarTermDate(year, term[0], term[1]).split('-').map(Number);
    return { year: y ?? year, month: m ?? term[0], day: d ?? 1 };
  }
  switch (key) {
    case 'newYearsEve':
      // the eve of that year's Spring Festival (it falls in the same Gregorian year)
      return addDays(lunarToSolar(year, 1, 1), -1);
    case 'qingming':
      return qingming(year);
    case 'easter':
      return easter(year);
    case 'goodFriday':
      return addDays(easter(year), -2);
    case 'blackFriday':
      return addDays(nthWeekday(year, 11, 4, 4), 1);
    case 'cyberMonday':
      return addDays(nthWeekday(year, 11, 4, 4), 4);
    default:
      return { year, month: 1, day: 1 };
  }
}

function iso(date: LocalDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

const HOLIDAYS: Record<string, string> = officialDays.holidays;
const MAKEUP_WORKDAYS: Record<string, string> = officialDays.workdays;

export function isOfficialDayOff(date: LocalDate): boolean {
  return HOLIDAYS[iso(date)] !== undefined;
}

/** A Chinese working day: Monday-Friday unless a holiday, or a 调休 Saturday/Sunday. */
export function isWorkingDay(date: LocalDate): boolean {
  const key = iso(date);
  if (MAKEUP_WORKDAYS[key] !== undefined) return true;
  if (HOLIDAYS[key] !== undefined) return false;
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6;
}

const PUBLISHED_YEARS = new Set(Object.keys(HOLIDAYS).map((d) => Number(d.slice(0, 4))));

/**
 * A working day, also in a year whose calendar is not published yet: then the fixed-date days off
 * (元旦 1 January, 劳动节 1–5 May, 国庆 1–7 October) count as off too; lunar festivals are not guessed.
 */
export function isExpectedWorkingDay(date: LocalDate): boolean {
  if (PUBLISHED_YEARS.has(date.year)) return isWorkingDay(date);
  const fixedOff = (date.month === 1 && date.day === 1) || (date.month === 5 && date.day <= 5) || (date.month === 10 && date.day <= 7);
  return !fixedOff && isWorkingDay(date);
}

/**
 * [days off before the festival day, days off after it] in a year not yet published. 春节: 除夕 and six days
 * after, as published for 2025 (1/28–2/4) and 2026 (2/15–2/23, a day earlier still) since 除夕 became a day off.
 */
const TYPICAL_BREAK: Partial<Record<HolidayKey, [number, number]>> = {
  springFestival: [1, 6], newYearsEve: [0, 6], national: [0, 6], labour: [0, 4],
};

/**
 * The days off around a holiday date: the published block when the State
 * Council has announced that year, else the usual length of that break
 * (国庆 a week, 春节 除夕 to 初六) stretched over an adjoining weekend.
 */
export function dayOffBlock(date: LocalDate, key?: HolidayKey): { first: LocalDate; last: LocalDate } {
  if (!PUBLISHED_YEARS.has(date.year)) {
    const [before, after] = (key && TYPICAL_BREAK[key]) ?? [0, 0];
    let first = addDays(date, -before);
    let last = addDays(date, after);
    while (weekdayOf(addDays(first, -1)) % 6 === 0) first = addDays(first, -1);
    while (weekdayOf(addDays(last, 1)) % 6 === 0) last = addDays(last, 1);
    return { first, last };
  }
  let first = date;
  let last = date;
  // a published block may start a day or two before the festival itself (2026 春节 starts on 2/15)
  for (let back = 1; back <= 3 && !isOfficialDayOff(first); back++) {
    const probe = addDays(date, -back);
    if (isOfficialDayOff(probe)) first = probe;
  }
  if (!isOfficialDayOff(first)) return { first: date, last: date };
  while (isOfficialDayOff(addDays(first, -1))) first = addDays(first, -1);
  last = first;
  while (isOfficialDayOff(addDays(last, 1))) last = addDays(last, 1);
  return { first, last };
}

/** 春节前 / "before Christmas": the last working day before the days off. */
export function lastWorkingDayBefore(date: LocalDate, key?: HolidayKey): LocalDate {
  let day = addDays(dayOffBlock(date, key).first, -1);
  for (let i = 0; i < 14 && !isWorkingDay(day); i++) day = addDays(day, -1);
  return day;
}

/** 国庆后 / 年后: the first working day after the days off (a 调休 Sunday counts). */
export function firstWorkingDayAfter(date: LocalDate, key?: HolidayKey): LocalDate {
  let day = addDays(dayOffBlock(date, key).last, 1);
  for (let i = 0; i < 14 && !isWorkingDay(day); i++) day = addDays(day, 1);
  return day;
}
