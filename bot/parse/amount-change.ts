/**
 * "金额从80万调到100万", "budget raised from $50k to $80k", "80万→100万": a sentence that changes
 * an amount names the old value first ("200万改成250万" too). The deal's value is the new one, so the amount is read from
 * the words after the change; without a change word "from $30 to $45" stays a range.
 */
const CHANGE_ZH =
  /(?:从|由)[^，,。;；!！?？]{1,24}?(?:调整?|改|涨|降|提高?|增加?|减少?|上调|下调|升|变|砍|压|谈|加|缩)(?:整|高|低|价|少|多|了)*(?:到|至|为|成)了?(?<to>[^，,。;；!！?？].*)$/u;
const CHANGE_EN =
  /\b(?:rais|increas|lower|reduc|cut|chang|bump|mov|adjust|revis|updat|drop|negotiat|went|go(?:es|ne)?|came|slash|trimm|grew|grow)\w*\s+(?:[\w'’]+\s+){0,4}?from\s+(?:[^,;.!?]|[.,](?=\d)){1,24}?\s+to\s+(?<to>.+)$/iu;
const ARROW = /(?:→|->|=>|⇒)\s*(?<to>.+)$/u;
/** "华为 200万改成250万", "2百万 改为 两百五十万": the old figure, then a change word, without 从. */
const CHANGED_TO_ZH =
  /[\d一二两三四五六七八九十百千万亿][\d.,]*\s*(?:万|千|百万|亿|[wW]|元|块)\s*(?:改成|改为|调成|调为|调到|调整为|调整到|变成|变为|更新为|更正为|改到)了?\s*(?<to>[^，,。;；!！?？].*)$/u;

/** The text that holds the new amount, or null when the sentence changes nothing. */
export function changedAmountText(text: string): string | null {
  for (const re of [CHANGE_ZH, CHANGE_EN, ARROW, CHANGED_TO_ZH]) {
    const to = re.exec(text)?.groups?.to;
    if (to && /\d|[一二两三四五六七八九十百千万亿]/u.test(to)) return to;
  }
  return null;
}
