import type { CompanyMention } from "../../domain/companies/company-mentions.js";
import { rememberRecent } from "../../domain/shared/remember-recent.js";
import { parseSentence } from "../parse/parse-sentence.js";

const ANY_DAY = new Date("2026-01-07T04:00:00Z");

/** What the parser makes of a name on its own; remembered per name, since it depends on the name alone. */
const readingAlone = rememberRecent(
  2_000,
  (name: string) => name.toLowerCase(),
  (name: string): { date: boolean } => {
    const alone = parseSentence(name, { now: ANY_DAY, timezone: "UTC" });
    return { date: Boolean(alone.followUp || alone.occurredAt) };
  },
);

/**
 * The customers a text names in full, as written, for the parser to read as names only (see
 * maskNames): a name that is also words ("Pied Piper", "Sunday Motors", "3M") is no past form, day
 * or amount, and "去了华为" is going to a customer; with the name of a customer about to be created from it.
 */
export function namesToMask(text: string, mentions: readonly CompanyMention[], created?: string): string[] {
  // Only full names: a short form may be the word itself ("明天" of 明天科技 in "明天下午3点").
  const written = mentions.filter((m) => m.exact).map((m) => text.slice(m.start, m.end));
  return [...new Set([...written, ...(created ? [created] : [])])];
}

/** The hint is, where the text says it, exactly a customer's full name. */
export function namesCompany(text: string, hint: string, mentions: readonly CompanyMention[]): boolean {
  const at = text.toLowerCase().indexOf(hint.toLowerCase());
  return at >= 0 && mentions.some((m) => m.exact && m.start === at && m.end === at + hint.length);
}

/** "明天" of 明天科技 in "明天下午3点再沟通": a short form that is also a day is read as the day. */
export function shortFormIsDate(text: string, mention: CompanyMention): boolean {
  return !mention.exact && readingAlone(text.slice(mention.start, mention.end)).date;
}
