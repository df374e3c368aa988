import type { DateCandidate } from "./date-candidate.js";
import { type LocalDate, zonedParts, zonedTimeToInstant } from "./zoned-time.js";

/**
 * "Tue 9am New York time", "Thurs 5pm Pacific", "Mon 9am Beijing time", "北京时间周一上午9点": a clock time said on
 * another zone's clock, the zone spelled out (chrono reads only abbreviations such as PST, see explicit-zone.ts).
 * The candidate is moved to the same instant on the user's clock, and its span takes in the zone's words.
 */
const REGION_ZONES: [RegExp, string][] = [
  [/^(?:new\s+york|ny|nyc|boston|miami|atlanta|toronto|east\s+coast|eastern|us\s+eastern)$/iu, "America/New_York"],
  [/^(?:chicago|dallas|houston|central|us\s+central)$/iu, "America/Chicago"],
  [/^(?:denver|mountain)$/iu, "America/Denver"],
  [/^(?:pacific|west\s+coast|california|cali|la|los\s+angeles|sf|san\s+francisco|seattle|bay\s+area|vancouver|us\s+pacific)$/iu, "America/Los_Angeles"],
  [/^(?:london|uk)$/iu, "Europe/London"],
  [/^(?:paris|berlin|frankfurt|munich|amsterdam|madrid|europe|european|central\s+european)$/iu, "Europe/Berlin"],
  [/^(?:beijing|shanghai|shenzhen|china|hong\s+kong|hk|taipei)$/iu, "Asia/Shanghai"],
  [/^(?:singapore|sg)$/iu, "Asia/Singapore"],
  [/^(?:tokyo|japan)$/iu, "Asia/Tokyo"],
  [/^(?:seoul|korea)$/iu, "Asia/Seoul"],
  [/^(?:sydney|melbourne)$/iu, "Australia/Sydney"],
  [/^(?:india|mumbai|bangalore|delhi)$/iu, "Asia/Kolkata"],
];
/** "Pacific" / "Eastern" need no "time" after them; a city or country does ("9am London time", "9am their time (New York)"). */
const ZONE_EN =
  /[(（]?\s*\b(?:(?:their|his|her|local|the\s+client['’]?s)\s+time\s*[(（,]\s*(?<paren>[a-z]+(?:\s+[a-z]+)?)\s*[)）]?|(?<bare>pacific|eastern|central|mountain)(?:\s+(?:standard\s+|daylight\s+)?time)?|(?<place>[a-z]+(?:\s+[a-z]+)?)\s+time)\b\s*[)）]?/giu;
const ZONE_ZH: [string, string][] = [
  ["北京", "Asia/Shanghai"],
  ["上海", "Asia/Shanghai"],
  ["香港", "Asia/Shanghai"],
  ["纽约", "America/New_York"],
  ["美东", "America/New_York"],
  ["美西", "America/Los_Angeles"],
  ["硅谷", "America/Los_Angeles"],
  ["伦敦", "Europe/London"],
  ["东京", "Asia/Tokyo"],
  ["新加坡", "Asia/Singapore"],
];
const ZONE_ZH_WORDS = ZONE_ZH.map(([w]) => w).join("|");
const ZONE_BEFORE_ZH = new RegExp(`(?:${ZONE_ZH_WORDS})时间\\s*$`, "u");
const ZONE_AFTER_ZH = new RegExp(`[(（]?\\s*(?:${ZONE_ZH_WORDS})时间\\s*[)）]?`, "gu");

/** The zone of a region said in these words exactly ("new york", "beijing"), or null. */
function regionZone(words: string): string | null {
  return REGION_ZONES.find(([re]) => re.test(words))?.[1] ?? null;
}

function zoneOfPlace(place: string): string | null {
  const words = place.trim().replace(/\s+/gu, " ");
  const whole = regionZone(words);
  if (whole) return whole;
  // "New York time" read from "call set for Tue 9am New York time": the last one or two words before "time"
  const last = words.split(" ");
  for (const n of [2, 1]) {
    const zone = last.length >= n ? regionZone(last.slice(-n).join(" ")) : null;
    if (zone) return zone;
  }
  return null;
}

function zoneZh(words: string): string | null {
  return ZONE_ZH.find(([w]) => words.includes(w))?.[1] ?? null;
}

const THEIR_TIME = /\b(?:their|his|her|the\s+client['’]?s)\s+time\b/iu;
/** Cities and countries only ("Beijing team", "the London office"): a region word such as "central" says no place. */
function placeNamedIn(text: string): string | null {
  const words = text.toLowerCase().match(/[a-z]+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    for (const n of [2, 1]) {
      const said = words.slice(i, i + n).join(" ");
      const zone = words.length < i + n || /^(?:central|eastern|mountain|pacific|la|sf|ny|hk|sg|uk)$/u.test(said) ? null : regionZone(said);
      if (zone) return zone;
    }
  }
  return null;
}

const BARE_ZONE_NEXT = /^\s*(?:$|[(（)）\-–—.]|(?:tomorrow|tmrw|today|tonight|on|this|next|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/iu;

/**
 * The zone spelled beside the candidate's clock time (right after it, or inside the candidate: "10am Eastern tomorrow",
 * "Fri 2pm west coast time"), and where the candidate's span then starts and ends.
 */
function spelledZone(text: string, c: DateCandidate): { zone: string; index: number; end: number } | null {
  // from the clock time on, to a little after the candidate (no further than its clause)
  const digit = text.slice(c.index, c.end).search(/\d|[一二两三四五六七八九十]点/u);
  const from = c.index + Math.max(0, digit);
  const window = text.slice(from, c.end + 32).split(/[,，。;；!！?？]/u)[0] ?? "";
  for (const re of [ZONE_EN, ZONE_AFTER_ZH]) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      // ("2pm Central Park" is a place to meet: a bare region word is a zone when no other word follows it)
      if (m.groups?.bare && !/time\s*[)）]?$/iu.test(m[0]) && !BARE_ZONE_NEXT.test(window.slice(m.index + m[0].length))) continue;
      const zone = re === ZONE_EN ? zoneOfPlace(m.groups?.paren ?? m.groups?.bare ?? m.groups?.place ?? "") : zoneZh(m[0]);
      if (zone) return { zone, index: c.index, end: Math.max(c.end, from + m.index + m[0].length) };
    }
  }
  // "Huawei call w/ Beijing team 9am their time Fri": their time, their city said elsewhere in the message
  const theirs = THEIR_TIME.exec(window);
  const named = theirs ? placeNamedIn(text) : null;
  if (theirs && named) return { zone: named, index: c.index, end: Math.max(c.end, from + theirs.index + theirs[0].length) };
  const before = text.slice(Math.max(0, c.index - 8), c.index);
  const zhBefore = ZONE_BEFORE_ZH.exec(before);
  if (zhBefore) {
    const zone = zoneZh(zhBefore[0]);
    if (zone) return { zone, index: c.index - (before.length - zhBefore.index), end: c.end };
  }
  return null;
}

/** Candidates with a clock time said on a spelled-out zone's clock, moved to the user's clock. */
export function applySpelledZones(candidates: DateCandidate[], text: string, today: LocalDate, timezone: string): DateCandidate[] {
  return candidates.map((c) => {
    if (!c.time) return c;
    const spelled = spelledZone(text, c);
    if (!spelled || spelled.zone === timezone) return c;
    const instant = zonedTimeToInstant(c.date ?? today, c.time, spelled.zone);
    if (instant.getTime() === zonedTimeToInstant(c.date ?? today, c.time, timezone).getTime()) return { ...c, index: spelled.index, end: spelled.end };
    const p = zonedParts(instant, timezone);
    return {
      ...c,
      index: spelled.index,
      end: spelled.end,
      date: { year: p.year, month: p.month, day: p.day },
      time: { hour: p.hour, minute: p.minute },
      partOfDayHour: null,
    };
  });
}
