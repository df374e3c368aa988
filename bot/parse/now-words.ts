/**
 * "now" / "right now" / "现在" mean the current instant, but only when the whole
 * text is that time expression (a bare date argument). Inside a chat sentence
 * ("they now want a quote", "现在要报价") the word is ordinary and yields no date.
 * 宜家 / 而家 / 依家 are the Cantonese 现在.
 */
const NOW_ALONE =
  /^\s*(?:(?:right|just)\s+now|now|at\s+(?:the\s+)?(?:moment|present)|現在|现在|此刻|目前|当前|此时|此时此刻|当下|眼下|宜家|而家|依家|而今|马上|立刻|立即|最近)\s*[.!。！]?\s*$/iu;

export function isNowAlone(text: string): boolean {
  return NOW_ALONE.test(text);
}
