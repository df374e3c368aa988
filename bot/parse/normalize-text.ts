/** Anything past this is not a chat sentence; parsing it only costs time. */
export const MAX_PARSE_CHARS = 2000;

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** Cut without leaving half a surrogate pair (emoji) dangling at the end. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/**
 * Full-width ASCII (２０万, ＄) is common from Chinese IMEs. Mapping it 1:1 keeps
 * string offsets identical, so spans found in the normalized text still line up.
 */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/gu, (ch) => {
      // Chinese punctuation stays as is; only letters, digits and money/math symbols fold.
      if ("，。！？；：（）".includes(ch)) return ch;
      return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
    })
    .replace(/\u3000/gu, " ");
}
