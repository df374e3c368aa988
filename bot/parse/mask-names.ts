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
    const needle = haystack === lower ? name.toLowerCase() : name;
    if (needle.trim().length === 0) continue;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
      out = out.slice(0, at) + masked(out.slice(at, at + needle.length)) + out.slice(at + needle.length);
    }
  }
  return out;
}

function masked(written: string): string {
  return written.replace(/[\p{L}\p{N}]/gu, (c) => (/\p{Script=Han}/u.test(c) ? "某" : "x"));
}
