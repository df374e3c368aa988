import { clauseAround } from "./clause-bounds.js";
import { reportsDone } from "./clause-tense.js";
import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import type { RuleContext } from "./rule-context.js";
import { allMatches } from "./all-matches.js";

/**
 * "deal probably slips to Feb", "by Feb", "until Jan", "next Mar": a month's short name after a
 * preposition. chrono reads a short month alone only after "in" or with its period ("Feb."), so
 * "slips to Feb" had no date. The month is its first day: the coming one ahead, the latest one in a
 * report ("pushed it from Feb" told as done is the one gone). "may" is never read this way (a verb), and
 * lower-case "jan" / "mar" are left alone (a name, a verb).
 */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ABBREVIATED =
  /\b(?<lead>to|by|until|till|til|before|after|around|through|thru|from|next|early|mid|late|end\s+of|start\s+of|beginning\s+of)[\s-]+(?<month>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?![.\w'’-]|\s+\d)/giu;
/**
 * "revisit jan", "circle back in feb", "touch base early mar": a month after a verb of coming back to it,
 * which takes a time and never a person (so lower-case "jan" is the month here too).
 */
const RETURN_TO =
  /\b(?:revisit(?:ing)?|circle\s+back|touch\s+base|resume|pick\s+(?:it|this|things)\s+(?:back\s+)?up|reconnect|check\s+back|follow[\s-]?up|f\/u)(?:\s+(?:on\s+)?(?:it|this|that|them))?\s+(?:(?:in|around|early|mid|late|after)\s+)?(?<month>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|ember|ober)?\b(?!\s+\d)/giu;
const PERSON_AFTER =
  /^(?:['’]s\b|\s+(?:from|at|of|in|with|about|on|said|says|mentioned|asked|wants|wanted|and|who|is|was|will|told|called|emailed|replied|re)\b)/iu;
/**
 * "they're pushing the kickoff to jan", "slipped it to mar": after a verb of moving a date and "to" a lower-case
 * "jan" / "mar" is the month (a person is not pushed to), so the name check is skipped there.
 */
const MOVED_BEFORE =
  /\b(?:push|pushe[ds]|pushing|move[ds]?|moving|slip(?:s|ped|ping)?|slid(?:e|es|ing)?|delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|bump(?:s|ed|ing)?|shift(?:s|ed|ing)?|reschedul(?:e|es|ed|ing)|defer(?:s|red|ring)?|punt(?:s|ed|ing)?|kick(?:s|ed|ing)?\s+(?:it|this|that|the\s+\w+)\s+(?:down\s+the\s+road\s+)?)\b(?:\s+(?:it|this|that|them|back|out|again|(?:the|our|their)(?:\s+[\w-]+){1,2}))*\s+$/iu;
const DEADLINE_LEAD = /^(?:by|until|till|til|before|next|to|through|thru|end\s+of|early|mid|late)$/iu;
const HINT = /\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/iu;

export function findEnglishAbbreviatedMonths(ctx: RuleContext): DateCandidate[] {
  if (!HINT.test(ctx.text)) return [];
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, ABBREVIATED)) {
    const g = m.groups ?? {};
    const month = MONTHS.indexOf((g.month ?? "").slice(0, 3).toLowerCase()) + 1;
    // a lower-case "jan" / "mar" is a name or a verb
    const lead0 = (g.lead ?? "").toLowerCase();
    const moved = lead0 === "to" && MOVED_BEFORE.test(ctx.text.slice(Math.max(0, (m.index ?? 0) - 48), m.index ?? 0));
    if (month === 0 || (!moved && /^[a-z]/u.test(g.month ?? "") && /^(?:jan|mar)$/iu.test(g.month ?? ""))) continue;
    const index = (m.index ?? 0) + m[0].length - (g.month ?? "").length;
    const end = (m.index ?? 0) + m[0].length;
    // "talked to Jan from Globex", "email from Jan at Initech", "spoke to Jun about…": a person
    if (PERSON_AFTER.test(ctx.text.slice(end))) continue;
    const { today } = ctx;
    const lead = (g.lead ?? "").toLowerCase();
    // a deadline ("by Feb", "until Jan", "done by Feb") is ahead whatever the clause reports
    const ahead = DEADLINE_LEAD.test(lead) || !reportsDone(clauseAround(ctx.text, index, end));
    // "next Dec" said in December is next year's; "by Dec" this one's
    const coming = lead === "next" ? month > today.month : month >= today.month;
    const year = ahead ? (coming ? today.year : today.year + 1) : month <= today.month ? today.year : today.year - 1;
    out.push({ index, end, date: { year, month, day: 1 }, time: null, partOfDayHour: null, priority: PRIORITY_RULE });
  }
  for (const m of allMatches(ctx.text, RETURN_TO)) {
    const name = m.groups?.month ?? "";
    const month = MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
    if (month === 0) continue;
    const end = (m.index ?? 0) + m[0].length;
    const index = end - m[0].slice(m[0].toLowerCase().lastIndexOf(name.toLowerCase())).length;
    // coming back to something is ahead: the coming month (next year's when it is this one or gone)
    const year = month > ctx.today.month ? ctx.today.year : ctx.today.year + 1;
    out.push({ index, end, date: { year, month, day: 1 }, time: null, partOfDayHour: null, priority: PRIORITY_RULE });
  }
  return out;
}
