import type { FieldCipher } from "../shared/field-cipher.js";

const PHONE_LIKE = /^\+?[\d\s()-]{5,24}$/;
const EMAIL_LIKE = /^[^\s@]+@[^\s@]+$/;

/**
 * One spelling per phone number: digits only; "00" and "+" international prefixes mean the same;
 * China's country code (86) before an 11-digit mobile number is dropped, so "+86 138-0013-8000",
 * "008613800138000" and "13800138000" are one number.
 */
export function normalizePhone(phone: string): string {
  let digits = phone.replace(/\D/g, "");
  if (digits.startsWith("00")) digits = digits.slice(2);
  if (digits.length === 13 && digits.startsWith("861")) digits = digits.slice(2);
  return digits;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** What a typed contact reference is, when it is not a name. */
export function lookupKind(query: string): "phone" | "email" | undefined {
  const q = query.trim();
  if (EMAIL_LIKE.test(q)) return "email";
  if (PHONE_LIKE.test(q) && normalizePhone(q).length >= 5) return "phone";
  return undefined;
}

/** The hash columns stored with a contact (current key). */
export function contactHashes(cipher: FieldCipher, fields: { phone?: string | null; email?: string | null }) {
  return {
    phoneHash: fields.phone ? cipher.hash("phone", normalizePhone(fields.phone)) : null,
    emailHash: fields.email ? cipher.hash("email", normalizeEmail(fields.email)) : null,
  };
}

/** A where-clause matching contacts with this phone or email under any configured key (mid-rotation too). */
export function lookupWhere(cipher: FieldCipher, kind: "phone" | "email", value: string) {
  return kind === "phone"
    ? { phoneHash: { in: cipher.hashes("phone", normalizePhone(value)) } }
    : { emailHash: { in: cipher.hashes("email", normalizeEmail(value)) } };
}
