/**
 * A reply that says no ("no", "no thanks", "no, don't add them", "算了不用了", "不要"): typed while the bot
 * waits for an answer, it is the "none of these" button. Only the whole message counts: "no budget this
 * year" is a report.
 */
const NO_EN = String.raw`no+|nope|nah|no\s+thanks?|no\s+thank\s+you|not\s+now|not\s+needed|never\s*mind|nvm|cancel|skip(?:\s+it)?|forget\s+it|leave\s+it|(?:don['’]?t|do\s+not)\s+(?:add|create|log|save|bother)(?:\s+(?:it|them|that|this|one|the\s+(?:company|customer|contact|deal)))?`;
const NO_ZH = String.raw`不用了?|不要了?|算了|不了|先不(?:用|要|加|建|记)?了?|别(?:加|建|记)了?|不需要了?|不必了?|都不是|取消`;
const FILLER = String.raw`[\s,，.。!！~～…、]*`;
const TAIL = String.raw`(?:\s*(?:吧|啊|呀|哈|啦|呢|哦|了|谢谢|thanks?))?`;
const NO = new RegExp(String.raw`^${FILLER}(?:(?:${NO_EN}|${NO_ZH})${TAIL}${FILLER})+$`, "iu");

export function isDecline(input: string): boolean {
  const text = input.trim();
  return text.length > 0 && text.length <= 30 && NO.test(text);
}
