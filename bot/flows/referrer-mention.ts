/**
 * A company named only as who referred the rep ("got a referral from Acme to Initech", "Acme referred us
 * to Initech", "introduced by Wayne Enterprises") is context: the next step (the intro call, the demo) is
 * with the company referred, so the referrer never captures the log. Rule: a referral cue stands right
 * before the mention (same clause: "referral from", "introduced by", "courtesy of") or the mention is the
 * subject of a referring verb aimed at the rep ("X referred us", "X referred Initech to us", "X introduced us to", "X put us in touch with").
 */
const BEFORE =
  /(?:\breferr(?:al|als|ed)\s+(?:[a-z]+\s+){0,2}?(?:from|by|via)|\bintroduc(?:ed|tion)\s+(?:[a-z]+\s+){0,2}?(?:from|by|via)|\bintro(?:'d|’d)?\s+(?:from|by|via)|\brecommend(?:ed|ation)\s+(?:from|by)|\b(?:warm\s+)?lead\s+from|\bcourtesy\s+of|\bthanks\s+to|\bgot\s+(?:our|my)\s+(?:name|number|contact|details|info)\s+from|\bheard\s+(?:about\s+)?(?:us\s+)?from)\s*(?:the\s+|our\s+(?:friends?|partners?|contacts?)\s+at\s+)?$/iu;
const AFTER =
  /^\s*(?:just\s+|kindly\s+|has\s+|have\s+|had\s+)?(?:referred|introduced|intro(?:'d|’d)|recommended|connected)\s+(?:us|me|our\s+team|them|him|her|[\w&'’-]+(?:\s+[\w&'’-]+){0,3}\s+to\s+(?:us|me)\b|[\w&'’-]+(?:\s+[\w&'’-]+){0,3}\s+to\s+(?:us|me))\b|^\s*(?:just\s+)?put\s+(?:us|me)\s+in\s+touch|^\s*(?:just\s+)?(?:gave|sent|passed)\s+(?:us|me)\s+(?:a\s+|an\s+)?(?:referral|intro|introduction|lead)\b|^\s*(?:referral|intro)\s*[:：-]|^\s*(?:['’]s\s+)?(?:referral|intro)\b(?!\s+(?:call|meeting|mtg|demo))/iu;

/** "他们是阿里巴巴介绍来的", "经华为介绍", "京东推荐的客户": the referrer, in Chinese. */
const ZH_BEFORE = /(?:经|通过|由)\s*$/u;
// ("小米王经理推荐了蔚来的采购负责人": someone of theirs put the rep onto another customer's person)
const ZH_AFTER =
  /^\s*(?:的\S{0,3})?(?:介绍|推荐|转介绍)(?:来|过来)?的|^\s*(?:介绍|推荐)(?:过来|来)?(?:的|了)?(?:客户|项目)?$|^\s*(?:的)?\p{Script=Han}{0,4}?(?:推荐|介绍)了(?:一[个家位])?[^，,。；;]{1,12}?(?:采购|负责人|客户|老板|总|经理|联系人|对接人)/u;

export function isReferrerMention(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 40);
  return BEFORE.test(before) || AFTER.test(after) || (ZH_BEFORE.test(before) && /^\s*(?:的\S{0,3})?(?:介绍|推荐)/u.test(after)) || ZH_AFTER.test(after);
}
