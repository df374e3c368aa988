/**
 * "今天的简报", "看看简报", "today's digest", "show me the digest": asking for today's team digest
 * in words rather than with the `digest` / `简报` command. Only the whole message counts, so a
 * sentence that merely mentions a report ("给华为发了日报") is still logged.
 */
const ZH = /^(?:请|帮我)?(?:看看|看一下|看下|发一下|发下|给我|来一份|查看)?(?:今天|今日|本日)?的?(?:销售|团队)?(?:简报|日报)(?:呢|吧|看看|一下)?[?？。.!！]*$/u;
const EN =
  /^(?:(?:please\s+)?(?:show|send|give)\s+(?:me\s+)?)?(?:today'?s\s+|the\s+|my\s+|our\s+|team\s+)?(?:daily\s+)?(?:pipeline\s+)?digest(?:\s+(?:for\s+)?today)?(?:\s+please)?[?.!]*$/iu;

export function isDigestRequest(text: string): boolean {
  const t = text.trim();
  return ZH.test(t) || EN.test(t);
}
