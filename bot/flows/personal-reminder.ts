import type { TurnContext } from "../context.js";
import { parseSentence } from "../parse/parse-sentence.js";

/** The rep asking to be reminded ("明天上午提醒我写周报", "remind me tomorrow 9am to update the forecast"): the words, left out of what to do. */
const REMIND_WORDS =
  /(?:请|麻烦)?(?:提醒我|提醒一下我|设(?:个|一个)?提醒[:：]?)|\b(?:please\s+|pls\s+)?remind\s+me(?:\s+to)?\b|\bset\s+(?:me\s+)?(?:a\s+)?reminder(?:\s+(?:to|for))?\b|^\s*reminder\s*[:：]/giu;
const ASKING_OPENING =
  /^\s*(?:(?:hey|hi|ok|okay)[\s,]+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|(?:能不能|能否|可以|麻烦)?(?:你)?帮我)/iu;
/** The same words, to test for (without the global flag's moving lastIndex). */
const REMIND_SELF = new RegExp(REMIND_WORDS.source, "iu");

/**
 * A reminder that names no customer (known, sounding like one, or new) is the rep's own follow-up, as
 * `followup add` makes it; asking which customer it is about would make them pick one at random.
 * Null when the sentence is not such a reminder: it is logged like any other.
 */
export async function personalReminderFor(ctx: TurnContext, text: string): Promise<string | null> {
  if (!REMIND_SELF.test(text)) return null;
  const parsed = parseSentence(text, { now: ctx.now, timezone: ctx.timezone });
  if (!parsed.followUp || parsed.companyHints.length > 0 || parsed.contactHints.length > 0) return null;
  if ((await ctx.domain.companies.mentionedIn(text)).length > 0) return null;
  if ((await ctx.domain.companies.soundingLike(text)).length > 0) return null;
  // (the reminder words are not what to do: "提醒我写周报" is "写周报")
  // ("can you remind me Monday 10am to chase the PO?": nor are the asking words and the question mark)
  const what = text
    .replace(ASKING_OPENING, "")
    .replace(REMIND_WORDS, " ")
    .replace(/[?？]+\s*$/u, "")
    .replace(/\s+/gu, " ")
    .trim();
  return `${ctx.locale === "zh" ? "跟进 添加" : "followup add"} ${what}`;
}
