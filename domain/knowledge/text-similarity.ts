import { normalizeText } from "../shared/search-key.js";

const HAN = /\p{Script=Han}/u;
const STOP_WORDS = new Set([
  "the",
  "a",
  "an",
  "to",
  "of",
  "is",
  "and",
  "or",
  "in",
  "on",
  "for",
  "how",
  "what",
  "do",
  "i",
  "my",
  "we",
  "can",
  "not",
  "cannot",
  "it",
  "please",
  "help",
  "our",
  "your",
  "you",
  "they",
  "this",
  "that",
  "with",
  "customer",
  "问题",
  // Chinese pairs that say nothing about the problem itself.
  "客户",
  "我们",
  "你们",
  "他们",
  "一下",
  "怎么",
  "什么",
  "可以",
  "不了",
  "没有",
  "一直",
  "这个",
  "那个",
  "帮忙",
  "请问",
  "是否",
  "如何",
  "已经",
  "需要",
  "么办",
  "怎样",
]);

/**
 * Search terms of a text: Latin words and numbers (lower-cased, without stop words) and, for
 * Chinese, every pair of neighbouring Han characters (so "无法登录" and "登录不了" share "登录"
 * without a word segmenter). Stored space-separated in KnowledgeArticle.searchKey.
 */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  const normalized = text.normalize("NFKC").toLowerCase();
  for (const word of normalized.match(/[a-z0-9]+/g) ?? []) {
    if (word.length >= 2 && !STOP_WORDS.has(word)) terms.add(word);
  }
  for (const run of normalized.match(/\p{Script=Han}+/gu) ?? []) {
    if (run.length === 1) terms.add(run);
    for (let i = 0; i + 1 < run.length; i++) {
      const pair = run.slice(i, i + 2);
      if (!STOP_WORDS.has(pair)) terms.add(pair);
    }
  }
  return [...terms];
}

/** Share of the query's terms found in the document, 0–1 (a Latin term also matches by prefix: "login" ~ "logins"). */
export function overlapScore(queryTerms: readonly string[], docTerms: readonly string[]): number {
  return overlap(queryTerms, docTerms).score;
}

/** The overlap score and how many query terms matched exactly. */
export function overlap(queryTerms: readonly string[], docTerms: readonly string[]): { score: number; exact: number } {
  if (queryTerms.length === 0) return { score: 0, exact: 0 };
  const doc = new Set(docTerms);
  let hits = 0;
  let exact = 0;
  for (const term of queryTerms) {
    if (doc.has(term)) {
      hits += 1;
      exact += 1;
    } else if (!HAN.test(term) && term.length >= 4 && docTerms.some((d) => d.startsWith(term.slice(0, 4)))) hits += 0.5;
  }
  return { score: hits / queryTerms.length, exact };
}

export function isBlank(text: string): boolean {
  return normalizeText(text).length === 0;
}
