/**
 * "how much pipeline do I have?", "what does our pipeline look like?", "我手上有多少商机？",
 * "团队的销售漏斗": the pipeline command in words, with the scope said (mine unless team / our / 我们 / 团队).
 * Only the whole message counts.
 */
const EN =
  /^(?:how\s+much\s+(?:open\s+)?pipeline\s+(?:do|does)\s+(?:i|we|the\s+team)\s+have(?:\s+(?:now|today|right\s+now|open))?|(?:how\s+much|what)(?:\s+is|'s|s)?\s+in\s+(?:my|our|the\s+team'?s?)\s+pipeline(?:\s+(?:now|today|right\s+now))?|(?:what'?s|what\s+is|what\s+does|how'?s|how\s+is|how\s+does|show(?:\s+me)?|give\s+me|pull\s+up)\s+(?:in\s+)?(?:my|our|the\s+team'?s?|the)\s+pipeline(?:\s+(?:look(?:ing)?(?:\s+like)?|worth|now|today|right\s+now))?|(?:my|our|team)\s+pipeline)(?:\s+(?:for|in)\s+(?:q[1-4]|this\s+quarter|next\s+quarter|this\s+month|next\s+month))?\s*[?.!]*$/iu;
const ZH =
  /^(?:(?:我的|我们的?|团队的?|咱们的?)(?:销售)?(?:漏斗|管道|[Pp]ipeline)(?:现在|目前)?(?:怎么样|情况如何|情况|有多少|一共|总共)?(?:多少钱|多少|金额)?|(?:看看|看一下|查一下)?(?:我的|我们的?|团队的?)?(?:销售)?漏斗(?:怎么样|情况)?|(?:我|我们|团队)(?:手上|手里|现在|目前)*(?:一共|总共)?(?:有|还有)多少(?:在跟的|在谈的|进行中的|未结的)?(?:商机|单子)(?:金额)?(?:呢)?)\s*[?？。.!！]*$/u;
const TEAM = /\b(?:our|we|team)\b|我们|团队|咱们/iu;

export function pipelineCommandFor(text: string): string | null {
  const t = text.trim();
  if (!EN.test(t) && !ZH.test(t)) return null;
  return `pipeline ${TEAM.test(t) ? "team" : "mine"}`;
}
