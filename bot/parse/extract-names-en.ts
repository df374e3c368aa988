import { EN_COMPANY_SUFFIXES, EN_HONORIFICS, EN_STOP_WORDS, isPlaceName } from "./name-lexicon.js";
import type { NameHints } from "./name-hints.js";
import { allMatches } from "./all-matches.js";
import { isEnglishFirstName } from "./english-first-names.js";

/**
 * Words after which a capitalized run names the other party. Matched
 * case-insensitively, while the run itself must be capitalized: that is what
 * separates "called Acme" from "called back".
 */
const TRIGGER =
  /\b(?:call|email|ping|visit|meet|called|phoned|rang|met(?:\s+up)?(?:\s+with)?|meeting\s+with|call\s+with|lunch\s+with|dinner\s+with|coffee\s+with|emailed|e-mailed|mailed|visited|spoke\s+(?:to|with)|talked\s+(?:to|with)|chatted\s+with|pinged|texted|messaged|contacted|reached\s+out\s+to|heard\s+back\s+from|followed\s+up\s+with|demo(?:ed)?\s+(?:for|to)|with|w\/|at|from|for|of|to)\s+(?:the\s+)?/giu;

const HONORIFIC = `(?:${EN_HONORIFICS.join("|")})\\.?`;
// a capitalized word, or an all-caps/number brand with at least one letter (IBM, 3M)
const WORD = String.raw`[A-Z][A-Za-z0-9&'’.-]*|[0-9]+[A-Z][A-Z0-9&]*`;
/** Capitalized run; "&" and "of" may join words ("Johnson & Johnson", "Bank of China"). */
const RUN = new RegExp(String.raw`(?:(?<hon>${HONORIFIC})\s+)?(?<run>(?:${WORD})(?:\s+(?:(?:&|of)\s+)?(?:${WORD}))*)`, "uy");
const HONORIFIC_ONLY = new RegExp(`^${HONORIFIC}$`, "u");
const SUFFIX_RE = new RegExp(`^(?:${EN_COMPANY_SUFFIXES.join("|")})\\.?$`, "u");
const HONORIFIC_ANYWHERE = new RegExp(String.raw`\b${HONORIFIC}\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?`, "gu");
const SUFFIX_ANYWHERE = new RegExp(String.raw`(?:[A-Z][A-Za-z0-9&'’-]*\s+)+(?:${EN_COMPANY_SUFFIXES.join("|")})\b\.?`, "gu");
/** "lost the Hooli deal", "the Acme account" */
const THE_X_DEAL = /\bthe\s+([A-Z][A-Za-z0-9&-]*(?:\s+[A-Z][A-Za-z0-9&-]*)*)\s+(?:deal|account|opportunity|contract|project|order|renewal|rfp)\b/gu;
const POSSESSIVE = /\b([A-Z][A-Za-z0-9&-]*(?:\s+[A-Z][A-Za-z0-9&-]*)*)['’]s\b/gu;

const PERSON_TRIGGERS =
  /^(?:call|email|ping|meet|to|called|phoned|rang|met|meeting|lunch|dinner|coffee|emailed|e-mailed|mailed|spoke|talked|chatted|pinged|texted|messaged|contacted|reached|heard|followed|demo|with|w\/)/iu;
const COMPANY_TRIGGERS = /^(?:at|from|for|of|visit)/iu;

/** Sentence-initial verbs that grammar capitalizes in front of a name ("Ping Umbrella Corp"). */
export const TRIGGER_WORD =
  /^(?:call|called|phone|phoned|meet|met|email|emailed|visit|visited|spoke|talked|ping|pinged|text|texted|contact|contacted|send|sent|ask|asked|remind|chase|follow|with|at|from|to)$/iu;

export function isStop(word: string): boolean {
  // ("Haven't agreed to anything", "They'll sign": a contraction is never a name)
  return EN_STOP_WORDS.has(word.replace(/[.'’]+$/u, "").toLowerCase()) || /['’](?:t|ve|ll|re|d|m)$/iu.test(word);
}

/** Trim a run at the first stop word and strip trailing punctuation and possessives. */
export function cleanRun(run: string): string {
  const kept: string[] = [];
  for (const word of run.split(/\s+/u)) {
    if (isStop(word) && !SUFFIX_RE.test(word)) break;
    kept.push(word);
    // "Tesla's Shanghai plant": a possessive ends the owner's name
    if (/['’]s$/u.test(word)) break;
    // "Acme Corp. They're…": a period that is not an honorific ends the sentence and the name
    if (/\.$/u.test(word) && !HONORIFIC_ONLY.test(word)) break;
  }
  // ("Globex Q: CFO asked…": a Q after the name is the question it heads)
  while (kept.length > 0 && /^(?:&|of)$|^Q[:：]?$/u.test(kept[kept.length - 1] ?? "")) kept.pop();
  return withoutSentenceDot(kept.join(" ").replace(/['’]s$/u, ""));
}

/** Keeps the dot of "Inc." / "Co." but not a sentence-final one ("Wayne Enterprises."). */
function withoutSentenceDot(name: string): string {
  return /(?:^|\s)(?:Inc|Co|Corp|Ltd|Mr|Mrs|Ms|Dr|Prof)\.$/u.test(name) ? name : name.replace(/[.'’-]+$/u, "");
}

function hasCompanySuffix(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length > 1 && SUFFIX_RE.test(words[words.length - 1] ?? "");
}

/** "their CTO Bob", "the VP Sales, Alice Wong": a role word right before a given name names a person. */
const ROLE_THEN_NAME =
  /\b(?:CEO|CTO|CFO|COO|CMO|CIO|CISO|VP(?:\s+(?:of\s+)?[A-Z][a-z]+)?|[Hh]ead\s+of\s+[A-Za-z]+|[Dd]irector|[Mm]anager|[Bb]uyer|[Ee]ngineer|[Ff]ounder|[Cc]hampion|[Pp]rocurement|[Pp]urchasing)\s*,?\s+(?!(?:and|or|said|says|at|from)\b)([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)/gu;

/**
 * "Initech signed the PO", "Massive Dynamic wants a pilot": a capitalized run opening the
 * sentence, followed by a verb a customer does. Grammar capitalizes any first word, so the
 * verb list and the word lists below keep "Great call…" / "Sent the quote…" out.
 */
/** What a customer or its people do, right after their name. */
const PERSON_VERBS =
  "(?:wants?|asked|asks|called|emailed|e-mailed|said|says|needs?|signed|agreed|requested|confirmed|replied|came|reached|sent|pushed|declined|accepted|approved|rejected|liked|loved|will|would|plans?|planned|decided|chose|picked|went|invited|is|are|was|were|has|have|had|got|placed|renewed|cancel(?:l?ed)?|paid|ordered|complained|postponed|delayed|mentioned|thinks|thought|hated|raised|texted|pinged|countered|offered|proposed|responded|bought|purchased|committed|upgraded|downgraded|churned|switched|rescheduled|shortlisted|selected)";
const LEADING_RUN = new RegExp(
  String.raw`(?:^\s*|[.!?;]\s+)((?:[A-Z][A-Za-z0-9&'’-]*|[0-9]+[A-Z][A-Z0-9&]*)(?:\s+(?:[A-Z][A-Za-z0-9&'’-]*|&))*)\s+(?:(?:just|already|finally|also|again|actually|never|then|still|now)\s+)?${PERSON_VERBS}\b`,
  "gu",
);
/** "their CEO", "soylent corp rep": someone of the company just named. */
const ROLE_OF = String.raw`(?:rep|reps|ceo|cto|cfo|cmo|coo|cio|vp|svp|evp|founder|owner|buyer|procurement|purchasing|team|folks|people|guy|gm|president|director|manager|head\s+of\s+[a-z]+|vp\s+(?:of\s+)?[a-z]+|it|legal|finance|ops)`;
/**
 * "umbrella corp reached out…", "stark industries ceo dm'd me", "stark industries picked up my cold call": chat in
 * lower case; a message opening with words and a legal form or business word is a company.
 */
const LOWER_LEGAL_LEADING = new RegExp(
  String.raw`^\s*(?:(?:new|inbound|hot|warm|cold)\s+(?:lead|prospect)\s*[:：-]?\s*|(?:lead|prospect)\s*[:：-]\s*)?((?:[a-z][a-z0-9&'’-]*\s+){1,3}(?:corp|corporation|inc|incorporated|ltd|limited|llc|gmbh|plc|industries|enterprises|holdings|technologies|labs))\b\.?(?=(?:\s+${ROLE_OF})?\s+(?:${PERSON_VERBS}|dm['’]?d|dmed|messaged|wrote|picked\s+up|inbound)\b|\s*(?:[,:;!?—–-]|$))`,
  "u",
);
/**
 * "hooli's head of sales dm'd me", "meituan reached out on linkedin": a lower-case word opening the message, then
 * its people or a way of getting in touch, is the company (the common words that open a message are not).
 */
const LOWER_LEADING_CONTACT = new RegExp(
  String.raw`^\s*([a-z][a-z0-9&-]{2,}(?:\s+[a-z][a-z0-9&-]{2,})?)(?:['’]s\s+${ROLE_OF}\b|\s+(?:reached\s+out|dm['’]?d|dmed|pinged\s+(?:me|us)|texted\s+(?:me|us)|messaged\s+(?:me|us)|wrote\s+in|got\s+in\s+touch|contacted\s+(?:me|us)|came\s+in\s+(?:thru|through|via|from)|inbound)\b)`,
  "u",
);
const NOT_A_COMPANY_WORD =
  /^(?:customer|client|prospect|someone|somebody|everyone|nobody|buyer|rep|contact|lead|guy|lady|recruiter|vendor|partner|their|his|her|our|my|your|its|friend|colleague|manager|boss|cto|ceo|cfo|cmo|vp|founder|procurement|legal|finance|sales|marketing|support|team|random|another|other|same|today|yesterday|tomorrow)$/u;
/** "some corp guy called", "big corp accounts": a word that only describes. */
const NOT_A_NAME_WORD = /^(?:some|any|big|small|large|mid|new|old|that|this|the|a|an|my|our|your|their|every|each|one|another|other|same|global|local)$/u;
const titleCase = (name: string) => name.replace(/(^|\s)([a-z])/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

const NOT_LEADING_NAME =
  /^(?:great|good|quick|nice|bad|short|long|first|second|final|just|also|still|finally|sadly|luckily|customer|client|prospect|everyone|everybody|nobody|somebody|someone|team|boss|procurement|legal|finance|he|she|they|we|i|it|this|that|there|who|what|which|nothing|everything|deal|contract|quote|proposal|budget|meeting|call|demo|price|pricing|discovery|intro|introductory|kickoff|weekly|monthly|internal|partner|status|tech|technical|exec|executive|product|onboarding|training|sales|follow-up|team|next)$/iu;

/** "Massive Dynamic demo on 12/9 at 11", "Hooli call tmrw 3pm": a capitalized run opening the message, then the appointment it has. */
const LEADING_APPOINTMENT =
  /^\s*((?:[A-Z][A-Za-z0-9&'’-]*|[0-9]+[A-Z][A-Z0-9&]*)(?:\s+(?:[A-Z][A-Za-z0-9&'’-]*|&))*)\s+(?:demo|call|mtg|meeting|lunch|dinner|breakfast|kickoff|kick-off|onsite|on-site|visit|poc|pilot|qbr|workshop|presentation)s?\b(?!\s+(?:with|w\/|for|to|at)\b)/u;

/** "Northwind at 3 tmrw", "Hooli tmrw 3pm": a name opening the message, then only when (an appointment). */
const LEADING_AT_TIME =
  /^\s*((?:[A-Z][A-Za-z0-9&'’-]*|[0-9]+[A-Z][A-Z0-9&]*)(?:\s+(?:[A-Z][A-Za-z0-9&'’-]*|&))*)\s+(?:(?:at|@)\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)?|(?:tmrw|tomorrow|today|tonight|mon|tue|wed|thu|fri)[a-z]*\.?\s+(?:at\s+|@\s*)?\d{1,2}(?::\d\d)?\s*(?:am|pm)?)(?=\s|$|[,.;!])/u;

/** ("Lunch at 12", "Call @ 3": the kind of appointment, no one's name) */
const KIND_WORD =
  /^(?:lunch|dinner|breakfast|brunch|coffee|drinks|call|calls|meeting|mtg|demo|visit|sync|standup|stand-up|interview|appointment|appt|webinar|training|review|gym|flight|train|pickup|pick-up|dentist|doctor)\b/iu;

/** "New lead: Initech", "Customer - Wayne Enterprises": a label word, then the customer. */
const LABELLED =
  /(?:^|[.!?;]\s+)(?:[Nn](?:ew|EW)\s+)?(?:[Ll](?:ead|EAD)|[Pp](?:rospect|ROSPECT)|[Cc](?:ustomer|USTOMER|lient|LIENT|ompany|OMPANY)|[Aa](?:ccount|CCOUNT)|[Oo](?:pportunity|PPORTUNITY))\s*[:：–—-]\s*((?:[A-Z][A-Za-z0-9&'’-]*|[0-9]+[A-Z][A-Z0-9&]*)(?:\s+(?:[A-Z][A-Za-z0-9&'’-]*|&))*)/gu;
/** "Initech, met at the trade show", "Hooli — met their CTO": the customer, then what the rep did. */
const NAME_THEN_REPORT =
  /^\s*((?:[A-Z][A-Za-z0-9&'’-]*|[0-9]+[A-Z][A-Z0-9&]*)(?:\s+(?:[A-Z][A-Za-z0-9&'’-]*|&))*)\s*[,:：–—-]\s*(?:met|called|phoned|rang|emailed|e-mailed|visited|spoke|talked|pinged|texted|sent|demoed|had|left|followed|caught|dropped|stopped|swung|no\s+answer|voicemail)\b/u;
/** "Dunder Mifflin cold call, no answer", "Hooli intro call went well": the customer, then the kind of contact. */
const NAME_THEN_CONTACT_NOUN =
  /^\s*((?:[A-Z][A-Za-z0-9&'’-]*|[0-9]+[A-Z][A-Z0-9&]*)(?:\s+(?:[A-Z][A-Za-z0-9&'’-]*|&))*)\s+(?:(?:cold|intro|discovery|follow[\s-]?up|f\/u|quick|first|kickoff|kick-off)\s+)?(?:call|meeting|mtg|demo|visit|site\s+visit|lunch|dinner|coffee|kickoff|kick-off|qbr)\b(?!\s+(?:with|w\/)\b)/u;
/** "Hooli: demo went great", "Initech — budget approved": the customer as the label of the note, whatever follows. */
const NAME_AS_LABEL = /^\s*((?:[A-Z][A-Za-z0-9&'’-]*|[0-9]+[A-Z][A-Z0-9&]*)(?:\s+(?:[A-Z][A-Za-z0-9&'’-]*|&))*)\s*(?:[:：]|\s[–—-]\s|[–—])\s*\S/u;
const LABEL_WORD =
  /^(?:note|notes|update|updates|recap|summary|todo|to-do|fyi|re|fw|fwd|subject|reminder|remember|important|urgent|agenda|action|actions|heads|ps|eod|eow|q[1-4]|h[12]|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|morning|afternoon|evening)$/iu;

/**
 * "Sarah wants a quote", "Nina from Globex loved the demo", "Acme: Tom Baker said yes": a known given
 * name (optionally with a surname) that acts or is placed at an organisation is a person, so it is
 * offered as a contact; an unknown capitalized word in the same place ("Globex wants") stays a customer.
 */
const GIVEN_NAME_ACTS = new RegExp(
  String.raw`\b([A-Z][a-z]+)(\s+[A-Z][a-z]+)?(?=\s+(?:(?:from|at|of)\s+(?:the\s+)?[A-Z]|(?:just\s+|also\s+|finally\s+)?${PERSON_VERBS}\b))`,
  "gu",
);

function givenNames(text: string, hints: NameHints): void {
  for (const m of allMatches(text, GIVEN_NAME_ACTS)) {
    const first = m[1] ?? "";
    if (!isEnglishFirstName(first)) continue;
    const surname = m[2]?.trim();
    // "Sarah Globex wants…" is unlikely; a second capitalized word that is a stop word or trigger is not a surname
    const name = surname && !isStop(surname) && !TRIGGER_WORD.test(surname) ? `${first} ${surname}` : first;
    hints.contact(name, 2, m.index ?? 0);
  }
}

function labelledNames(text: string, hints: NameHints): void {
  for (const m of allMatches(text, LABELLED)) {
    const name = cleanRun(m[1] ?? "");
    if (name && !isStop(name.split(/\s+/u)[0] ?? "")) hints.company(name, 2, (m.index ?? 0) + m[0].lastIndexOf(m[1] ?? ""));
  }
  const lead = NAME_THEN_REPORT.exec(text) ?? NAME_AS_LABEL.exec(text) ?? NAME_THEN_CONTACT_NOUN.exec(text);
  const name = lead ? cleanRun(lead[1] ?? "") : "";
  const first = name.split(/\s+/u)[0] ?? "";
  if (name && !isStop(first) && !TRIGGER_WORD.test(first) && !NOT_LEADING_NAME.test(first) && !LABEL_WORD.test(first))
    hints.company(name, 1, text.indexOf(name));
}

/** "- Hooli: demo moved", "2) Initech called": a list marker opening the message is no part of a name. */
const LIST_MARKER = /^\s*(?:[-*•·]|\d{1,2}[.)、])\s+/u;

export function extractEnglishNames(written: string, hints: NameHints): void {
  // Blanked, not cut: the places of the names found stay those of the text.
  const text = written.replace(LIST_MARKER, (marker) => " ".repeat(marker.length));
  labelledNames(text, hints);
  givenNames(text, hints);
  // "someone from 'Massive Dynamic' called": a name the rep quoted after a word that introduces one
  for (const m of allMatches(text, QUOTED_NAME)) {
    const name = (m.groups?.name ?? "").trim();
    if (name && !isStop(name)) hints.company(name, 3, (m.index ?? 0) + m[0].indexOf(name));
  }
  const atTime = LEADING_AT_TIME.exec(text);
  const appointment = LEADING_APPOINTMENT.exec(text) ?? (atTime && !KIND_WORD.test(atTime[1] ?? "") ? atTime : null);
  const booked = appointment ? cleanRun(appointment[1] ?? "") : "";
  const bookedFirst = booked.split(/\s+/u)[0] ?? "";
  if (booked && !isStop(bookedFirst) && !TRIGGER_WORD.test(bookedFirst) && !NOT_LEADING_NAME.test(bookedFirst) && !LABEL_WORD.test(bookedFirst))
    hints.company(booked, 1, text.indexOf(booked));
  const lower = LOWER_LEGAL_LEADING.exec(text);
  const lowerFirst = lower?.[1]?.trim().split(/\s+/u)[0] ?? "";
  if (lower?.[1] && !isStop(lowerFirst) && !NOT_A_NAME_WORD.test(lowerFirst) && !TRIGGER_WORD.test(lowerFirst))
    hints.company(titleCase(lower[1].trim()), 3, text.indexOf(lower[1]));
  const contact = LOWER_LEADING_CONTACT.exec(text);
  const contactWords = contact?.[1]?.trim().split(/\s+/u) ?? [];
  const plainWord = (w: string) => isStop(w) || NOT_A_NAME_WORD.test(w) || NOT_A_COMPANY_WORD.test(w) || NOT_LEADING_NAME.test(w) || TRIGGER_WORD.test(w);
  if (contact?.[1] && contactWords.length > 0 && !contactWords.some(plainWord)) hints.company(titleCase(contact[1].trim()), 2, text.indexOf(contact[1]));
  for (const m of allMatches(text, LEADING_RUN)) {
    const name = cleanRun(m[1] ?? "");
    const first = name.split(/\s+/u)[0] ?? "";
    if (!name || isStop(first) || TRIGGER_WORD.test(first) || NOT_LEADING_NAME.test(first)) continue;
    hints.company(name, 1, (m.index ?? 0) + m[0].indexOf(m[1] ?? ""));
  }
  for (const m of allMatches(text, ROLE_THEN_NAME)) {
    const name = cleanRun(m[1] ?? "");
    if (name && !isStop(name) && !TRIGGER_WORD.test(name)) hints.contact(name, 3, (m.index ?? 0) + m[0].length - (m[1] ?? "").length);
  }
  for (const m of allMatches(text, HONORIFIC_ANYWHERE)) hints.contact(m[0], 3, m.index ?? 0);
  for (const m of allMatches(text, SUFFIX_ANYWHERE)) {
    // drop leading words that only got capitalized by grammar ("Yesterday Foo Ltd")
    const words = m[0].trim().split(/\s+/u);
    while (words.length > 2 && (isStop(words[0] ?? "") || TRIGGER_WORD.test(words[0] ?? ""))) words.shift();
    const name = withoutSentenceDot(words.join(" "));
    if (hasCompanySuffix(name)) hints.company(name, 3, m.index ?? 0);
  }
  for (const m of allMatches(text, POSSESSIVE)) {
    // "Met Hooli's procurement team": a verb capitalized at the start is no part of the owner's name
    const owner = (m[1] ?? "").split(/\s+/u);
    while (owner.length > 1 && (isStop(owner[0] ?? "") || TRIGGER_WORD.test(owner[0] ?? ""))) owner.shift();
    const name = cleanRun(owner.join(" "));
    if (name && !isStop(name) && !TRIGGER_WORD.test(name)) hints.company(name, 2, m.index ?? 0);
  }

  for (const m of allMatches(text, THE_X_DEAL)) {
    const name = cleanRun(m[1] ?? "");
    if (name && !isStop(name)) hints.company(name, 2, m.index ?? 0);
  }

  for (const trigger of allMatches(text, TRIGGER)) {
    const start = (trigger.index ?? 0) + trigger[0].length;
    RUN.lastIndex = start;
    const m = RUN.exec(text);
    if (!m) continue;
    const honorific = m.groups?.hon;
    const name = cleanRun(m.groups?.run ?? "");
    // "at Shanghai", "to London": a city is where the meeting was, not who it was with
    if (!name || isStop(name) || isPlaceName(name)) continue;
    // "met at the EV expo", "at the AWS summit": the name of an event, not of a customer
    if (EVENT_AFTER.test(text.slice(start + m[0].length))) continue;
    const full = honorific ? `${honorific} ${name}` : name;
    const verb = trigger[0].trim();
    const wordCount = name.split(/\s+/u).length;
    const allCaps = /^[A-Z0-9&]{2,}$/u.test(name);

    if (honorific) {
      // "Mr. Zhang of Huawei": the person ends where the affiliation starts.
      const [person, affiliation] = full.split(/\s+of\s+/u);
      hints.contact(person ?? full, 3, start);
      if (affiliation && !isStop(affiliation)) hints.company(affiliation, 2, start + full.indexOf(affiliation));
    } else if (/^from$/iu.test(verb) && senderAt(name, text.slice(start + m[0].length))) {
      // "email from Jim at Initech", "note from Sarah of Hooli": the sender is a person at the company named.
      const [person, org] = name.split(/\s+of\s+/u);
      hints.contact(person ?? name, 2, start);
      if (org) hints.company(org, 2, start + name.indexOf(org));
    } else if (hasCompanySuffix(name) || allCaps || COMPANY_TRIGGERS.test(verb)) {
      hints.company(name, 2, start);
    } else {
      // "called John from Acme": a single name followed by an affiliation is a person.
      const after = text.slice(start + m[0].length);
      const affiliated = /^\s*(?:from|at|of)\s+(?:the\s+)?[A-Z]/u.test(after);
      if (wordCount >= 2 && PERSON_TRIGGERS.test(verb)) hints.contact(name, 2, start);
      else if (affiliated) hints.contact(name, 2, start);
      // "spoke to Bob, he'll get back to us": a given name alone is a person, not a customer to create
      else if (wordCount === 1 && isEnglishFirstName(name)) hints.contact(name, 1, start);
      else hints.company(name, 1, start);
    }
  }
}

const EVENT_AFTER =
  /^\s*(?:expo|conference|conf|summit|show|trade\s*show|fair|event|booth|meetup|meet-up|webinar|forum|roadshow|hackathon|day|week|awards?)\b/iu;

const QUOTED_NAME = /\b(?:from|at|with|w\/|called|emailed|met|visited|for|to)\s+['"“‘「](?<name>[A-Z0-9][\w&.,'’ -]{1,40}?)['"”’」]/gu;

/** Words that head an organisation's name ("Bank of America", "University of Hong Kong"), never a person's. */
const ORG_HEAD =
  /^(?:bank|university|college|institute|department|ministry|bureau|school|hospital|city|state|government|board|council|museum|federation|association|society|academy|republic|church|league)$/iu;

/** "Jim" + " at Initech", or "Sarah of Hooli": one word, then an affiliation (a city is none: " at Shanghai"). */
function senderAt(name: string, after: string): boolean {
  const [person, org] = name.split(/\s+of\s+/u);
  if (!person || /\s/u.test(person) || ORG_HEAD.test(person)) return false;
  if (org) return !isPlaceName(org);
  const m = /^\s*at\s+(?<org>[A-Z][\w&'’-]*)/u.exec(after);
  return m?.groups?.org !== undefined && !isPlaceName(m.groups.org);
}
