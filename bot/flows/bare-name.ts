import { normalizeText } from "../../domain/shared/search-key.js";
import type { Replies, TurnContext } from "../context.js";
import { answerQuestion } from "./answer-question.flow.js";
import { searchRecords } from "./search-records.js";

/** Punctuation and filler around a lone name: "华为？", "Globex...", "@张总 ". */
const AROUND = /^[\s@#"“”'‘’「」《》(（]+|[\s?？!！。.,，~～…"“”'‘’」》)）]+$/gu;
const MAX_NAME_CHARS = 40;
const PERSON_NAME = /^(?:\p{Script=Han}{2,4}|[\p{L}'.-]+(?:\s+[\p{L}'.-]+){0,3})$/u;

/**
 * A message that is nothing but a known customer's or contact's name ("华为", "Globex?", "张总")
 * asks for that record: the company card, or the contact among the search results. Logging it
 * as a note would write an empty activity and push the customer's last-activity date.
 */
export async function answerBareName(ctx: TurnContext, text: string): Promise<Awaited<Replies> | null> {
  const name = text.replace(AROUND, "");
  if (!name || name.length > MAX_NAME_CHARS) return null;
  const mentions = await ctx.domain.companies.mentionedIn(name);
  const whole = mentions.filter((m) => m.strong && m.start === 0 && m.end === name.length);
  if (whole.length === 1 && mentions.every((m) => m.id === whole[0]!.id)) {
    return answerQuestion(ctx, { kind: "about", topic: "status", subject: name }, name);
  }
  // A person's name is short: a sentence is not looked up as one (it would cost a query per message).
  if (!PERSON_NAME.test(name)) return null;
  const people = await ctx.domain.contacts.search(name);
  const matches = people.kind === "one" ? [people.match] : people.kind === "many" ? people.matches : [];
  const key = normalizeText(name);
  if (matches.some((p) => normalizeText(p.name) === key)) return searchRecords(ctx, name);
  return null;
}
