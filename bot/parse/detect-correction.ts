/**
 * "不对，是下周三", "说错了，预算是25万", "sorry, I meant Thursday", "correction: 250k": the user
 * fixes what they just said. Returns the corrected part, or null when the message is no correction.
 * "actually", "no" and "wait" start reports too ("actually they want 30 seats"), so they count only
 * with "I meant" / "make it" / "it's" / "should be" after them.
 */
// The marker stands alone ("不对，", "更正：") or says what follows ("写错了应该是"): "不是很满意" is no correction.
const ZH =
  /^(?:不对|不是的?|说错了|写错了|打错了|搞错了|记错了|错了|更正(?:一下)?|纠正(?:一下)?|改一下|修改一下|刚才说错了|刚才写错了)(?:[，,。.\s:：!！~～]+(?:应该是|应该|是|改成|改为|改到)?|应该是|改成|改为)\s*/u;
const EN_ALONE =
  /^(?:sorry|oops|correction|my\s+bad|typo)\b[,!.:;\s-]*(?:i\s+meant|i\s+mean|it'?s|it\s+is|make\s+(?:it|that)|that\s+should\s+be|should\s+be|meant\s+to\s+say)?\s*/iu;
const EN_NEEDS_PHRASE =
  /^(?:(?:actually|no|wait|err?|um+)[,!.:;\s-]+)?(?:i\s+meant|i\s+mean|make\s+(?:it|that)|that\s+should\s+be|it\s+should\s+be|should\s+have\s+said|meant\s+to\s+say)\b[,:\s]*/iu;

export function correctionOf(text: string): string | null {
  const trimmed = text.trim();
  for (const re of [ZH, EN_ALONE, EN_NEEDS_PHRASE]) {
    const m = re.exec(trimmed);
    if (!m || m[0].length === 0) continue;
    const rest = trimmed.slice(m[0].length).trim();
    if (rest) return rest;
  }
  return null;
}
