/**
 * The marks that end a clause in a rep's message. An emoji or a check mark ends one too, as in
 * split-clauses.ts: "Contoso demo went great 👍 sending quote monday" plans Monday, the report is over.
 */
const CLAUSE_STOP = /[,，.。;；!！?？\n✅✔☑]|\p{Extended_Pictographic}/u;

/** The whole character at `i`: an emoji is two UTF-16 units, either of which may sit at `i`. */
function isStopAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  const start = unit >= 0xdc00 && unit <= 0xdfff && i > 0 ? i - 1 : i;
  return CLAUSE_STOP.test(String.fromCodePoint(text.codePointAt(start) ?? 0));
}

/** Where the clause (between punctuation marks) holding the span index..end starts and stops. */
export function clauseBounds(text: string, index: number, end: number): { start: number; stop: number } {
  let start = index;
  while (start > 0 && !isStopAt(text, start - 1)) start--;
  let stop = end;
  while (stop < text.length && !isStopAt(text, stop)) stop++;
  return { start, stop };
}

/** The clause that holds the span index..end. */
export function clauseAround(text: string, index: number, end: number): string {
  const { start, stop } = clauseBounds(text, index, end);
  return text.slice(start, stop);
}
