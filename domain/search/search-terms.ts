/** Longest term kept; longer words (a pasted URL, a hash) are cut to it, on both sides of a search alike. */
const MAX_TERM = 40;
/** An activity summary yields at most this many distinct terms. */
const MAX_TERMS = 200;

const HAN_RUN = /\p{Script=Han}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The index terms of a text: each run of Chinese characters as overlapping pairs (CJK bigrams:
 * "报价单" → 报价, 价单; a lone character stays itself), other words lower-cased (2+ letters or
 * digits), full-width forms folded. Bigrams need no dictionary, so names jieba does not know
 * (王芳, 张三物流) are found as reliably as common words.
 */
export function searchTerms(text: string): string[] {
  const folded = text.normalize("NFKC").toLowerCase();
  const terms = new Set<string>();
  for (const [run] of folded.matchAll(HAN_RUN)) {
    if (run.length === 1) terms.add(run);
    for (let i = 0; i + 1 < run.length; i++) terms.add(run.slice(i, i + 2));
  }
  for (const [word] of folded.replace(HAN_RUN, " ").matchAll(WORD)) {
    if (word.length >= 2) terms.add(word.slice(0, MAX_TERM));
  }
  return [...terms].slice(0, MAX_TERMS);
}
