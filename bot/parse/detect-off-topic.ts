/**
 * "what time is it in Shanghai", "今天天气怎么样": a question about the world, not the CRM. Read as one about
 * a customer it answered that there is no customer "it Shanghai"; it gets what the bot can do instead.
 */
const OFF_TOPIC_EN =
  /\b(?:what\s+time\s+is\s+it|what['’]?s\s+the\s+time|(?:the\s+)?weather|temperature\s+(?:in|outside|today)|tell\s+(?:me\s+)?a\s+joke|who\s+are\s+you|are\s+you\s+(?:a\s+)?(?:bot|human|real|ai))\b/iu;
const OFF_TOPIC_ZH = /几点了|现在几点|天气|气温|下雨|讲个笑话|你是谁|你是机器人吗|你是真人吗/u;

export function isOffTopicQuestion(text: string): boolean {
  const t = text.trim();
  return t.length <= 80 && (OFF_TOPIC_EN.test(t) || OFF_TOPIC_ZH.test(t));
}
