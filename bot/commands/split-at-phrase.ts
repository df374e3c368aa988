/**
 * "<record> <field words> <value>": the first pattern (in the order given) that occurs after the
 * start of the line splits it into what stands before and after; both must be non-empty, and
 * `accept` may still turn the value down (then the next pattern is tried).
 */
export function splitAtPhrase<E extends { pattern: RegExp }, R>(
  line: string,
  entries: readonly E[],
  accept: (entry: E, before: string, after: string) => R | null,
): R | null {
  for (const entry of entries) {
    const match = entry.pattern.exec(line);
    if (!match || match.index === 0) continue;
    const before = line.slice(0, match.index).trim();
    const after = line.slice(match.index + match[0].length).trim();
    const accepted = before && after ? accept(entry, before, after) : null;
    if (accepted) return accepted;
  }
  return null;
}
