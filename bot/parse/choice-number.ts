import { parseSmallInt } from "./chinese-numerals.js";
import { toHalfWidth } from "./normalize-text.js";

/** Enough for any card (6 buttons); larger numbers are a deal number or an amount, not a choice. */
const MAX_CHOICE = 20;

// "2", "２", "[2]", "#2", "2.", "第2个", "选2", "选择第二项", "no. 2", "option 2" — and nothing else.
const CHOICE =
  /^(?:选择?|第|#|no\.?|option|choice)?\s*(?:第)?\s*[[(（【]?\s*([0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*[\])）】]?\s*(?:个|项|条|号|个选项)?\s*[.。!！]?$/iu;

/**
 * The choice number a chat reply consists of, or null when the text is anything more than a
 * number (so "2 calls with Acme" or "商机 查看 2" still reach the bot as text).
 */
export function parseChoiceNumber(text: string): number | null {
  const match = CHOICE.exec(toHalfWidth(text).trim());
  const raw = match?.[1];
  if (!raw) return null;
  const n = /^[0-9]+$/.test(raw) ? Number(raw) : parseSmallInt(raw);
  return n !== null && n >= 1 && n <= MAX_CHOICE ? n : null;
}
