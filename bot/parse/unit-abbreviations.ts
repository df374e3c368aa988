import type { RewrittenDays } from "./english-day-words.js";

/**
 * "in 2 wks", "in a wk": chrono reads "w" but not these
 * chat spellings, so they are rewritten to its forms, padded with spaces to keep every
 * character position (spans still point into the rep's text).
 */
const ABBREVIATED_UNIT = /(?<=\b(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple(?:\s+of)?)\s*)wks?\b/giu;

const CHRONO_FORM: Record<string, string> = { wk: "w", wks: "w" };

/** "2moro", "2morrow", "tmrow", "tommorow": chat spellings and typos of tomorrow, read as "tmrw" (which the rules and chrono know). */
const TOMORROW_SPELLING = /\b(?:2mor+ow?|2mrw|2mro|tmrow|tmorrow|tom+or+ow|tomorow|tomorrw|tmmrw)\b/giu;

export function rewriteUnitAbbreviations(input: string): RewrittenDays {
  const spans: RewrittenDays["spans"] = [];
  if (!/[a-z]/iu.test(input)) return { text: input, spans };
  const text = input
    .replace(ABBREVIATED_UNIT, (m: string, index: number) => {
      const form = CHRONO_FORM[m.toLowerCase()];
      if (!form) return m;
      spans.push({ index, end: index + m.length });
      return form.padEnd(m.length, " ");
    })
    .replace(TOMORROW_SPELLING, (m: string, index: number) => {
      if (m.toLowerCase() === "tomorrow") return m;
      spans.push({ index, end: index + m.length });
      return "tmrw".padEnd(m.length, " ");
    });
  return { text, spans };
}
