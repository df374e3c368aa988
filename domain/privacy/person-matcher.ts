/** What identifies one person in free text: the plaintext fields of their contact record. */
export interface PersonIdentity {
  name: string;
  phone: string | null;
  email: string | null;
  wechatId: string | null;
}

/** What replaces personal text once a person is erased. */
export const ERASED = "[erased]";

/**
 * Finds one person in free text (activity summaries, ticket bodies, JSON payloads, backup bytes):
 * - phone: the same digits in any common formatting ("139 1234 5678", "139-1234-5678",
 *   "+86 13912345678", "0086…"), never inside a longer number;
 * - email and WeChat id: case-insensitive, not inside a longer address or id;
 * - name: a Latin name as a whole token ("Li" does not match "Lily", but does match "给Li打电话");
 *   a name with Chinese characters as a substring, because Chinese has no word boundaries
 *   ("王芳" also matches "王芳芳": we prefer erasing too much to too little). Names shorter than
 *   two characters are not matched (too common); such a person is found by phone, email and link.
 */
export class PersonMatcher {
  private readonly patterns: RegExp[];

  constructor(person: PersonIdentity) {
    this.patterns = [namePattern(person.name), phonePattern(person.phone), emailPattern(person.email), wechatPattern(person.wechatId)].filter(
      (p): p is RegExp => p !== null,
    );
  }

  /** Nothing to look for (an already erased person). */
  get empty(): boolean {
    return this.patterns.length === 0;
  }

  matches(text: string | null | undefined): boolean {
    if (!text) return false;
    return this.patterns.some((p) => {
      p.lastIndex = 0;
      return p.test(text);
    });
  }

  /** The text with every occurrence of the person replaced by the marker. */
  redact(text: string): string {
    return this.patterns.reduce((t, p) => t.replace(p, ERASED), text);
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const HAN = /\p{Script=Han}/u;

function namePattern(raw: string): RegExp | null {
  const name = raw.trim();
  if ([...name].length < 2) return null;
  if (HAN.test(name)) return new RegExp(escape(name).replace(/\s+/g, "\\s*"), "gu");
  // Whole token: not glued to another Latin letter or digit (CJK around it is fine).
  const body = name.split(/\s+/).map(escape).join("\\s+");
  return new RegExp(`(?<![\\p{Script=Latin}\\p{N}_])${body}(?![\\p{Script=Latin}\\p{N}_])`, "giu");
}

/** The national number: separators and a +86 / 0086 country prefix removed. */
export function nationalDigits(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.startsWith("0086")) return digits.slice(4);
  if (digits.startsWith("86") && digits.length >= 13) return digits.slice(2);
  return digits;
}

function phonePattern(phone: string | null): RegExp | null {
  if (!phone) return null;
  const digits = nationalDigits(phone);
  if (digits.length < 7) return null;
  const sep = "[\\s\\-.()]{0,2}";
  const prefix = "(?:\\(?(?:\\+|00)\\s?86\\)?[\\s\\-]*)?";
  return new RegExp(`(?<!\\d)${prefix}${[...digits].join(sep)}(?!\\d)`, "gu");
}

function emailPattern(email: string | null): RegExp | null {
  const value = email?.trim();
  if (!value || !value.includes("@")) return null;
  return new RegExp(`(?<![\\w.+-])${escape(value)}(?![\\w-]|\\.[A-Za-z0-9])`, "giu");
}

function wechatPattern(id: string | null): RegExp | null {
  const value = id?.trim();
  if (!value || value.length < 3) return null;
  return new RegExp(`(?<![\\w-])${escape(value)}(?![\\w-])`, "giu");
}
