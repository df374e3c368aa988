/**
 * A clause that only says when the activity just named is arranged for: "Globex wants a demo,
 * penciled in for Tuesday 10am", "they asked for a site visit, booked for the 12th", "华为想来参观，
 * 暂定周四". It names no activity of its own; its arranging word makes the previous clause's
 * activity planned, not held. A clause that names what was arranged ("booked the next one for
 * Tuesday") or reports ("they want pricing next week") is not one.
 */
const ARRANGED_EN =
  /^\s*(?:(?:it'?s|it\s+is|that'?s|now|we'?ve|we\s+have|i'?ve|i\s+have|we|i|have|has\s+been|is|got\s+it|all|so)\s+)*(?:tentatively\s+|provisionally\s+|just\s+|already\s+)?(?:pencil+ed\s+(?:it\s+)?in|booked(?:\s+it)?|scheduled(?:\s+it)?|set(?:\s+it)?\s+(?:for|on)|slotted(?:\s+it)?(?:\s+in)?|locked(?:\s+it)?\s+in|confirmed\s+(?:for|on)|planned\s+(?:for|on)|arranged(?:\s+it)?\s+(?:for|on)|lined\s+up\s+for|on\s+the\s+calendar|on\s+(?:my|our|the)\s+cal(?:endar)?|tentatively|provisionally|tbc|tentative)\b/iu;

const ARRANGED_ZH = /^\s*(?:已经|已|先|初步)?(?:暂定|初定|定在|约在|安排在|时间定在|时间约在|约的是|定的是|就定|排在)/u;

export function arrangesPreviousActivity(clause: string): boolean {
  return ARRANGED_EN.test(clause) || ARRANGED_ZH.test(clause);
}

/**
 * The activity word is what the customer asked for ("asked for a demo", "wants an onsite visit",
 * "requested a call back", "asked to meet on Dec 1st", "asked us to come onsite", "want to set up a demo", "客户要求上门演示"):
 * requested, not yet held, whatever the tense of the asking.
 */
const REQUESTED_EN =
  /\b(?:ask(?:ed|s|ing)?\s+(?:us\s+|me\s+)?(?:for|to)|invit(?:ed|es|ing)\s+(?:us|me)\s+to|wants?\s+to|wanted\s+to|would\s+like\s+to|'d\s+like\s+to|(?:are|is)\s+keen\s+to|request(?:ed|s|ing)?|wants?|wanted|would\s+like|'d\s+like|interested\s+in|keen\s+(?:on|for)|open\s+to|looking\s+for|pushing\s+for|begging\s+for)\s+(?:(?:come|go|do|set\s+up|schedule|have|arrange|book|hold|run|join)\s+(?:(?:in|over|by|out|on)\s+)?)?(?:(?:a|an|another|the|one|some|more|our|your|a\s+second|a\s+follow-?up|a\s+quick|a\s+short|an?\s+\w+)\s+)?$/iu;
const REQUESTED_ZH = /(?:要求|希望|请求|申请|想要|(?<![思理梦感回])想见?|提出|点名要)(?:我们|我方|咱们)?(?:再|安排|来|去)?(?:一次|一个|个)?$/u;

export function requestedBefore(window: string): boolean {
  return REQUESTED_EN.test(window) || REQUESTED_ZH.test(window);
}
