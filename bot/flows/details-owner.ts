import type { ContactDetails } from "../parse/contact-details.js";
import { clauseTense } from "../parse/clause-tense.js";
import { splitClauses } from "../parse/split-clauses.js";

function detailsAt(text: string, details: ContactDetails): number {
  const at = [details.phone, details.email].filter((d): d is string => !!d).map((d) => text.indexOf(d));
  return at.length > 0 ? Math.min(...at.map((i) => (i < 0 ? text.length : i))) : -1;
}

/**
 * "美的集团的刘经理调岗了，新对接人是周经理，电话13812345678": a clause beside the number tells of something that
 * happened, so the message is news to log, not only a number for a contact card.
 */
export function newsBesideDetails(text: string, details: ContactDetails): boolean {
  const values = [details.phone, details.email].filter((d): d is string => !!d);
  return splitClauses(text).some((c) => !values.some((v) => c.text.includes(v)) && clauseTense(c.text) === "past");
}

/**
 * The details belong to the person named last before them ("刘经理调岗了，新对接人是周经理，电话138…" is 周经理's
 * number); to anyone else named, the offer carries no details.
 */
export function detailsFor(text: string, name: string, others: readonly string[], details: ContactDetails): ContactDetails {
  const at = detailsAt(text, details);
  if (at < 0) return details;
  const own = text.lastIndexOf(name, at);
  const nearest = Math.max(-1, ...others.filter((o) => o !== name).map((o) => text.lastIndexOf(o, at)));
  return own >= 0 && own >= nearest ? details : {};
}
