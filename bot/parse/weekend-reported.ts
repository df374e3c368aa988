import { reportsDone } from "./clause-tense.js";

/**
 * Whether a bare weekend ("周末", "over the weekend") is the one just gone: its clause reports something
 * done on it ("周末跟腾讯吃了个饭", "met Globex on the weekend"). Not when the clause arranges or relays
 * something for it ("定了周末去拜访腾讯", "腾讯答应了周末给答复", "they said they'd reply over the weekend"):
 * in Chinese the 了 must come after the weekend word, and neither language may carry an arranging word.
 */
const ARRANGED_ZH = /定|说好|答应|同意|确认|约|回复|答复|承诺|保证|说|要|想|打算|准备|计划|安排|去|来/u;
const PAST_ZH = /了|过(?![去来])/u;
const ARRANGED_EN =
  /\b(?:promis\w*|ask\w*|agree\w*|commit\w*|lock\w*|confirm\w*|said|says|told|they'?d|we'?d|he'?d|she'?d|will|plan\w*|set\s+up|book\w*|schedul\w*|invit\w*|about|want\w*|to\s+(?!the\b|our\b|their\b|a\b|an\b|his\b|her\b|them\b|us\b)[a-z]+)\b|'ll\b/iu;

export function weekendReported(clause: string, weekend: string): boolean {
  const at = clause.indexOf(weekend);
  if (at < 0) return false;
  const before = clause.slice(0, at);
  const after = clause.slice(at + weekend.length);
  if (/\p{Script=Han}/u.test(clause)) return PAST_ZH.test(after) && !PAST_ZH.test(before) && !ARRANGED_ZH.test(before + after);
  return !ARRANGED_EN.test(clause) && reportsDone(`${before} ${after}`);
}
