import { normalizeText } from "../../domain/shared/search-key.js";
import type { TurnContext } from "../context.js";
import { contactDetails } from "../parse/contact-details.js";
import { parseSentence } from "../parse/parse-sentence.js";
import type { Reply } from "../types.js";
import { offerContact, offerContactDetails, offeredContact } from "./offer-contact.js";

/** "her email", "his phone is …", "她的电话…": the person just talked about. */
const PRONOUN = /\b(?:her|his|their|she|he|them|him)\b|她|他|对方/iu;
/** What is left of a message that only gives a number or an address once they are taken out. */
const DETAIL_WORDS =
  /\b(?:e-?mail|mail|address|phone|mobile|cell|number|tel|is|are|it'?s|her|his|their|here|new|work|direct|line|no\.?)\b|电话|手机号?|号码|邮箱|地址|是|的|她|他|对方|新|[\s:：,，.。!！]/giu;
/** The person a details message refers to must have been talked about this recently. */
const WITHIN_MS = 30 * 60_000;
const MAX_NAME_CHARS = 30;

/** The person an open "add … as a contact?" question offers, if one is open. */
async function openContactOffer(ctx: TurnContext): Promise<{ company: string; name: string } | null> {
  const open = await ctx.pending.latestOpen(ctx.actor.userId, new Date(ctx.now.getTime() - WITHIN_MS), ["command"], true);
  return open?.patches.map(offeredContact).find((o) => o !== null) ?? null;
}

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
  const leftover = rest.replace(DETAIL_WORDS, "");
  // "刘经理电话139…" while "add 刘经理?" is open: named, but the person offered.
  if (leftover.length > 0 && leftover.length <= MAX_NAME_CHARS && !PRONOUN.test(rest)) {
    const offered = await openContactOffer(ctx);
    return offered && normalizeText(offered.name) === normalizeText(leftover) ? offerContact(ctx, { name: offered.company }, offered.name, details) : null;
  }
  if (!PRONOUN.test(rest) && leftover.length > 0) return null;
  const parsed = parseSentence(rest, { now: ctx.now, timezone: ctx.timezone });
  if (parsed.activity || parsed.followUp || parsed.amount || parsed.contactHints.length > 0 || parsed.companyHints.length > 0) return null;

  const offered = await openContactOffer(ctx);
  if (offered) return offerContact(ctx, { name: offered.company }, offered.name, details);

  const last = await ctx.domain.undo.lastLogged(ctx.actor, WITHIN_MS);
  if (last?.contactId) {
    const replies = await offerContactDetails(ctx, last.contactId, details);
    if (replies.length > 0) return replies;
  }
  return null;
}
