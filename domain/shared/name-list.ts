/**
 * Tags, aliases: short lists of names compared case-insensitively ("VIP" and "vip" are one tag),
 * each kept in the spelling it was first given.
 */

/** `current` without `remove`, then each of `add` not there yet. */
export function editNameList(current: readonly string[], add: readonly string[] = [], remove: readonly string[] = []): string[] {
  const removing = new Set(remove.map((t) => t.toLowerCase()));
  const kept = current.filter((t) => !removing.has(t.toLowerCase()));
  for (const name of add) if (!kept.some((k) => k.toLowerCase() === name.toLowerCase())) kept.push(name);
  return kept;
}

/** What to add and remove to turn `current` into `wanted`. */
export function nameListDiff(current: readonly string[], wanted: readonly string[]): { add: string[]; remove: string[] } {
  const have = new Set(current.map((x) => x.toLowerCase()));
  const want = new Set(wanted.map((x) => x.toLowerCase()));
  return { add: wanted.filter((w) => !have.has(w.toLowerCase())), remove: current.filter((c) => !want.has(c.toLowerCase())) };
}
