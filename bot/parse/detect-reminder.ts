/**
 * "下周一提醒我给华为发合同", "remind me to call Globex in two weeks", "明天记得给腾讯回电话", "pls set a reminder to
 * email Pied Piper the SOW", "设个提醒：周五给腾讯打电话": the rep
 * asks for a follow-up; nothing happened with the customer yet, so nothing is logged as done.
 * The reminder words must open the message once its date is set aside ("客户说记得…" is a report).
 */
const REMINDER_OPENING =
  /^(?:(?:请|帮我|给我)?(?:提醒(?:一下)?我(?:一下)?|记得要?|别忘了?|不要忘了?|(?:设(?:置|定)?|加|建|定)(?:一)?个?提醒[：:]?)|(?:(?:please|pls|plz|pl[sz]e)\s+)?(?:(?:can|could|would)\s+you\s+)?(?:remind\s+me(?:\s+to)?|don'?t\s+forget(?:\s+to)?|note\s+to\s+self:?|reminder(?:\s+to)?:?|(?:set|add|create|make|put\s+in)\s+(?:me\s+)?(?:a\s+|an?other\s+)?reminder(?:\s+to)?))/iu;

/** The task in a reminder request (the words left without the reminder phrase and the date), or null when it is none. */
export function reminderTask(text: string, dateText: string | null): string | null {
  const rest = (dateText ? text.replace(dateText, " ") : text).replace(/\s+/gu, " ").replace(/^[\s，,。；;:：]+/u, "");
  const m = REMINDER_OPENING.exec(rest);
  if (!m) return null;
  const task = rest
    .slice(m[0].length)
    .replace(/^[\s，,。；;:：]+|[\s，,。；;.!！]+$/gu, "")
    // "set reminder for friday to call X": the date set aside leaves "for to call X"
    .replace(/^(?:(?:for|on|by|at|in|before|until|till|around)\s+)?to\s+/iu, "")
    // "…the SOW on Dec 10", "…the contract by next Tuesday": the date's own preposition goes with it
    .replace(/(?:\s+(?:on|by|at|in|before|for|until|till|around|no\s+later\s+than))+$/iu, "")
    .trim();
  if (!task) return null;
  return /^[a-z]/u.test(task) ? task[0]!.toUpperCase() + task.slice(1) : task;
}
