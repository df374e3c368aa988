/**
 * "Northwind at 3 tmrw", "华为 明天下午3点", "Globex @ 10am fri": a customer and a clock time, nothing else. The
 * rep is noting an appointment (a meeting ahead), not news to keep as a note. `masked` is the text with the known
 * customers' names blanked (mask-names.ts), `dateText` the follow-up's words; a name in capitals not blanked counts too.
 */
const MASKED_NAME = /(?:x{2,}|某{2,})/gu;
const LEFT_OVER = /^[\s,，.。:：;；!！\-–—@&+]*(?:(?:at|on|@|w\/|with|和|跟|与|在)[\s,，.。:：;；!！\-–—@&+]*)*$/iu;

/** A name written in capitals that was not masked (a short form, "Northwind" of Northwind Traders, or a prospect). */
const CAPITALISED_NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,2}(?![\p{L}\p{N}])/u;

export function isBareAppointment(masked: string, dateText: string): boolean {
  const at = masked.indexOf(dateText);
  if (at < 0) return false;
  const rest = `${masked.slice(0, at)} ${masked.slice(at + dateText.length)}`;
  const named = rest.replace(MASKED_NAME, " ");
  if (named !== rest) return LEFT_OVER.test(named);
  return CAPITALISED_NAME.test(rest) && LEFT_OVER.test(rest.replace(CAPITALISED_NAME, " "));
}
