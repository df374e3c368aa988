/**
 * A reply that says yes ("ok", "yes please", "好的", "可以", "创建吧"): typed while the bot waits for
 * an answer to a yes/no question, it answers it. Narrower than small talk: "thanks", "收到" or
 * "知道了" acknowledge without agreeing to anything.
 */
const YES_EN = String.raw`ok(?:ay|ey)?|k|yes|yep|yeah|yup|sure|of\s+course|go\s+ahead|do\s+it|please\s+do|please|(?:and\s+)?(?:create|add|make|set\s+up)\s+(?:it|them|that|this|one|the\s+(?:new\s+)?(?:company|customer|account|client|deal|contact))|confirm(?:ed)?|correct|right|👍|👌|✅`;
const YES_ZH = String.raw`好的?|好滴|好嘞|好哒|好吧|行|可以|嗯+|是的?|对的?|没问题|要|(?:帮我|给我)?(?:创建|新建|建|添加)(?:一下|一个|个)?(?:这个)?(?:客户|公司)?|确认|确定|ok的`;
const FILLER = String.raw`[\s,，.。!！~～…、]*`;
const TAIL = String.raw`(?:\s*(?:吧|啊|呀|哈|啦|呢|哦|了))?`;
/** Thanks around a yes ("好的，谢谢", "ok thanks") do not change it. */
const THANKS = /谢谢(?:你|您)?|多谢|感谢|\b(?:thanks?(?:\s+you)?|thx|ty)\b/giu;
const YES = new RegExp(String.raw`^${FILLER}(?:(?:${YES_EN}|${YES_ZH})${TAIL}${FILLER})+$`, "iu");

export function isAffirmation(input: string): boolean {
  const text = input.trim();
  return text.length > 0 && text.length <= 30 && YES.test(text.replace(THANKS, " "));
}
