import { allMatches } from "./all-matches.js";
/** A piece of a sentence between punctuation or "then": the unit that has one tense. */
export interface Clause {
  text: string;
  index: number;
}

// "." only ends a clause before a space or the end, so "4 p.m." and "1.5万" stay whole.
// a check mark, a spaced dash and "next:" end a clause too: "demo done ✅ next: pricing call fri", "spoke to Globex - they'll sign"
const BREAK =
  /[,，。;；!！?？\n、✅✔☑]|\.(?=\s|$)|\s+[-–—]+\s+|\s+(?:and then|then|but|after that|afterwards)\s+|\s*\bnext(?:\s+steps?)?\s*:|然后|之后|接着|但是?|不过/giu;

export function splitClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (const m of allMatches(text, BREAK)) {
    const at = m.index ?? 0;
    if (at > start) out.push({ text: text.slice(start, at), index: start });
    start = at + m[0].length;
  }
  if (start < text.length) out.push({ text: text.slice(start), index: start });
  return out.filter((c) => /[\p{L}\p{N}]/u.test(c.text));
}
