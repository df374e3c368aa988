/**
 * "怎么删除一条记录？", "你好，怎么用？", "how do I delete a note?": a question about using the bot. Read as a
 * sentence it asked for a customer called "怎么删除一条"; it gets the way in instead, and writes nothing.
 */
const HOW_TO_ZH =
  /^(?:请问|你好|您好|哈喽|嗨|hi|hello)?[，,\s!！]*(?:这个|这|你|机器人|助手|bot)?(?:要|该|应该)?(?:怎么|如何|怎样|咋)(?:才能|可以|能|样)?(?:用|使用|操作|删除?|删掉|修改|改|编辑|撤销|撤回|添加|加|新建|建|导出|导入|设置|查看|查|看|记录|记|录入|上传|分配|合并|取消)/iu;
const HOW_TO_EN =
  /^(?:hi|hey|hello)?[,!\s]*(?:how\s+(?:do|can|should|would)\s+(?:i|we|you)|how\s+to|is\s+there\s+a\s+way\s+to|can\s+you\s+(?:help\s+me|show\s+me\s+how\s+to))\s+(?:use|delete|remove|edit|change|fix|undo|add|create|export|import|set(?:\s+up)?|see|view|find|log|record|upload|assign|move|rename|merge|cancel)\b/iu;

/** "华为的报价单模板在哪里可以找到", "where can I find the quote template?": where something is, asked of the bot. */
const WHERE_ZH = /(?:在)?哪(?:里|儿)(?:可以|能)?(?:找到?|下载|看到?|拿到|获取|查到?)|在哪(?:里|儿)?\s*[？?]*$/u;
const WHERE_EN =
  /^(?:hi|hey|hello)?[,!\s]*where\s+(?:(?:can|do|does|would|should)\s+(?:i|we|you)\s+(?:find|get|download|see|look|access|put|upload)\b|(?:is|are)\s+(?:the|my|our)\b[^?]{0,30}\b(?:templates?|files?|forms?|docs?|documents?|links?|buttons?|settings?|exports?)\b)/iu;
/** …unless it reports what the customer asked ("华为问我们的仓库在哪里"). */
const ASKED_BY_SOMEONE = /问|asked|wants?\s+to\s+know/iu;

export function isHowToQuestion(text: string): boolean {
  const t = text.trim();
  if (t.length > 60) return false;
  return HOW_TO_ZH.test(t) || HOW_TO_EN.test(t) || ((WHERE_ZH.test(t) || WHERE_EN.test(t)) && !ASKED_BY_SOMEONE.test(t));
}
