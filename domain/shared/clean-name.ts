import { z } from "zod";

/**
 * Zero-width, bidi-control and other format characters (Unicode category Cf: U+200B–U+200F,
 * U+202A–U+202E, U+2060–U+2069, U+061C, U+FEFF, U+00AD, tag characters…), control characters
 * (Cc), and the Hangul fillers and combining grapheme joiner that render as nothing. Names made
 * of them look identical to other names ("Acme\u200B" = "Acme") or flip on screen (U+202E).
 */
const INVISIBLE = /[\p{Cf}\p{Cc}\u034F\u115F\u1160\u3164\uFFA0]/u;
const ZWJ = "\u200D";
const VARIATION_SELECTOR = /^[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
const SKIN_TONE = /^[\u{1F3FB}-\u{1F3FF}]$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const KEYCAP_BASE = /^[0-9#*]$/;
/**
 * What the loop below could change in a name already in NFKC: an invisible or joining character, a
 * variation selector, whitespace other than one space between words. A name without any is returned as it is.
 */
const MAY_CHANGE = /[\p{Cf}\p{Cc}\u034F\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F\u{E0100}-\u{E01EF}]|[^\S ]|\s\s|^\s|\s$/u;

/**
 * A user-supplied name (company, contact, deal title, display name) as it is stored: NFKC
 * (full-width ＡＣＭＥ → ACME), invisible characters removed, whitespace runs collapsed to one
 * space, trimmed. May return "" — callers refuse an empty name.
 *
 * A zero-width joiner is kept only between two pictographs (👩‍💻, 👨‍👩‍👧): there it is part of one
 * visible emoji, and removing it would split the emoji into several, changing what the person
 * wrote. A variation selector is kept only after a pictograph or keycap base (❤️, 1️⃣). Anywhere
 * else both are invisible and removed. Duplicate keys (search-key.ts) drop all of them anyway.
 */
export function cleanName(raw: string): string {
  // Most names have nothing to clean; splitting them into characters is most of the cost (an import cleans every name).
  if (!MAY_CHANGE.test(raw) && raw.normalize("NFKC") === raw) return raw;
  const chars = [...raw.normalize("NFKC")];
  const kept: string[] = [];
  for (const [i, ch] of chars.entries()) {
    if (ch === ZWJ) {
      if (emojiBefore(kept) && PICTOGRAPH.test(chars[i + 1] ?? "")) kept.push(ch);
      continue;
    }
    if (VARIATION_SELECTOR.test(ch)) {
      const previous = kept.at(-1) ?? "";
      if (PICTOGRAPH.test(previous) || KEYCAP_BASE.test(previous)) kept.push(ch);
      continue;
    }
    // Tab and line breaks are Cc but mean a space; the collapse below turns them into one.
    if (INVISIBLE.test(ch) && !/[\t\n\v\f\r]/.test(ch)) continue;
    kept.push(ch);
  }
  return kept.join("").replace(/\s+/gu, " ").trim();
}

/** The last kept character is a pictograph, possibly followed by its skin tone or variation selector. */
function emojiBefore(kept: string[]): boolean {
  for (let i = kept.length - 1; i >= 0; i -= 1) {
    const ch = kept[i]!;
    if (SKIN_TONE.test(ch) || VARIATION_SELECTOR.test(ch)) continue;
    return PICTOGRAPH.test(ch);
  }
  return false;
}

/** Reason given when nothing visible is left; the bot answers it in the user's language. */
export const EMPTY_NAME = "empty-name";

/** zod schema of a required name: cleaned, then 1..max characters. */
export function nameSchema(max: number) {
  return z.string().transform(cleanName).pipe(z.string().min(1, EMPTY_NAME).max(max));
}

/** zod schema of an optional free-text label (title, industry): cleaned, may end up empty. */
export function labelSchema(max: number) {
  return z.string().transform(cleanName).pipe(z.string().max(max));
}
