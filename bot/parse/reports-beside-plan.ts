import { clauseTense } from "./clause-tense.js";
import { awayNews } from "./customer-away.js";
import { splitClauses } from "./split-clauses.js";
import { ARRANGED_DONE_ZH } from "./this-weekday-gone.js";

/**
 * "Acme Corp RFQ came in, call them back Wednesday", "Globex countered at 72.5k, call tomorrow": beside the
 * activity planned, another clause tells of something that happened, so the message is worth a note of its
 * own. The plan's own clause does not count ("约了华为明天见面": 约了 arranges, it reports nothing).
 */
const REMINDER_WORDS = /别忘了?|不要忘了?|忘了|记得|提醒我/gu;
/** "onsite at Globex tomorrow 1pm, amy asked me to cover", "王经理让我替他去": a colleague handing the step over is no news of the customer. */
const HANDED_OVER =
  /\b(?:asked|told|wants?|needs?)\s+me\s+to\s+(?:cover|take\s+(?:it\s+)?over|fill\s+in|step\s+in|sub(?:\s+in)?|stand\s+in|go\s+instead|handle\s+it)\b|(?:让|叫|要)我(?:替|代)(?:他|她)?(?:去|参加|跑一趟)?|(?:让|叫)我(?:顶|帮忙顶)(?:一下|上)/iu;
/**
 * "小米刘总说他们老板对价格有意见 我明早打给他", "京东说下个月15号之前要定供应商 我下周四再去一趟": what the customer said,
 * opening its clause, is news too (whatever day is in it: it is their plan, not ours).
 */
const CUSTOMER_SAID_ZH = /^(?!我)[\p{Script=Han}A-Za-z]{1,10}?(?:说|反馈|表示|提到|透露|抱怨|告诉我|问(?:我们|了)|来问|咨询|询问)(?!好|定了|不定)/u;
/**
 * "Globex – they're asking for a 15% discount. … Call with their CFO Thursday 4pm", "Acme's new CFO wants to renegotiate,
 * scheduling a call…": what they ask for is news too.
 */
const CUSTOMER_ASKS_EN =
  /(?:\b(?:they|he|she)(?:['’]re|\s+are|['’]s|\s+is|\s+were|\s+was)?|\b(?!(?:i|we|you|to|and|then|pls|please)\b)[a-z][\w'’]*)\s+(?:asking|asked|wants?|wanted|said|says|needs?|needed|pushing|requesting|requested)\b/iu;

/**
 * "pied piper moved the demo to oct 21", "initech moved our meeting from thu to fri", "fabrikam has a new CTO starting
 * mon", "京东618大促前没空 7月中再约": the customer did something, even in the clause of the appointment it leads to (the
 * meeting itself moving is no news: "meeting moved to Thursday", "globex call moved to fri 4pm", "阿里的会改到下周二"; nor is their asking for the
 * appointment: "Umbrella Corp asked for an onsite visit next week" is the visit planned).
 */
const CUSTOMER_ACTED_EN =
  /^\s*(?!(?:i|we|you|i['’]m|we['’]re|i['’]ve|we['’]ve|the|our|my|meeting|mtg|call|demo|kickoff|kick-off|lunch|dinner|visit|it|this|that|pls|please|need|let['’]s|to)\b)(?:[\w&'’.-]+\s+){0,2}?(?!(?:call|calls|mtg|meeting|demo|kickoff|kick-off|lunch|dinner|visit|sync|review|qbr|session|presentation|appointment|appt|workshop|training)\b)[\w&'’.-]+\s+(?:moved|pushed|postponed|rescheduled|bumped|cancel(?:l)?ed|has\s+(?:a|an)\s+new|hired|(?:is|are)\s+closed)\b/iu;
const CUSTOMER_ACTED_ZH =
  /^(?!我|咱|今天|明天|后天|这周|下周)[^，,。；;\s]{2,14}?(?:没空|没时间|抽不出时间|把[^，,。；;\s]{0,8}?(?:改到|改成|推迟到|推到|挪到|延到|提前到))/u;

function actedIn(clause: string): boolean {
  return CUSTOMER_ACTED_EN.test(clause) || CUSTOMER_ACTED_ZH.test(clause.trim());
}

/** Some clause tells what the customer did ("fabrikam has a new CTO starting mon. send intro email tues"). */
export function customerActed(text: string): boolean {
  return spacedClauses(text).some((c) => actedIn(c.text));
}

/** The clauses, a space between Chinese words ending one too (typed by voice, without punctuation). */
function spacedClauses(text: string): { text: string; index: number }[] {
  return splitClauses(text).flatMap((c) => {
    const parts: { text: string; index: number }[] = [];
    let from = 0;
    for (const m of c.text.matchAll(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu)) {
      parts.push({ text: c.text.slice(from, m.index), index: c.index + from });
      from = m.index + m[0].length;
    }
    parts.push({ text: c.text.slice(from), index: c.index + from });
    return parts;
  });
}

export function reportsBesidePlan(text: string, planAt: number): boolean {
  const clauses = spacedClauses(text);
  const own = [...clauses].reverse().find((c) => c.index <= planAt);
  // "别忘了", "don't forget": a reminder to oneself, its 了 tells of nothing done
  return clauses.some((c) => {
    if (c === own) return actedIn(c.text);
    if (HANDED_OVER.test(c.text)) return false;
    // ("阿里巴巴王总约了5月20号上午十点，杭州拜访": the 了 of an arrangement reports no meeting held)
    const tense = clauseTense(c.text.replace(REMINDER_WORDS, "").replace(ARRANGED_DONE_ZH, "约"));
    return tense === "past" || CUSTOMER_SAID_ZH.test(c.text.trim()) || CUSTOMER_ASKS_EN.test(c.text) || awayNews(c.text);
  });
}
