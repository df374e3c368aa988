import { normalizeText, soundAlikeByReadings, stripCompanySuffix, toPinyin } from "../../domain/shared/search-key.js";

/**
 * Whether a name typed is a near spelling of a known customer's: they start alike and their first words are about
 * as long ("globx" / Globex, "contosso" / Contoso, "northwind" / Northwind Traders). The fuzzy company search finds
 * far more ("Initrode" / Northwind Traders), which is no reason to offer that customer.
 */
export function spelledAlike(typed: string, known: string): boolean {
  const a = typed.toLowerCase().trim().split(/\s+/u)[0] ?? "";
  const b = known.toLowerCase().trim().split(/\s+/u)[0] ?? "";
  return a.length >= 2 && a.slice(0, 2) === b.slice(0, 2) && Math.abs(a.length - b.length) <= 2;
}

/** Edits (insert, delete, substitute, swap two neighbours) from one word to the other (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * A slip of the keyboard rather than another name: "initch" / Initech, "contsoo" / Contoso, "globx" / Globex. The first
 * words start with the same letter and are one edit apart (two for words of seven letters or more), and the typed one
 * has at least five letters ("acm" is no Acme Corp: too short to tell).
 */
export function typoOf(typed: string, known: string): boolean {
  const a = typed.toLowerCase().trim().split(/\s+/u)[0] ?? "";
  const b = known.toLowerCase().trim().split(/\s+/u)[0] ?? "";
  if (a.length < 5 || a === b || a[0] !== b[0] || !/^[a-z]+$/u.test(a)) return false;
  return editDistance(a, b) <= (Math.min(a.length, b.length) >= 7 ? 2 : 1);
}

/**
 * "腾迅" / 腾讯, "比亚笛" / 比亚迪, "阿里吧吧" / 阿里巴巴: the input method's wrong homophone of a known Chinese name. Same
 * sound (in some reading of each character: "美地" / 美的), same length, and one character right in its place ("花为" is
 * 华为; "惊动" is no 京东).
 */
export function homophoneOf(written: string, known: string): boolean {
  const a = [...normalizeText(written)];
  const b = [...normalizeText(stripCompanySuffix(known))];
  if (a.length < 2 || a.length !== b.length || !a.some((c, i) => c === b[i]) || a.join("") === b.join("") || !/^\p{Script=Han}+$/u.test(a.join("")))
    return false;
  // ("美地" / 美的: 的 is also read di, as 地 is also read de)
  return toPinyin(a.join("")) === toPinyin(b.join("")) || soundAlikeByReadings(a, b);
}
