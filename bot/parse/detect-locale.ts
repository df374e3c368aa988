import type { Locale } from "./types.js";

const HAN = /\p{Script=Han}/u;

/** One ideograph is enough: Chinese reps freely mix in English company names. */
export function detectLocale(text: string): Locale {
  return HAN.test(text) ? "zh" : "en";
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

export function hasLatinWord(text: string): boolean {
  return /[A-Za-z]{2,}|\d\s*(?:am|pm)\b/i.test(text);
}

/**
 * Words that only an English sentence contains: function words and the verbs reps use. A lone
 * "ok", "IBM", "#12" or "👍" carries no language, so the reply keeps the user's own language.
 */
const ENGLISH_WORDS = new Set(
  (
    "an the and or but to of in on at for from with by about into after before this that these those it its is are was were be been " +
    "am do does did has have had will would can could should shall may might must not no yes please what when where which who whom whose why how " +
    "me my we our us you your he him his she her they them their there here today tomorrow yesterday tonight next last week month year " +
    "day days weeks months ago later soon now then again also just still very more less all any some every each other new show list help " +
    "call called calling met meet meeting visit visited visiting email emailed sent send sending follow up asked ask asking want wants wanted " +
    "need needs needed budget quote proposal deal deals customer client company contact demo lunch coffee dinner talked spoke said told " +
    "went go going left got get give gave make made like liked interested signed sign won lost closed pipeline status please thanks " +
    "set move change update delete remove add create find search open done note log logged morning afternoon evening noon pm am"
  ).split(" "),
);
// Acknowledgements that every language borrows: they say nothing about the user's language.
const BORROWED = new Set(["ok", "okay", "yes", "no", "thanks", "thx", "hi", "hello", "bye", "am", "pm"]);

/**
 * The language a message is written in, or null when it has no signal (digits, a name, an emoji,
 * "ok"): the caller then uses the user's known locale instead of guessing English.
 */
export function messageLanguage(text: string): Locale | null {
  if (HAN.test(text)) return englishAroundChineseNames(text) ? null : "zh";
  const words = text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
  const english = words.filter((w) => ENGLISH_WORDS.has(w) && !BORROWED.has(w));
  if (english.length > 0) return "en";
  // Several plain lowercase words ("budget review friday") read as English prose, not as a name.
  const lowercase = text.match(/(?:^|[^A-Za-z])[a-z]{3,}(?=$|[^A-Za-z])/g) ?? [];
  const prose = lowercase.filter((w) => !BORROWED.has(w.replace(/^[^a-z]/, "")));
  return prose.length >= 2 ? "en" : null;
}

/**
 * The language to store for a user seen for the first time: like messageLanguage, but a greeting
 * in lower-case Latin ("hello", "hi") counts, since there is no earlier language to keep.
 * Digits, names in capitals ("IBM") and emoji still say nothing.
 */
export function firstMessageLanguage(text: string): Locale | null {
  if (HAN.test(text)) return englishAroundChineseNames(text) ? "en" : "zh";
  return messageLanguage(text) ?? (/(?:^|[^A-Za-z])[a-z]{2,}(?=$|[^A-Za-z])/.test(text) ? "en" : null);
}

/**
 * "called 宁德时代 back, they want a demo", "met 张总 at 华为 today": English prose around Chinese
 * names. Chinese sentences borrow English words too ("跟Acme开了个meeting，他们想要demo"), but
 * then the Chinese outweighs them. Such a message does not switch a user's language either way.
 */
function englishAroundChineseNames(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.toLowerCase().match(/[a-z]{2,}(?:'[a-z]+)?/g) ?? [];
  const english = words.filter((w) => ENGLISH_WORDS.has(w) && !BORROWED.has(w));
  return english.length >= 2 && words.length * 2 >= han;
}
