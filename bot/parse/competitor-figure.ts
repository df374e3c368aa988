import { splitClauses } from "./split-clauses.js";

/**
 * "竞争对手报了150万", "got a quote from Oracle for $60k", "higher than Salesforce's $64k", "lost to
 * Oracle, they came in at $50k", "chose HubSpot at $18k/yr", "被竞品抢走了，对方报价才80万": a price
 * another vendor asked is no value of our deal. Read in the figure's clause and the one before it.
 */
// 对手 not in 针对手机 / 对手术; 针对竞品报价 is our quote against theirs
const COMPETITOR_ZH = /竞争对手|(?<!针对|对标|打)竞品|竞对|友商|(?<![针绝])对手(?![机术续])/u;
const COMPETITOR_EN = /\b(?:competitors?|competition|rivals?|incumbent|other\s+vendors?|another\s+vendor)\b/iu;
/** A vendor chosen over us or compared: "lost to Oracle", "went with HubSpot", "选了华三", "输给了华三". */
const CHOSE_OTHER_EN = /\b(?:lost\s+(?:it\s+|the\s+deal\s+)?to|(?:went|going)\s+(?:with|w\/)|awarded\s+(?:it\s+)?to)\s*(?!us\b|our\b)[A-Z]/u;
/**
 * "closed lost, chose HubSpot at $18k/yr", "lost globex, they went w/ salesforce at 60k": after a loss,
 * the vendor chosen is the other one, however it is typed.
 */
const CHOSE_AFTER_LOSS_EN = /\b(?:chose|picked|selected|switched\s+to|signed\s+with|(?:went|going)\s+(?:with|w\/))\s*(?!us\b|our\b|me\b)[a-z]/iu;
const LOSS_EN = /\blost\b|\bclosed[- ]lost\b/iu;
/** "evaluating us vs Hubspot", "compared with Zoho": a vendor weighed against us. */
const COMPARED_WITH_EN =
  /\b(?:vs\.?|versus|against|compared\s+(?:to|with)|alongside)\s+(?!us\b|our\b|(?:Q\d|FY\d*|H\d|Budget|Plan|Target|Forecast|Quota|Last|This|Next)\b)[A-Z]/u;
/** "Soylent is also talking to Salesforce": another vendor in the running. */
const TALKING_TO_OTHER_EN = /\balso\s+(?:talking\s+to|speaking\s+with|in\s+talks\s+with|looking\s+at|evaluating|considering)\s+(?!us\b|our\b)[A-Z]/u;
/**
 * "they're considering HubSpot at $18k/yr", "evaluating Zoho for 30k": a vendor the customer weighs, named
 * right before the figure. A plan or tier of ours ("considering Enterprise at $50k") is no vendor.
 */
