import { normalizeText, stripCompanySuffix } from "../../domain/shared/search-key.js";
import { quoteIfNeeded } from "../commands/tokenize.js";
import type { TurnContext } from "../context.js";
import { detectPayment } from "../parse/detect-payment.js";

/** A promise is no payment: "下周回款50万", "they will pay 30% next month" are logged with their follow-up. */
const PROMISE =
  /(?:将|会|要|预计|计划|准备|答应|承诺|打算|争取|下周|下个?月|月底前|年底前|\b(?:will|going\s+to|promised?|expects?|plans?\s+to|next\s+(?:week|month)|by\s+the\s+end)\b)/iu;

export type PaymentSentence = { command: string } | { noContract: string };

/**
 * "华为回款50万", "Acme paid the first 30%" as the payment command, when the name is a known customer
 * exactly; null otherwise (the sentence is logged like any other).
 */
export async function paymentCommandFor(ctx: TurnContext, text: string): Promise<PaymentSentence | null> {
  const mention = detectPayment(text);
  if (!mention || PROMISE.test(text)) return null;
  const found = await ctx.domain.companies.search(mention.company);
  const key = normalizeText(stripCompanySuffix(mention.company));
  if (found.kind !== "one" || !found.match.searchKey.split(" ").includes(key)) return null;
  // No contract to put it on: the sentence is logged as a note (never lost), and the reply says why.
  if ((await ctx.domain.contracts.find(ctx.actor, { companyId: found.match.id })).length === 0) return { noContract: found.match.name };
  const amount =
    mention.amount.kind === "percent"
      ? `${mention.amount.percent}%`
      : mention.amount.kind === "instalment"
        ? `第${mention.amount.seq}期`
        : (mention.amount.text ?? "").replace(/\s+/gu, "");
  if (!amount) return null;
  return { command: `payment ${quoteIfNeeded(found.match.name)} ${amount}${mention.rest ? ` ${mention.rest}` : ""}` };
}
