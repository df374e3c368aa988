import { blankClauses } from "./blank-clauses.js";

/**
 * "明天不用提醒我华为的事了", "don't remind me about Globex tomorrow": a reminder turned down. The
 * clause's date is no follow-up (it set one for the day named), so the clause is blanked (same
 * length, positions elsewhere hold) before dates and activities are read, as a cancelled
 * appointment's clause is (cancelled-clauses.ts).
 */
const NO_REMINDER =
  /(?:不用|不要|别|无需|不需要|没必要|用不着)(?:再)?(?:提醒|通知)|取消(?:这个)?提醒|\b(?:don['’]?t|do\s+not|no\s+need\s+to|stop)\s+(?:remind(?:ing)?|ping(?:ing)?)\b|\bno\s+(?:more\s+)?reminders?\b/iu;

export function blankNoReminderClauses(text: string): string {
  if (!NO_REMINDER.test(text)) return text;
  return blankClauses(text, (clause) => NO_REMINDER.test(clause));
}
