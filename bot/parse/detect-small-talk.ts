/**
 * A message that only acknowledges, thanks or greets ("ok", "好的", "收到", "thanks!", "早"). It
 * carries nothing to log: starting a log flow on it ("这是关于哪个客户的？") would confuse the rep,
 * and logging it would write an empty note and reset the customer's last activity.
 */
export type SmallTalk = "ack" | "thanks" | "greeting";

const ACK_EN = String.raw`ok(?:ay|ey)?|kk?|got\s+it|noted|roger(?:\s+that)?|sure|cool|great|perfect|fine|alright|all\s+right|understood|will\s+do|sounds\s+good|yes|yep|yeah|yup|no\s+problem|np|👍|👌|🙏|✅`;
const THANKS_EN = String.raw`thanks?(?:\s+(?:you|a\s+lot|so\s+much))?|thx|ty|tks|cheers|much\s+appreciated|appreciate\s+it`;
const GREETING_EN = String.raw`hi|hello|hey|yo|good\s+(?:morning|afternoon|evening)|morning|wh?at['’]?s\s+up|wassup|sup|how\s+(?:are|r)\s+(?:you|u|ya)(?:\s+doing)?|how['’]?s\s+it\s+going|how\s+is\s+it\s+going|how\s+are\s+things`;
const ACK_ZH = String.raw`好的?|好滴|好嘞|好哒|行|可以|嗯+|嗯嗯|哦+|噢|收到|知道了|明白了?|了解|懂了|没问题|ok的|好吧|对的?|是的`;
const THANKS_ZH = String.raw`谢谢(?:你|您)?|多谢|感谢|辛苦了?|谢啦|3q`;
const GREETING_ZH = String.raw`你好|您好|早|早上好|上午好|下午好|晚上好|晚安|在吗|在不在|哈喽|嗨|最近(?:怎么样|还好吗?|好吗)|忙吗`;

const FILLER = String.raw`[\s,，.。!！?？~～…、:：;；)）(（]*`;
const TAIL = String.raw`(?:\s*(?:bot|team|啊|呀|哈|哈哈|啦|呢|哦|喔|了))?`;

function whole(words: string): RegExp {
  // one or more of the words, each followed by punctuation or emoji: "ok thanks!", "好的，谢谢"
  return new RegExp(String.raw`^${FILLER}(?:(?:${words})${TAIL}${FILLER})+$`, "iu");
}
const ANY = whole([ACK_EN, THANKS_EN, GREETING_EN, ACK_ZH, THANKS_ZH, GREETING_ZH].join("|"));
const THANKS = new RegExp(String.raw`(?:${THANKS_EN}|${THANKS_ZH})`, "iu");
// "hey whats up": greetings only, however many
const GREETING = new RegExp(String.raw`^${FILLER}(?:(?:${GREETING_EN}|${GREETING_ZH})${TAIL}${FILLER})+$`, "iu");

export function detectSmallTalk(input: string): SmallTalk | null {
  const text = input.trim();
  if (text.length === 0 || text.length > 40 || !ANY.test(text)) return null;
  if (THANKS.test(text)) return "thanks";
  if (GREETING.test(text)) return "greeting";
  return "ack";
}
