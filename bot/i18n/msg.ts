import type { Locale } from "../types.js";

/** One thing the bot says, in every locale: a function of its parameters per language. */
export type Msg<P extends unknown[] = []> = Record<Locale, (...params: P) => string>;

/** A message from its Chinese and English wording (the one way every catalog in bot/i18n declares one). */
export function msg<P extends unknown[] = []>(zh: (...p: P) => string, en: (...p: P) => string): Msg<P> {
  return { zh, en };
}
