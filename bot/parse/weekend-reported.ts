import { reportsDone } from "./clause-tense.js";

/**
 * Whether a bare weekend ("周末", "over the weekend") is the one just gone: its clause reports something
 * done on it ("周末跟腾讯吃了个饭", "周末去了趟华为", "talked to Globex over the weekend"). Not when the
 * clause arranges or relays something for it: in Chinese a 了 before the weekend word belongs to the
 * arranging ("定了周末去拜访腾讯", "腾讯答应了周末给答复") and 约了/定了 after it arrange ("周末约了腾讯吃饭");
 * in English a promise, a request or reported speech ("they said they'd reply over the weekend").
 */
const PAST_ZH = /了|过(?![去来])/u;
const ARRANGING_ZH = /约|定|说好|安排|答应|计划|打算|准备/u;
const ARRANGED_EN =
  /\b(?:promis\w*|ask\w*|agree\w*|commit\w*|lock\w*|confirm\w*|said|says|told|they'?d|we'?d|he'?d|she'?d|will|plan\w*|set\s+up|book\w*|schedul\w*|invit\w*)\b|'ll\b/iu;
/** "texted the CFO about golf on the weekend": what a message was about, said before the weekend. */
const ABOUT_BEFORE = /\babout\b/iu;

export function weekendReported(clause: string, weekend: string): boolean {
  const at = clause.indexOf(weekend);
  if (at < 0) return false;
  const before = clause.slice(0, at);
  const after = clause.slice(at + weekend.length);
  if (/\p{Script=Han}/u.test(clause)) {
    const past = PAST_ZH.exec(after);
    return past !== null && !PAST_ZH.test(before) && !ARRANGING_ZH.test(after.slice(0, past.index));
  }
  return !ARRANGED_EN.test(clause) && !ABOUT_BEFORE.test(before) && reportsDone(`${before} ${after}`);
}
