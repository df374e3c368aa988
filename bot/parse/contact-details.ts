import { allMatches } from "./all-matches.js";
/**
 * A phone number or an e-mail address written in a message ("张总电话13912345678", "Bob's email is
 * bob@acme.com"): offered to be saved on the contact, never saved silently. A phone is 7–15
 * digits (the contact schema's rule) and must not be glued to a currency or unit.
 */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/u;
const PHONE = /(?<![\d.,$¥€£])\+?\d[\d -]{5,20}\d(?![\d.,]|\s*(?:[万千亿元块kKwWmM%]|美元|人民币|usd|rmb|cny))/giu;

/** "20240307": a date written without separators. */
const COMPACT_DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/u;

export interface ContactDetails {
  phone?: string;
  email?: string;
}

export function contactDetails(text: string): ContactDetails {
  const email = EMAIL.exec(text)?.[0];
  const phone = [...allMatches(text.replace(EMAIL, " "), PHONE)]
    .map((m) => m[0].trim())
    .find((p) => {
      const digits = p.replace(/\D/gu, "");
      return digits.length >= 7 && digits.length <= 15 && !COMPACT_DATE.test(p);
    });
  return { ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
}
