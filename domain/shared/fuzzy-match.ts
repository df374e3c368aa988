import Fuse from "fuse.js";
import { normalizeText, toPinyin } from "./search-key.js";

export interface Searchable {
  id: string;
  label: string;
  /** Space-separated normalized keys (see search-key.ts). */
  searchKey: string;
}

export type MatchResult<T> = { kind: "one"; match: T } | { kind: "many"; matches: T[] } | { kind: "none" };

/**
 * Ranks candidates for what a person typed: exact key, then prefix/substring, then
 * typo-tolerant (fuse.js). A tie in the best tier is reported as "many" so the bot
 * asks instead of guessing.
 */
export function matchByName<T extends Searchable>(query: string, candidates: readonly T[], limit = 5): MatchResult<T> {
  const q = normalizeText(query);
  if (q.length === 0) return { kind: "none" };
  const qPinyin = toPinyin(query);
  const wanted = [q, qPinyin].filter((s) => s.length > 0);
  const keysOf = (c: T) => c.searchKey.split(" ");

  const exact = candidates.filter((c) => keysOf(c).some((k) => wanted.includes(k)));
  if (exact.length > 0) return pick(exact, limit);

  const partial = candidates.filter((c) =>
    keysOf(c).some((k) => wanted.some((w) => k.startsWith(w) || (w.length >= 2 && k.includes(w)) || (k.length >= 2 && w.includes(k)))),
  );
  if (partial.length > 0) return pick(partial, limit);

  // Very short queries match almost anything fuzzily ("AWS" is one letter off "awe" in huawei, "Jim" of jingdong);
  // only exact/partial is meaningful for them.
  if (q.length < 4) return { kind: "none" };
  const fuse = new Fuse(
    candidates.map((c) => ({ item: c, keys: keysOf(c) })),
    {
      keys: ["keys"],
      includeScore: true,
      threshold: 0.34,
      ignoreLocation: true,
    },
  );
  const found = fuse.search(q, { limit }).map((r) => ({ item: r.item.item, score: r.score ?? 1 }));
  const best = found[0];
  if (!best) return { kind: "none" };
  const second = found[1];
  // A clear winner is taken; close scores are ambiguous.
  if (!second || second.score - best.score > 0.15) return { kind: "one", match: best.item };
  return { kind: "many", matches: found.map((f) => f.item) };
}

function pick<T>(matches: T[], limit: number): MatchResult<T> {
  if (matches.length === 1) return { kind: "one", match: matches[0]! };
  return { kind: "many", matches: matches.slice(0, limit) };
}
