import type { RewrittenDays } from "./english-day-words.js";

/**
 * "in 2 wks", "in a wk": chrono reads "w" but not these
 * chat spellings, so they are rewritten to its forms, padded with spaces to keep every
 * character position (spans still point into the rep's text).
 */
// ("2 more wks", "a couple extra wks": the count, then more)
const ABBREVIATED_UNIT =
  /(?<=\b(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple(?:\s+of)?)\s*(?:(?:more|extra|additional)\s+)?)wks?\b/giu;

const CHRONO_FORM: Record<string, string> = { wk: "w", wks: "w" };

/** "first wk of Jan", "2nd wk of feb": an ordinal week of a month, rewritten to a form of the same length the rules read. */
const ORDINAL_WK = /\b(?:first|1st|second|2nd|third|3rd|fourth|4th)\s+wk\b(?=\s+(?:of|in)\b)/giu;
const ORDINAL_FORM: Record<string, string> = {
  first: "1st",
  "1st": "1st",
  second: "2nd",
  "2nd": "2nd",
  third: "3rd",
  "3rd": "3rd",
  fourth: "4th",
  "4th": "4th",
};

/**
 * "in ~3 wks", "in approx 2 weeks", "in 3ish weeks": a rough count after "in" is the count ("in about
 * 3 weeks" chrono reads already; "3ish" alone it took for 3 o'clock). Elsewhere the hedge stays: "waiting
 * on legal ~2 weeks" is a wait someone gave (time-needed-ahead.ts).
 */
const ROUGH_COUNT =
  /(?<=\bin\s+)(?:~|≈|approx(?:imately|\.)?|abt\b|ca\.)\s*(?=(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:-?ish\s*)?(?:days?|weeks?|wks?|w|months?|mos?|years?|yrs?)\b)/giu;
const ISH_COUNT = /(?<=\bin\s+\d{1,3})\s?-?ish(?=\s*(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)\b)/giu;

/** "2moro", "2morrow", "tmrow", "tommorow": chat spellings and typos of tomorrow, read as "tmrw" (which the rules and chrono know). */
const TOMORROW_SPELLING = /\b(?:2mor+ow?|2mrw|2mro|tmrow|tmorrow|tom+or+ow|tomorow|tomorrw|tmmrw)\b/giu;

/** "thrusday", "wensday", "firday": weekday typos, read as the day (padded to keep positions, so a short typo becomes a short form). */
const WEEKDAY_TYPO = /\b(?:thrus|thur|thusr)day\b|\b(?:wens|wends|wedens|wedns|wednse)day\b|\b(?:tuse|teus|tus)day\b|\bfirday\b|\bmondy\b|\bsaterday\b/giu;
const WEEKDAY_FORMS: Array<[RegExp, string, string]> = [
  [/^th/iu, "thursday", "thurs"],
  [/^w/iu, "wednesday", "weds"],
  [/^t/iu, "tuesday", "tues"],
  [/^f/iu, "friday", "fri"],
  [/^m/iu, "monday", "mon"],
  [/^s/iu, "saturday", "sat"],
];

/** A word every match of the pattern above it contains. */
const ROUGH_COUNT_HINT = /~|≈|approx|abt|ca\./iu;
const ISH_HINT = /ish/iu;
const WK_HINT = /wk/iu;
const WEEKDAY_TYPO_HINT = /day|mondy/iu;
const TOMORROW_HINT = /2m|tm|tom/iu;

function weekdayOf(typo: string): string {
  for (const [first, full, short] of WEEKDAY_FORMS) if (first.test(typo)) return typo.length >= full.length ? full : short;
  return typo;
}

export function rewriteUnitAbbreviations(input: string): RewrittenDays {
  const spans: RewrittenDays["spans"] = [];
  if (!/[a-z]/iu.test(input)) return { text: input, spans };
  const blank = (m: string, index: number) => {
    spans.push({ index, end: index + m.length });
    return " ".repeat(m.length);
  };
  // Each pattern runs only on a text with a word all of its matches contain (same flags: see rule-hints.ts).
  let text = input;
  if (ROUGH_COUNT_HINT.test(text)) text = text.replace(ROUGH_COUNT, blank);
  if (ISH_HINT.test(text)) text = text.replace(ISH_COUNT, blank);
  if (WK_HINT.test(text)) {
    text = text.replace(ORDINAL_WK, (m: string, index: number) => {
      const form = `${ORDINAL_FORM[m.split(/\s+/u)[0]!.toLowerCase()]} week`;
      if (form.length > m.length) return m;
      spans.push({ index, end: index + m.length });
      return form.padEnd(m.length, " ");
    });
    text = text.replace(ABBREVIATED_UNIT, (m: string, index: number) => {
      const form = CHRONO_FORM[m.toLowerCase()];
      if (!form) return m;
      spans.push({ index, end: index + m.length });
      return form.padEnd(m.length, " ");
    });
  }
  if (WEEKDAY_TYPO_HINT.test(text)) {
    text = text.replace(WEEKDAY_TYPO, (m: string, index: number) => {
      const form = weekdayOf(m);
      if (form.toLowerCase() === m.toLowerCase()) return m;
      spans.push({ index, end: index + m.length });
      return form.padEnd(m.length, " ");
    });
  }
  if (TOMORROW_HINT.test(text)) {
    text = text.replace(TOMORROW_SPELLING, (m: string, index: number) => {
      if (m.toLowerCase() === "tomorrow") return m;
      spans.push({ index, end: index + m.length });
      return "tmrw".padEnd(m.length, " ");
    });
  }
  return { text, spans };
}
