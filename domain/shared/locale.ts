/** The languages the CRM answers in; a user's `locale` column holds one of these. */
export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];
