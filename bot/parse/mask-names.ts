/**
 * The text with the given names (customers it is known to mention) written as letters no rule
 * reads: "Pied Piper" is no past tense, "May Mobility" no month, "3M" no amount, "美的" no 的.
 * Same length, so clause boundaries and spans stay where they were. Case is ignored.
 */
export function maskNames(text: string, names: readonly string[]): string {
  if (names.length === 0) return text;
  const lower = text.toLowerCase();
  // Lower-casing that changes a length (rare letters) would shift every index: match as written then.
  const haystack = lower.length === text.length ? lower : text;

  let out = text;
  for (const name of names) {
    // "3M budget is 3m": a short name counts only as written; a Latin name only as whole words ("3m" in "13m" is not 3M).
    const exact = name.length <= 3 || haystack !== lower;
    const source = exact ? text : lower;
    const needle = exact ? name : name.toLowerCase();
    if (needle.trim().length === 0) continue;
    for (let at = source.indexOf(needle); at >= 0; at = source.indexOf(needle, at + needle.length)) {
      if (!wholeWord(text, at, at + needle.length)) continue;
      out = out.slice(0, at) + masked(out.slice(at, at + needle.length)) + out.slice(at + needle.length);
    }
  }
  return out;
}

const LATIN_OR_DIGIT = /[A-Za-z0-9]/u;

/** A Latin or digit edge of the name must not run on into the text around it. */
function wholeWord(text: string, start: number, end: number): boolean {
  const runsOn = (inside: string | undefined, outside: string | undefined) =>
    Boolean(inside && outside && LATIN_OR_DIGIT.test(inside) && LATIN_OR_DIGIT.test(outside));
  return !runsOn(text[start], text[start - 1]) && !runsOn(text[end - 1], text[end]);
}

function masked(written: string): string {
  return written.replace(/[\p{L}\p{N}]/gu, (c) => (/\p{Script=Han}/u.test(c) ? "某" : "x"));
}

/**
 * "Called xxxxxxx, xxxxxxx and xxxxxxxx on Friday", "某某、某某和某某都打了电话": the commas of a list of masked names join
 * them, so the list stays one clause (the comma becomes a space, 、 becomes 和; same length).
 */
const LATIN_LIST =
  /(?<=(?:^|[^\p{L}])x{2,}(?: x+)*)\s*,(?=\s*x{2,}(?: x+)*(?:\s*,\s*x{2,}(?: x+)*)*\s*,?\s+(?:and|&)\s+x{2,})|(?<=(?:^|[^\p{L}])x{2,}(?: x+)*,\s*x{2,}(?: x+)*),(?=\s+(?:and|&)\s+x{2,})/gu;
const HAN_LIST = /(?<=某{2,})、(?=某{2,})/gu;

export function joinMaskedLists(masked: string): string {
  return masked.replace(LATIN_LIST, (comma) => comma.replace(",", " ")).replace(HAN_LIST, "和");
}
