/**
 * "Globex cancelled tomorrow's meeting", "小米取消了明天的会": the appointment named is off, so its
 * date is no follow-up and its activity neither happened nor is planned. Such clauses are blanked
 * (same length, so positions elsewhere hold) before dates and activities are read; the company,
 * the amount and the rest of the message still count ("…, rescheduled to Friday 3pm" keeps Friday).
 */
const CANCEL =
  /\b(?:cancel(?:l?ed|s|ling)?|called\s+off|calls?\s+off|no[- ]show(?:ed)?|didn'?t\s+show(?:\s+up)?|bailed\s+on)\b|取消|不开了|不见了|不来了|爽约|放(?:了)?鸽子|黄了/iu;
const APPOINTMENT =
  /\b(?:meeting|meet|call|demo|visit|appointment|session|lunch|dinner|coffee|catch[- ]?up|sync|presentation|workshop)s?\b|会议|开会|的会|会面|见面|拜访|电话|演示|饭局|吃饭|约/iu;

export function blankCancelledClauses(text: string): string {
  if (!CANCEL.test(text)) return text;
  return text.replace(/[^,，。;；!！?？\n]+/gu, (clause) => (CANCEL.test(clause) && APPOINTMENT.test(clause) ? " ".repeat(clause.length) : clause));
}
