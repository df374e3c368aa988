import { inferActivityIntent } from "./infer-activity.js";
import type { ActivityKind } from "./types.js";

/**
 * "不对，是下周三", "说错了，预算是25万", "sorry, I meant Thursday", "correction: 250k": the user
 * fixes what they just said. Returns the corrected part, or null when the message is no correction.
 * "actually", "no" and "wait" start reports too ("actually they want 30 seats"), so they count only
 * with "I meant" / "make it" / "it's" / "should be" after them.
 */
// The marker stands alone ("不对，", "更正：") or says what follows ("写错了应该是"): "不是很满意" is no correction.
const ZH =
  /^(?:改成|改为|改到|换成|换到|挪到)\s*(?=[^，,。；;]{1,12}$)|^(?:(?:哦|噢|喔|啊|呃|额|嗯|哎呀|哎|唉|诶|欸)[，,\s~～!！]*)?(?:不对|不是的?|说错了|写错了|打错了|搞错了|记错了|错了|更正(?:一下)?|纠正(?:一下)?|改一下|修改一下|刚才说错了|刚才写错了)(?:[，,。.\s:：!！~～]+(?:应该是|应该|是|改成|改为|改到)?|应该是|改成|改为)\s*/u;
const EN_ALONE =
  /^(?:sorry|oops|correction|my\s+bad|typo)\b[,!.:;\s-]*(?:i\s+meant|i\s+mean|it'?s|it\s+is|make\s+(?:it|that)|that\s+should\s+be|should\s+be|meant\s+to\s+say)?\s*/iu;
/** "45k", "$45,000", "45k not 40k", "1.2m": a figure alone, after "actually" / "no" / "wait". */
const AMOUNT_ALONE_EN = String.raw`(?:us)?\$?\d[\d,]*(?:\.\d+)?\s*(?:k|m|mm|million|thousand|grand)?(?:\s*(?:usd|rmb|cny|dollars|bucks))?(?:,?\s*not\s+\$?\d[\d,.]*\s*(?:k|m|mm)?)?\s*[.!]?\s*$`;
/** "15%", "20% off": a discount or share alone, which no field holds (the fix is offered as a note). */
const PERCENT_ALONE_EN = String.raw`\d{1,2}(?:\.\d+)?\s*%(?:\s*off)?\s*[.!]?\s*$`;
const EN_NEEDS_PHRASE = new RegExp(
  String.raw`^(?:(?:actually|no|wait)[,!.:;\s-]+)+(?:it'?s\s+|it\s+is\s+|that'?s\s+)?(?=(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*$|${AMOUNT_ALONE_EN}|${PERCENT_ALONE_EN}|(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm)?)?\s*$)|^(?:(?:actually|no|wait|err?|um+)[,!.:;\s-]+)?(?:i\s+meant|i\s+mean|make\s+(?:it|that)|that\s+should\s+be|it\s+should\s+be|should\s+have\s+said|meant\s+to\s+say)\b[,:\s]*`,
  "iu",
);

/** "no wait, it was a call", "actually it was a zoom": the kind said again, after a word of hesitation or alone. */
const EN_KIND_WAS =
  /^(?:(?:actually|no|nope|wait|err?|um+|oh|hmm)[,!.:;\s-]+)*(?:it\s+was|that\s+was|it'?s)\s+(?=(?:an?\s+)?(?:call|phone\s+call|meeting|mtg|visit|site\s+visit|e-?mail|zoom|teams\s+call|video\s+call|note)\s*[.!]?\s*(?:,?\s*not\s+(?:an?\s+)?\w+(?:\s+call)?)?\s*[.!]?$)/iu;

/** "change the f/u to the 21st", "move the follow up to monday", "actually f/u on the 21st": the follow-up just set, moved. */
const EN_MOVE_FOLLOW_UP =
  /^(?:(?:actually|oh|oops|sorry|pls|please|can\s+you|could\s+you)[,!.:;\s-]+)*(?:change|move|push|switch|update|set|make)\s+(?:the\s+|that\s+|my\s+)?(?:f\/u|fu|follow[\s-]?up|reminder)(?:\s+date)?\s+(?:to|for)\s+|^(?:actually|no|wait|sorry|oops)[,!.:;\s-]+(?:the\s+)?(?:f\/u|fu|follow[\s-]?up)\s+(?:is\s+|should\s+be\s+)?(?:on\s+|to\s+|for\s+)?/iu;

export function correctionOf(text: string): string | null {
  const trimmed = text.trim();
  for (const re of [ZH, EN_ALONE, EN_NEEDS_PHRASE, EN_KIND_WAS, EN_MOVE_FOLLOW_UP]) {
    const m = re.exec(trimmed);
    if (!m || m[0].length === 0) continue;
    const rest = trimmed.slice(m[0].length).trim();
    if (rest) return rest;
  }
  return null;
}

/** "not a call", "rather than a visit", "不是电话": the kind named as wrong, left out of what the correction says. */
const NOT_KIND_EN = /\b(?:not|rather\s+than|instead\s+of)\s+(?:a|an|the)?\s*[\w-]+(?:\s+call)?/giu;
const NOT_KIND_ZH = /(?:而)?不是(?:一?个|一次)?[\p{Script=Han}]{1,4}?(?=[，,。；;\s]|是|$)/gu;

/**
 * The activity kind a correction says ("是拜访", "it was a meeting not a call", "email, not a call"); null when
 * it names none. Read on what `correctionOf` returned.
 */
export function correctedKind(rest: string): ActivityKind | null {
  // "sorry, they want to meet in person", "不对，他们要开会": what the customer wants is news, not a fix of the kind
  if (SOMEONE_WANTS.test(rest)) return null;
  const said = rest.replace(NOT_KIND_EN, " ").replace(NOT_KIND_ZH, " ");
  return (
    kindNamed(
      said
        .trim()
        .replace(/[.!。！]+$/u, "")
        .replace(/^(?:(?:it\s+was|was|it'?s)\s+)?(?:an?\s+)?/iu, ""),
    ) ?? inferActivityIntent(said).activity
  );
}

const SOMEONE_WANTS =
  /\b(?:they|he|she|client|customer|we|i)\b(?!\s+(?:was|were|did)\b)|\b(?:want|wants|need|needs|asked|will|'ll|going\s+to)\b|他们|对方|客户|我们|要|想|需要|希望|打算|准备/iu;
/** The kind a correction says was wrong ("…not a call", "不是电话，是拜访"); null when it names none. */
export function wrongKindNamed(rest: string): ActivityKind | null {
  const named = [...rest.matchAll(NOT_KIND_EN), ...rest.matchAll(NOT_KIND_ZH)].map((m) =>
    m[0].replace(/^(?:not|rather\s+than|instead\s+of|而?不是)\s*(?:an?|the)?\s*/iu, ""),
  );
  for (const word of named) {
    const kind = kindNamed(word.trim());
    if (kind) return kind;
  }
  return null;
}

/** The kind a word names when it is nothing but that ("email", "拜访", "phone call"). */
function kindNamed(word: string): ActivityKind | null {
  return (Object.entries(BARE_KINDS).find(([, re]) => re.test(word))?.[0] as ActivityKind | undefined) ?? null;
}

/** "email", "a meeting", "拜访", "是邮件": a kind named alone. */
const BARE_KINDS: Record<ActivityKind, RegExp> = {
  email: /^(?:e-?mail|邮件|发的邮件)$/iu,
  call: /^(?:call|phone\s+call|电话|打的电话|打电话|电话沟通)$/iu,
  meeting: /^(?:meeting|mtg|会议|开会|见面|见的面|当面谈)$/iu,
  visit: /^(?:visit|site\s+visit|拜访|上门|上门拜访)$/iu,
  note: /^(?:note|备注)$/iu,
};
