import type { TurnContext } from "../context.js";
import { contactDetails } from "../parse/contact-details.js";
import { parseSentence } from "../parse/parse-sentence.js";
import type { Reply } from "../types.js";
import { offerContact, offerContactDetails } from "./offer-contact.js";

/** "her email", "his phone is …", "她的电话…": the person just talked about. */
const PRONOUN = /\b(?:her|his|their|she|he|them|him)\b|她|他|对方/iu;
/** What is left of a message that only gives a number or an address once they are taken out. */
const DETAIL_WORDS =
  /\b(?:e-?mail|mail|address|phone|mobile|cell|number|tel|is|are|it'?s|her|his|their|here|new|work|direct|line|no\.?)\b|电话|手机号?|号码|邮箱|地址|是|的|她|他|对方|新|[\s:：,，.。!！]/giu;
/** The person a details message refers to must have been talked about this recently. */
const WITHIN_MS = 30 * 60_000;
const CONTACT_ADD = /^contact add "([^"]+)" "([^"]+)"/u;

/**
 * "met Nina Sharp from Massive Dynamic…", then "nina@massivedynamic.com is her email": the address
 * belongs to the person just talked about. While "add Nina Sharp?" is still open the offer comes
 * again with the address in it; after a sentence logged with a known contact the address is offered
 * for that contact's card. Logging it as a note would bury it. Null when the message says more
 * than details, names someone, or nobody was talked about.
 */
export async function detailsForLastPerson(ctx: TurnContext, text: string): Promise<Reply[] | null> {
  const details = contactDetails(text);
  if (!details.phone && !details.email) return null;
  const rest = text.replace(details.phone ?? "\u0000", " ").replace(details.email ?? "\u0000", " ");
  if (!PRONOUN.test(rest) && rest.replace(DETAIL_WORDS, "").length > 0) return null;
  const parsed = parseSentence(rest, { now: ctx.now, timezone: ctx.timezone });
  if (parsed.activity || parsed.followUp || parsed.amount || parsed.contactHints.length > 0 || parsed.companyHints.length > 0) return null;

  const open = await ctx.pending.latestOpen(ctx.actor.userId, new Date(ctx.now.getTime() - WITHIN_MS), ["command"], true);
  const offered = open?.patches.map((p) => CONTACT_ADD.exec(String((p as { text?: unknown })?.text ?? ""))).find((m) => m);
  if (offered) return offerContact(ctx, { name: offered[1]! }, offered[2]!, details);

  const last = await ctx.domain.undo.lastLogged(ctx.actor, WITHIN_MS, ctx.now);
  if (last?.contactId) {
    const replies = await offerContactDetails(ctx, last.contactId, details);
    if (replies.length > 0) return replies;
  }
  return null;
}
