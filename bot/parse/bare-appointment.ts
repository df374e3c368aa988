/**
 * "Northwind at 3 tmrw", "华为 明天下午3点", "Globex @ 10am fri": a known customer and a clock time, nothing else. The
 * rep is noting an appointment (a meeting ahead), not news to keep as a note. `masked` is the text with the known
 * customers' names blanked (mask-names.ts), `dateText` the follow-up's words.
 */
const MASKED_NAME = /(?:x{2,}|某{2,})/giu;
const LEFT_OVER = /^[\s,，.。:：;；!！\-–—@&+]*(?:(?:at|on|@|w\/|with|和|跟|与|在)[\s,，.。:：;；!！\-–—@&+]*)*$/iu;

export function isBareAppointment(masked: string, dateText: string): boolean {
  if (!MASKED_NAME.test(masked)) return false;
  MASKED_NAME.lastIndex = 0;
  const at = masked.indexOf(dateText);
  if (at < 0) return false;
  const rest = (masked.slice(0, at) + " " + masked.slice(at + dateText.length)).replace(MASKED_NAME, " ");
  return LEFT_OVER.test(rest);
}
