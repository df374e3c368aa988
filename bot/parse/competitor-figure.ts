/**
 * "竞争对手报了150万", "got a quote from Oracle for $60k", "higher than Salesforce's $64k", "lost to
 * Oracle, they came in at $50k", "chose HubSpot at $18k/yr", "被竞品抢走了，对方报价才80万": a price
 * another vendor asked is no value of our deal. Read in the figure's clause and the one before it.
 */
// 对手 not in 针对手机 / 对手术
const COMPETITOR_ZH = /竞争对手|竞品|竞对|友商|(?<![针绝])对手(?![机术续])/u;
const COMPETITOR_EN = /\b(?:competitors?|competition|rivals?|incumbent|other\s+vendors?|another\s+vendor)\b/iu;
/** A vendor chosen over us or compared: "lost to Oracle", "went with HubSpot", "选了华三", "输给了华三". */
const CHOSE_OTHER_EN =
  /\b(?:lost\s+(?:it\s+|the\s+deal\s+)?to|went\s+with|going\s+with|chose|picked|selected|switched\s+to|signed\s+with|awarded\s+(?:it\s+)?to)\s+(?!us\b|our\b)[A-Z]/u;
const CHOSE_OTHER_ZH = /输给了?|丢给了?|签了别家|被[^，,。；;]{0,6}抢/u;
/** In the figure's own clause: what the other vendor asked ("X报了", "quote from X", "X's $64k"). */
const THEIR_PRICE_BEFORE_EN =
  /(?:\b(?:quote|offer|bid|proposal|price|pricing)\s+from\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s+(?:for|at|of|is|was|:)?\s*|\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s\s+(?:price\s+(?:of\s+)?|quote\s+(?:of\s+)?|bid\s+(?:of\s+)?)?)$/u;
/** Pronouns for the vendor named in the clause before ("they came in at", "their price was", "对方报价"). */
const THEY_BEFORE = /\b(?:they|their|them)\b[^,.;]{0,24}$|(?:对方|他们|人家)[^，,。；;]{0,8}$/iu;
/** The vendor's own words in the figure's clause ("Oracle came in at", "chose HubSpot at"). */
const AT_AFTER_CHOICE_EN = /\b(?:came\s+in\s+at|priced\s+at|quoted|bid|at|for)\s*$/iu;

const OURS_NEAR = /(?:我们|我方|咱们)[^，,。；;]{0,6}$|\b(?:we|our|us)\b[^,.;]{0,12}$/iu;

function clauses(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const splitter = /[,，。；;!！?？\n]|\.(?!\d)/gu;
  let start = 0;
  for (const m of text.matchAll(splitter)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

const aboutOtherVendor = (clause: string) =>
  COMPETITOR_ZH.test(clause) || COMPETITOR_EN.test(clause) || CHOSE_OTHER_EN.test(clause) || CHOSE_OTHER_ZH.test(clause);

/** The figure at `at` in `text` is the price of another vendor. */
export function isCompetitorFigure(text: string, at: number): boolean {
  const all = clauses(text);
  const index = all.findIndex((c) => c.start <= at && at <= c.end);
  if (index < 0) return false;
  const clause = all[index]!;
  const before = text.slice(clause.start, at);
  // "我们报价120万", "vs our $55k": our own figure beside theirs is ours.
  if (OURS_NEAR.test(before)) return false;
  if (aboutOtherVendor(before)) return true;
  if (THEIR_PRICE_BEFORE_EN.test(before)) return true;
  // "Initech went with a competitor, lost. Their price was $40k": the vendor named a clause or two before.
  const previous = all.slice(Math.max(0, index - 2), index).map((c) => text.slice(c.start, c.end));
  return previous.some(aboutOtherVendor) && (THEY_BEFORE.test(before) || AT_AFTER_CHOICE_EN.test(before));
}
