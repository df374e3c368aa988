import type { Locale } from './types.js';

const HAN = /\p{Script=Han}/u;

/** One ideograph is enough: Chinese reps freely mix in English company names. */
export function detectLocale(text: string): Locale {
  return HAN.test(text) ? 'zh' : 'en';
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

export function hasLatinWord(text: string): boolean {
  return /[A-Za-z]{2,}|\d\s*(?:am|pm)\b/i.test(text);
}
