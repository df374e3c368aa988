import { blankClauses, clauseTexts } from "./blank-clauses.js";

/**
 * "Globex cancelled tomorrow's meeting", "小米取消了明天的会", "the Fabrikam meeting didn't happen": the appointment named is off, so its
 * date is no follow-up and its activity neither happened nor is planned. Such clauses are blanked
 * (same length, so positions elsewhere hold) before dates and activities are read; the company,
 * the amount and the rest of the message still count ("…, rescheduled to Friday 3pm" keeps Friday).
 */
const CANCEL =
  /\b(?:cancel(?:l?ed|s|ling)?|called\s+off|calls?\s+off|no[- ]show(?:ed)?|didn'?t\s+show(?:\s+up)?|bailed\s+on|(?:didn['’]?t|did\s+not|never)\s+(?:happen|take\s+place|go\s+ahead)|never\s+(?:happened|took\s+place|went\s+ahead)|fell\s+through|got\s+scrapped|scrapped|(?:is|was|'s|are|were)\s+(?:now\s+)?(?:off|(?:no\s+longer|not)\s+happening)(?!\s+(?:to|the|for|until|till|on)\b))\b|取消|不开了|不见了|不来了|爽约|放(?:了)?鸽子|黄了|没开成|没去成|没见成|泡汤/iu;
const APPOINTMENT =
  /\b(?:meeting|meet|mtg|call|demo|visit|appointment|appt|session|lunch|dinner|coffee|catch[- ]?up|sync|presentation|workshop|qbr|kickoff|kick-off|onsite|site\s+visit)s?\b|会议|开会|的会|会面|见面|拜访|电话|演示|饭局|吃饭|约/iu;

/**
 * "顺丰说周三的会议延期", "Friday's demo got postponed": put off with no new date, the date named is
 * the old one (it became a follow-up a week later). "推迟到下个月", "postponed to Friday" keep theirs.
 */
// ("they pushed back on 110k": objected to a figure, nothing postponed)
const POSTPONED = /延期|推迟|延后|往后推|推后|\b(?:postponed|pushed\s+back(?!\s+(?:hard\s+)?on\b)|put\s+on\s+hold|on\s+hold|delayed)\b/iu;
const NEW_DATE =
  /[到至]|改[在成]|[一二两三四五六七八九十几半\d]+个?(?:天|周|星期|礼拜|月|小时|钟头)|\b(?:a|an|one|two|\d+)\s+(?:days?|weeks?|months?|hours?|hrs?|hr)\b|\b(?:to|until|till|for|by|until)\b/iu;

/**
 * "打电话过来投诉交付延期了", "called about the delayed shipment": what was put off is a delivery, a
 * payment or a project, not the appointment the clause also names.
 */
const OTHER_THING_PUT_OFF =
  /(?:交付|发货|交货|到货|物流|项目|上线|付款|回款|工期|交期|进度|审批|预算|货)(?:又|也|被|要|会|可能)?(?:延期|推迟|延后)|\b(?:shipment|shipping|delivery|deliveries|order|payment|invoice|project|launch|rollout|go-?live|release|budget|approval)s?\s+(?:(?:was|were|is|are|got|has\s+been|have\s+been)\s+)?(?:postponed|delayed|on\s+hold|pushed\s+back)|\b(?:delayed|postponed)\s+(?:shipment|shipping|delivery|order|payment|invoice|project|launch|rollout|go-?live|release)/iu;

const REASON = /因为|由于|所以|\b(?:because|since|as|due\s+to)\b/iu;

function off(clause: string): boolean {
  if (!APPOINTMENT.test(clause)) return false;
  if (CANCEL.test(clause)) return true;
  // "拜访因为项目进度推迟了", "postponed the demo because approval was delayed": the delay is the reason, the appointment is off.
  const otherThing = OTHER_THING_PUT_OFF.test(clause) && !REASON.test(clause);
  return POSTPONED.test(clause) && !otherThing && !NEW_DATE.test(clause.slice(clause.search(POSTPONED)));
}

/** "腾讯 明天的会议 取消了 改到下周", "call cancelled, moved to Friday": the new date said after the cancellation stays. */
const NEW_DATE_AFTER_CANCEL = /改到|改成|改在|推到|换到|挪到|延到|\b(?:moved|pushed|rescheduled|resched)\s+to\b/iu;

function blankOff(clause: string): string {
  const cancel = CANCEL.exec(clause);
  const moved = cancel ? NEW_DATE_AFTER_CANCEL.exec(clause.slice(cancel.index)) : null;
  if (!cancel || !moved) return " ".repeat(clause.length);
  const keepFrom = cancel.index + moved.index;
  return " ".repeat(keepFrom) + clause.slice(keepFrom);
}

export function blankCancelledClauses(text: string): string {
  if (!CANCEL.test(text) && !POSTPONED.test(text)) return text;
  return blankClauses(text, (clause) => (off(clause) ? blankOff(clause) : false));
}

/** "华为的会取消了", "Globex call tmrw is cancelled": some clause calls an appointment off (see blankCancelledClauses). */
export function cancelsAppointment(text: string): boolean {
  if (!CANCEL.test(text) && !POSTPONED.test(text)) return false;
  return clauseTexts(text).some(off);
}