const WEIGHING_VENDOR_EN =
  /\b(?:considering|evaluating|looking\s+at|leaning\s+(?:towards?|to)|talking\s+to|in\s+talks\s+with|trialing|trialling|piloting)\s+(?!(?:us|our|the|Enterprise|Pro|Premium|Basic|Standard|Business|Plus|Team|Starter|Growth|Professional|Ultimate|Platinum|Gold|Silver|Bronze|Diamond|Option|Options|Tier|Plan|Package|Edition|Bundle|Suite|Lite|Max|Ultra|Elite|Advanced|Essentials?|Core|Unlimited|Corporate|Small|Medium|Large|Phase|Year|Y\d|V\d)\b)[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s*(?:at|for|@|:|,)?\s*$/u;
/** "…vs Oracle with a budget of 200k": the customer's budget beside the comparison is still ours to record. */
const BUDGET_BEFORE = /\bbudget(?:ed)?\b[^,.;]{0,14}$|预算[^，,。；;]{0,4}$/iu;
const CHOSE_OTHER_ZH = /输给了?|丢给了?|签了别家|被[^，,。；;]{0,6}抢/u;
/** In the figure's own clause: what the other vendor asked ("X报了", "quote from X", "X's $64k"). */
const THEIR_PRICE_BEFORE_EN =
  /(?:\b(?:quote|offer|bid|proposal|price|pricing)\s+from\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s+(?:for|at|of|is|was|:)?\s*|\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s\s+(?:price\s+(?:of\s+)?|quote\s+(?:of\s+)?|bid\s+(?:of\s+)?)?)$/u;
/**
 * "…, Oracle quoted 60k", "…, SAP bid $70k": a named vendor's verb of pricing right before the figure
 * (a customer asks, budgets or offers; it does not quote or bid). Pronouns and roles are not vendors, and
 * "Nick quoted them 75k" (quoting to the customer) may be our own rep, so it is left alone.
 */
const NAMED_VENDOR_PRICED_EN =
  /\b(?!(?:We|They|I|He|She|You|It|Customer|Client|CFO|CEO|CTO|CIO|COO|VP|PO|Procurement|Legal|Finance|Purchasing)\b)[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s+(?:(?:has\s+|had\s+|just\s+|also\s+)?(?:quoted|bid|underbid)(?:\s+at)?|(?:is|are|was|were)\s+quoting)\s*$/u;
/** The price of the vendor named in a clause before ("they came in at", "their price was", "对方报价才", "他们报了"). */
const THEIR_PRICE_BEFORE =
  /\b(?:they|their|who|which)\s+(?:came\s+in\s+(?:at|with)|quoted|bid|offered|priced\s+(?:it\s+)?at|(?:price|quote|bid|offer)\s+(?:was|is|of|at))\s*$|(?:^|[,;:])\s*(?:the\s+)?(?:price|quote|bid|offer)\s+(?:was|is|of|at)\s*$|(?:对方|他们|人家)(?:的)?(?:报价|报了|报的|出价|开价)(?:是|为|才|只有|就)?\s*$/iu;

const OURS_NEAR = /(?:我们|我方|咱们)[^，,。；;]{0,6}$|\b(?:we|our|us)\b[^,.;]{0,12}$/iu;

const aboutOtherVendor = (clause: string, lost: boolean) =>
  COMPETITOR_ZH.test(clause) ||
  COMPETITOR_EN.test(clause) ||
  CHOSE_OTHER_EN.test(clause) ||
  CHOSE_OTHER_ZH.test(clause) ||
  COMPARED_WITH_EN.test(clause) ||
  TALKING_TO_OTHER_EN.test(clause) ||
  (lost && CHOSE_AFTER_LOSS_EN.test(clause));

/** The figure at `at` in `text` is the price of another vendor. */
export function isCompetitorFigure(text: string, at: number): boolean {
  const all = splitClauses(text);
  const index = all.findIndex((c) => c.index <= at && at <= c.index + c.text.length);
  if (index < 0) return false;
  const before = text.slice(all[index]!.index, at);
  // "我们报价120万", "vs our $55k": our own figure beside theirs is ours.
  if (OURS_NEAR.test(before) || BUDGET_BEFORE.test(before)) return false;
  const lost = LOSS_EN.test(text);
  if (aboutOtherVendor(before, lost)) return true;
  if (THEIR_PRICE_BEFORE_EN.test(before) || WEIGHING_VENDOR_EN.test(before)) return true;
  // A message opens with its customer ("Globex quoted $50k a month ago" is shorthand for our quote to
  // it); a vendor pricing further on is another one ("Globex wants 80k, Oracle quoted 60k").
  const vendor = NAMED_VENDOR_PRICED_EN.exec(before);
  if (vendor && /[\p{L}\p{N}]/u.test(text.slice(0, all[index]!.index + vendor.index))) return true;
  // "Initech went with a competitor, lost. Their price was $40k": the vendor named a clause or two before.
  const previous = all.slice(Math.max(0, index - 2), index).map((c) => c.text);
  return previous.some((clause) => aboutOtherVendor(clause, lost)) && THEIR_PRICE_BEFORE.test(before);
}
