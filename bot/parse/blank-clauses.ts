/**
 * A clause as the blanking rules see it: the text between commas, full stops, semicolons, marks and line breaks
 * ("." only before a space: "4 p.m." and "1.5万" stay whole, "no-showed the call. Rebooked for Friday" is two).
 */
const CLAUSE = /(?:[^,，。;；!！?？\n.]|\.(?!\s))+/gu;

/**
 * Each clause for which `blank` says so replaced by spaces of the same length (positions elsewhere
 * hold), or by what `blank` returns for it: the clause-level rules that take words out of the
 * dates and activities read (a cancelled appointment, a reminder turned down, a tally).
 */
export function blankClauses(text: string, blank: (clause: string) => boolean | string): string {
  return text.replace(CLAUSE, (clause) => {
    const out = blank(clause);
    return out === true ? " ".repeat(clause.length) : out === false ? clause : out;
  });
}

/** The clauses of `text`, as blankClauses cuts them. */
export function clauseTexts(text: string): string[] {
  return text.match(CLAUSE) ?? [];
}
