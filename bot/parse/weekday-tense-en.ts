import { clauseAround } from "./clause-bounds.js";
import { reportsDone } from "./clause-tense.js";
import { detectEnWeekModifier, type WeekModifier } from "./resolve-weekday.js";
import { headingWeekdayModifier } from "./weekday-heading.js";
import { toldAfterGoneWeekday } from "./weekday-told-after.js";
import type { LocalDateTime } from "./zoned-time.js";

/** "asked me to reach out Monday, I did": the step was taken */
export const DONE_AFTER_EN = /^\s*[,;.]?\s*(?:and\s+|which\s+)?(?:i|we)\s+(?:did|have|had|tried|called|reached|emailed|pinged)\b/iu;
/** "they said call back Friday", "asked us to follow up Mon", "called initech - f/u fri": a weekday right after a next-step verb is ahead, whatever the clause reports */
export const NEXT_STEP_BEFORE_EN =
  /\b(?:call(?:ing)?\s+(?:them\s+|him\s+|her\s+|us\s+)?back|follow(?:ing)?[\s-]?up|f\/u|fu|check\s+in|circle\s+back|reach\s+out|touch\s+base|get\s+back(?:\s+to\s+(?:them|him|her|us))?|send\s+(?:(?:them|him|her|us|the|a|our|over)\s+){0,2}\w+)(?:\s*[:：-])?\s+(?:again\s+)?(?:on\s+|by\s+|next\s+)?$/iu;
/**
 * "next week, ideally thursday", "next wk - prob tues", "a demo next week, penciled in for Wed 10am", "meeting next
 * week - tentatively tue 2pm", "reschedule to next week. thinking Tue 1pm": the weekday is the one in the week just named.
 */
export const NEXT_WEEK_THEN =
  /\bnext\s+(?:week|wk)\b(?:,\s*(?:pencil(?:led)?\s+(?:it\s+)?in|book\s+it\s+for|say)\s+$|[\s,;:-]*(?:(?:maybe|probably|prob|ideally|preferably|pref|likely|say|like|perhaps|possibly|either|or|on|around|sometime|hopefully)[\s,;:-]+)*|,\s*(?:[\w'’]+\s+){0,4}?(?:for|on)\s+|\s*[-–—]\s*(?:[\w'’]+\s+){0,2}?|\s*[.;!]\s*(?:thinking|maybe|probably|prob|ideally|how\s+about|what\s+about|proposing|proposed|suggesting|suggested|(?:i|we)\s+(?:proposed|suggested|said))\s+(?:(?:for|on)\s+)?)$/iu;

export const WEEK_AFTER_NEXT_THEN =
  /\bweek\s+after\s+next\b,?\s*(?:(?:maybe|probably|ideally|say|on|around|pencil(?:led)?\s+(?:it\s+)?in|book\s+it\s+for)\s+)*$/iu;

/** "till monday", "by thurs", "by EOD Friday", "before end of day on Tuesday": a wait's bound, ahead whatever the clause reports. */
const BOUND_BEFORE_EN =
  /\b(?:till|til|until|by|before|after)\s+(?:(?:the\s+)?(?:eod|cob|eob|close\s+of\s+business|end\s+of\s+(?:the\s+)?(?:business\s+|work(?:ing)?\s+)?day)\s+)?(?:on\s+)?$/iu;

/** "rebooked for Friday", "moved it to Tue": what was (re)booked or moved is set for the coming day, whatever the verb's tense. */
const BOOKED_FOR_BEFORE_EN =
  /\b(?:re-?)?(?:booked|scheduled|slotted|pencil+ed(?:\s+in)?|set(?:\s+up)?|confirmed|moved|moving|pushed|pushing|resched\w*|postponed|postponing|bumped|bumping|shifted|shifting)\b[^.,;!?]{0,24}?\b(?:for|to|on|till|until)\s+(?:this\s+)?$/iu;

/** "texted Sarah to confirm Tuesday's lunch", "reminded them of Friday's demo": the appointment confirmed is still to come. */
const CONFIRMS_BEFORE_EN =
  /\b(?:to\s+)?(?:re)?confirm(?:ing|ed)?\s+(?:the\s+|our\s+|their\s+)?$|\bremind(?:ing|ed)?\s+(?:them|him|her)\s+(?:of|about)\s+(?:the\s+|our\s+)?$/iu;

/** "asked for a debrief call Fri", "they requested a demo on Tue": the appointment asked for is still to come. */
const REQUESTED_BEFORE_EN =
  /\b(?:asked\s+(?:us\s+|me\s+)?for|requested|wants?|wanted|would\s+like|proposed|suggested)\s+(?:a|an|the|another)\s+(?:[\w'’-]+\s+){0,2}?(?:call|meeting|mtg|demo|debrief|review|session|chat|sync|walkthrough|visit|follow[\s-]?up)\s+(?:on\s+|for\s+)?$/iu;

/**
 * How an English weekday without a date is placed: its written modifier (next, last, this), else the latest one
 * when its clause reports something done ("called them Friday", "dropped by initech on thurs"), else the coming one.
 * One decision for chrono's full names and our own short forms (tues, weds, thurs), so both read alike.
 */
export function englishWeekdayModifier(text: string, index: number, end: number, day: { weekday: number; today: LocalDateTime }): WeekModifier {
  const phrase = text.slice(index, end).trim();
  const written =
    detectEnWeekModifier(phrase, text.slice(Math.max(0, index - 12), index)) ??
    // "onsite training week after next, pencil in tues"
    (WEEK_AFTER_NEXT_THEN.test(text.slice(Math.max(0, index - 40), index)) ? "nextnext" : null) ??
    (NEXT_WEEK_THEN.test(text.slice(Math.max(0, index - 40), index)) ? "next" : null) ??
    headingWeekdayModifier(text, index, end, day.weekday, day.today);
  if (written) return written;
  // "said he's out till monday": a weekday bounding a wait is ahead, whatever the clause reports
  // (the preposition may be in the phrase itself: our rules' "by thurs" keeps its "by", chrono's "by Thursday" does not)
  // ("by EOD Friday": the day's end named between them)
  const bounding = BOUND_BEFORE_EN.test(text.slice(Math.max(0, index - 36), index)) || /^(?:till|til|until|by|before|after)\b/iu.test(phrase);
  const nextStep =
    (NEXT_STEP_BEFORE_EN.test(text.slice(Math.max(0, index - 40), index)) && !DONE_AFTER_EN.test(text.slice(end, end + 24))) ||
    BOOKED_FOR_BEFORE_EN.test(text.slice(Math.max(0, index - 40), index)) ||
    CONFIRMS_BEFORE_EN.test(text.slice(Math.max(0, index - 40), index)) ||
    REQUESTED_BEFORE_EN.test(text.slice(Math.max(0, index - 60), index));
  // the weekday's own word tells no tense ("see you on sat": "sat" is also the past of "sit")
  // (its punctuation stays: a span may end on the comma that closes its clause)
  const blanked = text.slice(0, index) + text.slice(index, end).replace(/[^,，.。;；!！?？\n]/gu, " ") + text.slice(end);
  const wordsEnd = index + text.slice(index, end).replace(/[\s,，.。;；!！?？]+$/u, "").length;
  return !bounding &&
    !nextStep &&
    (reportsDone(clauseAround(blanked, index, wordsEnd)) || toldAfterGoneWeekday(blanked, index, wordsEnd, day.weekday, day.today))
    ? "reported"
    : null;
}
