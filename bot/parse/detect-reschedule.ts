/**
 * "华为的报价推迟到下周四", "pushed the Globex call to Thursday 3pm", "moved the Acme demo from
 * Tuesday to Thursday": an arrangement already on the calendar gets a new date. The date must stand
 * right after the moving words, so "预算调整到180万" or "ready to move forward next week" do not count.
 */
const ZH_MOVE = /(?:推迟|推后|往后推|延后|延期|延迟|顺延|改期|改|挪|换|提前|调整|调|推)(?:到|至|在)|改成|延至|推至/gu;
const EN_MOVE =
  /\b(?:push(?:ed|ing)?(?:\s+(?:it|them|this|that))?(?:\s+(?:back|out))?|mov(?:e|ed|ing)(?:\s+(?:it|them|this|that))?(?:\s+up)?|reschedul(?:e|ed|ing)|postpon(?:e|ed|ing)|bump(?:ed|ing)?|delay(?:ed|ing)?|shift(?:ed|ing)?)\b/giu;
/** Between an English moving verb and its new date: the thing moved, then "to"/"until"/"for"/"from". */
const EN_BRIDGE = /^(?:\s+[\p{L}\p{N}'&.-]+){0,6}?\s+(?:to|till|until|til|for|from|on)\s+$/iu;

const IS_NOW_BEFORE = /\b(?:is|are|['’]s)\s+now\s+(?:on\s+|at\s+|for\s+)?$/u;

export function reschedulesTo(text: string, dateText: string): boolean {
  const date = dateText.trim().toLowerCase();
  if (!date) return false;
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(ZH_MOVE)) {
    const after = lower.slice((m.index ?? 0) + m[0].length).replace(/^[\s了]{0,2}/u, "");
    if (after.startsWith(date)) return true;
  }
  // "Thursday's review is now Monday 3pm": the new day said with "is now"
  const at = lower.lastIndexOf(date);
  if (at > 0 && IS_NOW_BEFORE.test(lower.slice(0, at))) return true;
  for (const m of lower.matchAll(EN_MOVE)) {
    const rest = lower.slice((m.index ?? 0) + m[0].length);
    const at = rest.indexOf(date);
    if (at < 0) continue;
    // "pushed to Thursday": the date right after the verb and its preposition
    if (EN_BRIDGE.test(rest.slice(0, at))) return true;
  }
  return false;
}
