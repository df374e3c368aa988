import { EN_COMPANY_SUFFIXES, EN_STOP_WORDS, EN_TITLE_WORDS, isPlaceName } from "./name-lexicon.js";
import { isEnglishFirstName } from "./english-first-names.js";

/**
 * "called initrode, they want a demo", "met w vandelay industries today": a rep in a hurry types an
 * unknown prospect in lower case, where the capitalized-name rules see nothing. The words right after
 * a contact verb are that name; the bot offers it for creation (a question, never a silent write), so
 * a wrong guess costs one tap while a missed one lost the message.
 */
const AFTER_CONTACT_VERB =
  /\b(?:called|phoned|rang|emailed|e-mailed|visited|pinged|texted|messaged|contacted|vm'?d|[dD][mM]'?[dD]|[dD][mM]ed|(?:drove|driven|went|headed|flew|swung|popped)\s+(?:up\s+|over\s+|down\s+|out\s+|back\s+)?to|(?:call|calls|e-?mail|mtg|meeting|met|lunch|dinner|coffee|sync|demo|demoed|spoke|talked|chatted|followed\s+up|touched\s+base)\s+(?:w\/?|with|to|for)|met|heard\s+(?:back\s+)?from|reached\s+out\s+to|left\s+(?:a\s+)?(?:vm|voicemail)\s+(?:for|with)|(?:procurement|purchasing|legal|finance|ceo|cto|cfo|coo|vp|team|folks|guys|buyer|contact|champion|someone|people)\s+(?:at|from|over\s+at)|(?:proposal|quote|deck|contract|sow|nda|pricing|invoice|po|rfp|samples?)\s+(?:to|for))(?=\s+(?<name>[A-Za-z][A-Za-z0-9&'’.-]*(?:\s+[A-Za-z][A-Za-z0-9&'’.-]*){0,2}))/gu;

