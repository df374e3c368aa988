import { TRIGGER_WORD, cleanRun, isStop } from "./extract-names-en.js";
import { isPlaceName } from "./name-lexicon.js";
import type { NameHints } from "./name-hints.js";
import { allMatches } from "./all-matches.js";

/**
 * Companies named as a place the rep went to: "swung by Wayne Enterprises' office",
 * "stopped by Initech HQ", "dropped in on Hooli", "went over to Pied Piper's office".
 * The generic trigger list in extract-names-en.ts reads "by"/"on" as ordinary words,
 * so visits and motion verbs get their own pattern; a run in front of a site word
 * (office, HQ, plant…) is a company too. Cities ("the Shanghai office") are not.
 */

const VISIT =
  /\b(?:(?:swung|swing|swinging|stopped|stop|stopping|dropped|drop|dropping|popped|pop|popping|came|come|coming)\s+(?:by|in(?:to)?|over)(?:\s+(?:on|at|to))?|(?:went|go|going|goes|headed|head|heading|drove|drive|driving|flew|fly|flying|walked|walk|travel(?:l?ed)?|got)\s+(?:over\s+|out\s+|down\s+|up\s+|back\s+|across\s+)?(?:to|by)|(?:on-?site|on\s+site|onsite)\s+(?:at|with)|visit(?:ed|ing|s)?|toured|tour(?:ing)?)\s+(?:the\s+)?/giu;
// a capitalized word (possessive allowed) or an all-caps brand; "&" and "of" may join words
const WORD = String.raw`(?:[A-Z][A-Za-z0-9&.'’-]*|[0-9]+[A-Z][A-Z0-9&]*)`;
const RUN = new RegExp(String.raw`(?:${WORD})(?:\s+(?:(?:&|of)\s+)?(?:${WORD}))*`, "uy");
const SITE = String.raw`(?:office|offices|hq|headquarters|plant|factory|site|campus|warehouse|facility|facilities|building|store|branch|booth|lab|labs|fab|mill|showroom|premises|depot|mine|yard)`;
const BEFORE_SITE = new RegExp(String.raw`((?:${WORD})(?:\s+(?:(?:&|of)\s+)?(?:${WORD}))*?)(?:['’]s?)?\s+${SITE}\b`, "gu");
const TRAILING_SITE = new RegExp(String.raw`(?:\s+${SITE})+$`, "iu");

/** "Initech HQ" → "Initech"; "Wayne Enterprises'" → "Wayne Enterprises"; null for a place or a plain word. */
function companyFrom(run: string): string | null {
  // "Tesla's Shanghai plant": the owner ends at its possessive
  const words = run.trim().split(/\s+/u);
  // "Visited Hooli's office": the verb capitalized at the start of the message is no part of the name
  while (words.length > 1 && TRIGGER_WORD.test(words[0] ?? "")) words.shift();
  const owner = words.findIndex((w) => /['’]s?$/u.test(w));
  const own = owner >= 0 ? words.slice(0, owner + 1).join(" ") : run;
  const name = cleanRun(own)
    .replace(/['’]s?$/u, "")
    .replace(TRAILING_SITE, "")
    .trim();
  if (name.length < 2 || isStop(name) || isPlaceName(name)) return null;
  const first = name.split(/\s+/u)[0] ?? "";
  return isStop(first) ? null : name;
}

export function extractVisitedCompanies(text: string, hints: NameHints): void {
  for (const verb of allMatches(text, VISIT)) {
    const start = (verb.index ?? 0) + verb[0].length;
    RUN.lastIndex = start;
    const m = RUN.exec(text);
    const name = m && companyFrom(m[0]);
    if (name) hints.company(name, 2, start);
  }
  for (const m of allMatches(text, BEFORE_SITE)) {
    // the run must start a word: "the Acme office", not the tail of "NewAcme"
    const name = companyFrom(m[1] ?? "");
    if (name) hints.company(name, 3, m.index ?? 0);
  }
}
