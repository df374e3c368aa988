import { normalizeText } from "../../domain/shared/search-key.js";
import type { TurnContext } from "../context.js";
import { ZH_COMPOUND_SURNAMES, ZH_SURNAMES, ZH_TITLES } from "../parse/name-lexicon.js";
import type { ParsedSentence } from "../parse/types.js";

export type ContactLookup =
  | { kind: "one"; contactId: string }
  | { kind: "many"; query: string; options: { id: string; label: string }[] }
  | { kind: "unknown"; name: string }
  | { kind: "none" };

interface Person {
  id: string;
  name: string;
  title: string | null;
}

// One customer's people, read through the companyId index; a bound keeps a huge account cheap.
const CONTACTS_PER_COMPANY = 500;
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof)\.?\s+/iu;
const SURNAME_TITLE = new RegExp(
  `^(?:(?<s1>${ZH_COMPOUND_SURNAMES.join("|")}|[${ZH_SURNAMES}])(?:${ZH_TITLES.join("|")})|[小老](?<s2>[${ZH_SURNAMES}]))$`,
  "u",
);
const HAN = /\p{Script=Han}/u;

/**
 * The person a sentence names, among the contacts of the company it is about: "张总" / "王工" /
 * "李姐" are anyone of that surname there, "Bob" or "Mr. Lee" anyone with that first or last
 * name, a full name ("张伟", "Bob Smith") that person. Several fit → ask; nobody fits → the
 * name is offered as a new contact after the log (the log itself is never held up for it).
 */
export async function findContactIn(ctx: TurnContext, companyId: string, parsed: ParsedSentence, text: string): Promise<ContactLookup> {
  const people: Person[] = await ctx.domain.contacts.peopleOf(companyId, CONTACTS_PER_COMPANY);
  let unknown: string | undefined;
  for (const hint of parsed.contactHints) {
    const fits = people.filter((p) => fitsHint(p.name, hint));
    if (fits.length === 1) return { kind: "one", contactId: fits[0]!.id };
    if (fits.length > 1) return { kind: "many", query: hint, options: fits.map((p) => ({ id: p.id, label: labelOf(p) })) };
    unknown ??= hint;
  }
  if (unknown) return { kind: "unknown", name: unknown };
  // Full names without a title are not hints ("和张伟吃饭", "lunch with bob smith"): look for our people in the text.
  const folded = normalizeText(text);
  const named = people.filter((p) => {
    const key = normalizeText(p.name);
    return key.length >= (HAN.test(key) ? 2 : 3) && (HAN.test(key) ? folded.includes(key) : wholeWords(text, p.name));
  });
  if (named.length === 0) return { kind: "none" };
  const first = named.sort((a, b) => positionIn(text, a.name) - positionIn(text, b.name))[0]!;
  return { kind: "one", contactId: first.id };
}

/** The surname of "张总", "王工", "老李", "小李"; null for anything else. */
export function surnameOfTitled(hint: string): string | null {
  const titled = SURNAME_TITLE.exec(hint);
  return titled ? (titled.groups?.s1 ?? titled.groups?.s2 ?? null) : null;
}

export function fitsHint(name: string, hint: string): boolean {
  if (normalizeText(name) === normalizeText(hint)) return true;
  const titled = SURNAME_TITLE.exec(hint);
  if (titled) {
    const surname = titled.groups?.s1 ?? titled.groups?.s2 ?? "";
    return HAN.test(name) && name.startsWith(surname) && name.length <= surname.length + 3;
  }
  const words = hint
    .replace(HONORIFIC, "")
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  const own = name.toLowerCase().split(/\s+/u);
  return words.length > 0 && !HAN.test(hint) && words.every((w) => own.includes(w));
}

function wholeWords(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/\s+/gu, "\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").test(text);
}

function positionIn(text: string, name: string): number {
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  return at < 0 ? Number.MAX_SAFE_INTEGER : at;
}

function labelOf(p: Person): string {
  return p.title ? `${p.name} · ${p.title}` : p.name;
}