/** Words that end a name run: times, linking words, and the verbs that follow a subject. */
const ENDS_NAME = new Set([
  "about",
  "re",
  "regarding",
  "on",
  "at",
  "for",
  "and",
  "to",
  "with",
  "w",
  "w/",
  "in",
  "from",
  "by",
  "but",
  "so",
  "again",
  "back",
  "earlier",
  "later",
  "tmrw",
  "tomorrow",
  "today",
  "yesterday",
  "yday",
  "yest",
  "tonight",
  "this",
  "last",
  "next",
  "morning",
  "afternoon",
  "went",
  "was",
  "were",
  "is",
  "are",
  "said",
  "says",
  "wants",
  "want",
  "needs",
  "need",
  "asked",
  "agreed",
  "liked",
  "loved",
  "seemed",
  "will",
  "would",
  "can",
  "could",
  "just",
  "all",
  "up",
  "over",
  "out",
  "around",
  "into",
  "after",
  "before",
  "team",
  "folks",
  "guys",
  "people",
  "ppl",
  "re:",
  "went",
  "has",
  "have",
  "had",
  "did",
  "does",
  "do",
  "not",
  "no",
  "yet",
  "too",
  "also",
  "still",
  "already",
  "once",
  "twice",
  "again.",
  "the",
  "a",
  "an",
  "their",
  "his",
  "her",
  "our",
  "my",
  "who",
  "which",
]);
const ROLE_AFTER = /^['’]?s?\s+(?:founder|ceo|cto|cfo|coo|vp|team|folks|guys|people|buyer|owner|cofounder|co-founder|procurement|legal|it)\b/iu;

/** A first word that is never a company: pronouns, roles, vague nouns, our own side. */
const NOT_A_NAME = new Set([
  // what follows a contact verb without naming anyone: "emailed asking about…"
  "asking",
  "checking",
  "looking",
  "following",
  "saying",
  "wondering",
  "requesting",
  "confirming",
  "telling",
  "letting",
  "regarding",
  "about",
  "lunch",
  "dinner",
  "breakfast",
  "coffee",
  "drinks",
  "office",
  "home",
  "work",
  "airport",
  "hotel",
  "gym",
  "town",
  "city",
  "bed",
  "back",
  "again",
  "up",
  "in",
  "out",
  "over",
  "around",
  "someone",
  "somebody",
  "everyone",
  "nobody",
  "mom",
  "dad",
  "boss",
  "vendor",
  "prospect",
  "prospects",
  "partner",
  "partners",
  "client",
  "clients",
  "lead",
  "leads",
  "account",
  "accounts",
  "company",
  "contact",
  "contacts",
  "guy",
  "guys",
  "folks",
  "people",
  "ppl",
  "both",
  "all",
  "each",
  "several",
  "few",
  "some",
  "many",
  "two",
  "three",
  "twice",
  "once",
  "him",
  "her",
  "them",
  "us",
  "you",
  "it",
  "that",
  "this",
  "these",
  "those",
  "here",
  "there",
  "home",
  "everybody",
  "support",
  "engineering",
  "dev",
  "devs",
  "product",
  "ops",
  "finance",
  "legal",
  "procurement",
  "purchasing",
  "it",
  "hr",
  "admin",
  "reception",
  "front",
  "desk",
  "security",
  "customer",
  "customers",
  "new",
  "old",
  "existing",
  "potential",
  "another",
  "other",
  "same",
  "various",
  "multiple",
  "couple",
  "bunch",
  "lots",
  "lot",
  "no",
  "not",
  "nope",
  "yes",
  "ok",
  "okay",
]);

/**
 * "hooli mtg 12/16 3pm", "bluth co demo tmrw", "hooli: demo went well", "wonka industries called": a lower-case name
 * opening the message, right before an activity word, a colon or a verb the customer did.
 */
/** The kind of a note, said right after the customer's name ("hooli mtg", "polar logistics call - …"). */
const NOTE_KINDS = String.raw`call|calls|mtg|meeting|demo|lunch|dinner|coffee|visit|zoom|e-?mail|vm|onsite|sync|workshop|presentation|f\/u|qbr|kickoff|intro`;

const OPENING_NAME = new RegExp(
  String.raw`^(?<name>[A-Za-z][a-z0-9&'’.-]*(?:\s+(?:${[...EN_COMPANY_SUFFIXES, "global", "health"].map((w) => w.toLowerCase()).join("|")}))?)(?:\s*:|\s+(?:${NOTE_KINDS}|webinar|training|check[\s-]?in|follow[\s-]?up|fu|wants|want|called|emailed|needs|asked|said|signed|replied|came\s+back|is\s+(?:in|out|interested)|budget|renewal|rfp|po|contract|deal|pricing|quote|proposal)\b)`,
  "u",
);
/** Words that open a message without naming anyone ("quick call w…", "great mtg today", "team lunch"). */
const NOT_AN_OPENING_NAME = new Set([
  "contact",
  "follow",
  "follow-up",
  "followup",
  "site",
  "initial",
  "first",
  "second",
  "final",
  "discovery",
  "quick",
  "good",
  "great",
  "bad",
  "short",
  "long",
  "intro",
  "sales",
  "team",
  "weekly",
  "daily",
  "monthly",
  "first",
  "second",
  "final",
  "discovery",
  "pricing",
  "status",
  "another",
  "new",
  "next",
  "last",
  "this",
  "that",
  "the",
  "a",
  "an",
  "my",
  "our",
  "their",
  "his",
  "her",
  "today",
  "tmrw",
  "tomorrow",
  "yesterday",
  "tonight",
  "followup",
  "follow",
  "fu",
  "f",
  "call",
  "mtg",
  "meeting",
  "demo",
  "lunch",
  "dinner",
  "coffee",
  "visit",
  "renewal",
  "budget",
  "contract",
  "deal",
  "quote",
  "proposal",
  "pricing",
  "note",
  "notes",
  "update",
  "fyi",
  "re",
  "reminder",
  "todo",
  "ok",
  "okay",
  "yes",
  "no",
  "hey",
  "hi",
  "hello",
  "pls",
  "please",
  "just",
  "also",
  "then",
  "so",
  "and",
  "but",
  "internal",
  "product",
  "tech",
  "technical",
  "legal",
  "exec",
  "executive",
  "kickoff",
  "qbr",
  "lost",
  "won",
  "signed",
  "big",
  "small",
  "hot",
  "cold",
  "warm",
  "urgent",
  "important",
  "another",
  "one",
  "two",
  "3",
  "zoom",
  "teams",
  "phone",
  "video",
  "onsite",
  "remote",
  "virtual",
  "client",
  "customer",
  "prospect",
  "vendor",
  "partner",
  "boss",
  "manager",
  "they",
  "we",
  "i",
  "he",
  "she",
  "it",
  "you",
  "actually",
  "oh",
  "wait",
  "sorry",
  "oops",
  "btw",
  "plus",
  "anyway",
  "still",
  "maybe",
  "probably",
  "need",
  "gotta",
  "lol",
  "haha",
  "ugh",
  "omg",
  "meh",
]);

const PAST_VERB = new Set([
  "met",
  "sent",
  "spoke",
  "left",
  "had",
  "did",
  "got",
  "went",
  "ran",
  "caught",
  "heard",
  "saw",
  "took",
  "gave",
  "made",
  "told",
  "said",
  "rang",
  "sat",
  "wrote",
  "brought",
]);

function titleCase(name: string): string {
  // ("bank of springfield" → "Bank of Springfield")
  return name.replace(/(^|\s)([a-z])([a-z]*)/gu, (word: string, space: string, first: string, rest: string) =>
    space && /^(?:of|and|the|de)$/u.test(first + rest) ? word : space + first.toUpperCase() + rest,
  );
}

/** "dunder mifflin paper - spoke w/ Jan", "Prestige Worldwide - cold call": a name of up to four words heading the note before a dash. */
const HEADING_BEFORE_DASH = /^(?<name>[A-Za-z][A-Za-z0-9&'’.]*(?:\s+(?:[A-Za-z][A-Za-z0-9&'’.]*|&)){0,3})\s+[-–—]\s+\S/u;

