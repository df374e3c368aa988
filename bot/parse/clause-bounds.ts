/** The marks that end a clause in a rep's message. */
const CLAUSE_STOP = /[,，.。;；!！?？\n]/u;

/** Where the clause (between punctuation marks) holding the span index..end starts and stops. */
export function clauseBounds(text: string, index: number, end: number): { start: number; stop: number } {
  let start = index;
  while (start > 0 && !CLAUSE_STOP.test(text[start - 1]!)) start--;
  let stop = end;
  while (stop < text.length && !CLAUSE_STOP.test(text[stop]!)) stop++;
  return { start, stop };
}

/** The clause that holds the span index..end. */
export function clauseAround(text: string, index: number, end: number): string {
  const { start, stop } = clauseBounds(text, index, end);
  return text.slice(start, stop);
}
