/**
 * Lower-case, drop punctuation, spaces and every invisible character (zero-width, bidi controls,
 * variation selectors, Hangul fillers: Default_Ignorable_Code_Point; controls), so "Acme\u200B"
 * and "Acme" are one key. Names are also cleaned before they are stored (clean-name.ts).
 * Its own module so the brand table (brand-names.ts), which search-key.ts reads, folds names the same way.
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}]+/gu, "");
}
