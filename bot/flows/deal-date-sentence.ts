import { quoteIfNeeded } from "../commands/tokenize.js";
import type { TurnContext } from "../context.js";
import { detectDealDate } from "../parse/detect-deal-date.js";
import { parseSentence } from "../parse/parse-sentence.js";

/**
 * "Acme 的商机预计月底签" / "contract with Foo ends 2027-03-31" as the deal command that sets the
 * date ("deal Acme close date 月底"), so the sentence and the command share one path (a company
 * with several open deals gets the same "which one?" buttons). Null when the sentence is not one
 * of these or its date words hold no date: then it is logged like any other sentence.
 */
// "预计下个月中旬左右签" keeps a few words beside the date; a whole report does not fit
const RUN_ON_WORDS = 8;

export async function dealDateCommandFor(ctx: TurnContext, text: string): Promise<string | null> {
  const mention = detectDealDate(text);
  // "跟华为通了电话，合同下周签" reports a call: it is logged (with the follow-up), not read as a date edit.
  if (!mention || /[，,。；;！!？?]/u.test(mention.company)) return null;
  const whole = parseSentence(text, { now: ctx.now, timezone: ctx.timezone });
  if (whole.activity) return null;
  const parsed = parseSentence(mention.dateText, { now: ctx.now, timezone: ctx.timezone });
  if (!parsed.followUp && !parsed.occurredAt && !parsed.problems.some((p) => p.code === "invalid-date")) return null;
  // "那个华为的单子呢客户说预算批下来了是两百三十万我们下周二过去签": news and a figure run on before the date (voice
  // typing, no commas) are a report to log, not a date edit that would drop them
  const dateWords = (parsed.followUp ?? parsed.occurredAt)?.text ?? "";
  if (whole.amount || [...mention.dateText.replace(dateWords, "").replace(/\s+/gu, "")].length > RUN_ON_WORDS) return null;
  // A name that is no customer is left to the log flow, which offers to create it; so is a
  // customer with no open deal ("北辰物流的项目预计下月15号签约" is then a note with that follow-up).
  const found = await ctx.domain.companies.search(mention.company);
  if (found.kind === "none") return null;
  if (found.kind === "one" && (await ctx.domain.deals.openDealsOf(found.match.id)).length === 0) return null;
  const phrase = mention.field === "endsAt" ? "contract ends" : "close date";
  return `deal ${quoteIfNeeded(mention.company)} ${phrase} ${mention.dateText}`;
}
