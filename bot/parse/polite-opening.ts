/**
 * "hey can u show me my pipeline", "pls what's my forecast": a greeting or a polite "can you" before a
 * request, left off before the whole-message requests are matched (it was read as a customer "hey u").
 */
const OPENING =
  /^(?:(?:hey|hi|hello|yo|ok|okay|pls|plz|please|quick\s+q(?:uestion)?|q|question|random\s+q(?:uestion)?|btw)\b[\s,:!?.-]*)*(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+|pls\s+|plz\s+|quickly\s+)?)?/iu;
const OPENING_ZH = /^(?:你好|您好|嗨|哈喽|麻烦|请|帮我|帮忙|能不能|可以)+[，,\s]*/u;

export function withoutPoliteOpening(text: string): string {
  const t = text.trim();
  const rest = t.replace(OPENING, "").replace(OPENING_ZH, "");
  return rest.trim() === "" ? t : rest.trim();
}
