import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import type { RuleContext } from "./rule-context.js";
import { addDays } from "./zoned-time.js";
import { allMatches } from "./all-matches.js";

/**
 * Chat spellings chrono does not know: "yday", "yda", "ystrdy" for yesterday, and "this am", "tmrw am",
 * "yday pm" for a part of a day ("lunch with Globex yday" was dated today, "this am met Initech" now).
 * "ytd" is left alone: it is year to date. "this pm" is left alone too: "this PM" is as often a project manager.
 */
export const YESTERDAY_CHAT = String.raw`(?:yday|yda|yest|ystrdy|ystrday|yesterdy|yestrday|yesteday)`;

const CHAT_DAY = new RegExp(
  String.raw`\b(?:(?<yday>${YESTERDAY_CHAT})(?:\s+(?<ypart>morning|afternoon|evening|night|am|pm|a\.m\.|p\.m\.))?|(?<day>this|today|tomorrow|tmrw|yesterday)\s+(?<part>am|a\.m\.|pm|p\.m\.))(?![\w.])`,
  "giu",
);
const HINT = new RegExp(String.raw`\b${YESTERDAY_CHAT}\b|\b(?:am|pm|a\.m|p\.m)\b`, "iu");

const PART_HOUR: Record<string, number> = { morning: 9, am: 9, afternoon: 14, pm: 14, evening: 19, night: 19 };

export function findEnglishChatDays(ctx: RuleContext): DateCandidate[] {
  if (!HINT.test(ctx.text)) return [];
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, CHAT_DAY)) {
    const g = m.groups ?? {};
    const day = (g.day ?? "").toLowerCase();
    const part = (g.ypart ?? g.part ?? "").toLowerCase().replace(/\./gu, "");
    // "this pm" may be a project manager
    if (day === "this" && part === "pm") continue;
    const offset = g.yday !== undefined || day === "yesterday" ? -1 : day === "tomorrow" || day === "tmrw" ? 1 : 0;
    const index = m.index ?? 0;
    out.push({
      index,
      end: index + m[0].length,
      date: addDays(ctx.today, offset),
      time: null,
      partOfDayHour: part ? (PART_HOUR[part] ?? null) : null,
      priority: PRIORITY_RULE,
    });
  }
  return out;
}