/** "stark industries email - …", "polar logistics call - left vm": the kind of the note after the name is not part of it. */
const KIND_AFTER_NAME = new RegExp(String.raw`(?:\s+(?:${NOTE_KINDS}|emails|check-?in|follow-?up|update|notes?))+$`, "iu");

export function lowercaseProspect(text: string): string | null {
  const headed = HEADING_BEFORE_DASH.exec(text.trim())?.groups?.name?.replace(KIND_AFTER_NAME, "");
  const headFirst = (headed?.split(/\s+/u)[0] ?? "").toLowerCase();
  if (
    headed &&
    !NOT_AN_OPENING_NAME.has(headFirst) &&
    !PAST_VERB.has(headFirst) &&
    !/ed$/u.test(headFirst) &&
    !EN_STOP_WORDS.has(headFirst) &&
    !headed.split(/\s+/u).some((w) => ENDS_NAME.has(w.toLowerCase()) || EN_TITLE_WORDS.has(w.toLowerCase())) &&
    !(headed.split(/\s+/u).length === 1 && isEnglishFirstName(titleCase(headFirst)))
  )
    return titleCase(headed);
  const opening = OPENING_NAME.exec(text.trim())?.groups?.name;
  const first = (opening?.split(/\s+/u)[0] ?? "").toLowerCase();
  // (a verb in the past opens most reports: "emailed proposal to acme")
  if (
    opening &&
    first.length >= 3 &&
    !/ed$/u.test(first) &&
    !PAST_VERB.has(first) &&
    !NOT_AN_OPENING_NAME.has(first) &&
    !EN_STOP_WORDS.has(first) &&
    !isEnglishFirstName(titleCase(first.replace(/['’]s$/u, "")))
  )
    return titleCase(opening.replace(/['’]s$/u, ""));
  for (const m of text.matchAll(AFTER_CONTACT_VERB)) {
    const words: string[] = [];
    // "DM'd the hooli founder": "the" before a name and the person's role
    const run = (m.groups?.name ?? "").replace(
      /^the\s+(?=[A-Za-z][\w&'’.-]*\s+(?:founder|ceo|cto|cfo|coo|vp|team|folks|guys|people|buyer|owner|cofounder|co-founder)\b)/u,
      "",
    );
    for (const raw of run.split(/\s+/u)) {
      const word = raw.replace(/[.,;:!?'’]+$/u, "");
      const folded = word.toLowerCase();
      if (ENDS_NAME.has(folded) || EN_STOP_WORDS.has(folded) || EN_TITLE_WORDS.has(folded) || /^\d/u.test(word)) break;
      // "demo for Wayne Enterprises scheduled thursday": a name typed capitalized ends at the first lower-case word
      if (words.length > 0 && /^\p{Lu}/u.test(words[0]!) && /^\p{Ll}/u.test(word) && !/^(?:&|and|of)$/u.test(word)) break;
      words.push(word);
      // "called initrode, they…", "met hooli's cto": punctuation or a possessive ends the name
      if (raw !== word || /['’]s$/u.test(raw)) break;
    }
    const name = words.join(" ").replace(/['’]s$/u, "");
    const first = (words[0] ?? "").toLowerCase();
    // "talked to Brennan", "intro call w/ Pepper": one capitalized word after the verb is the person spoken to
    // (the capitalized-name rules read a customer there); "met the Initrode team" keeps its name
    const person = words.length === 1 && /^\p{Lu}/u.test(words[0] ?? "") && !ROLE_AFTER.test(run.slice((words[0] ?? "").length));
    if (person) continue;
    if (name.length < 3 || NOT_A_NAME.has(first) || isEnglishFirstName(titleCase(first)) || isPlaceName(titleCase(name))) continue;
    return titleCase(name);
  }
  return null;
}
