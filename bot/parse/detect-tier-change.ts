/**
 * A sentence that grades a customer: "华为改成A类客户", "把华为设为B类", "华为升级为A级客户",
 * "华为是A类客户", "make Acme tier B", "Acme is now a tier A customer", "set Acme to tier C".
 */
export interface TierMention {
  company: string;
  tier: "A" | "B" | "C";
}

const ZH = /^(?:把|将)?(.+?)(?:改成|改为|设为|设成|调成|调整为|升级为|升级成|降级为|降为|降成|升为|定为|是|为)\s*([abc])\s*(?:类|级|档)(?:客户)?[。.!！]?$/iu;
const EN_VERB_FIRST = /^(?:please\s+)?(?:make|set|mark|move)\s+(.+?)\s+(?:to\s+|as\s+)?(?:an?\s+)?(?:tier|level|grade|class)\s*([abc])(?:\s+customer)?[.!]?$/iu;
const EN_COMPANY_FIRST = /^(.+?)\s+is\s+(?:now\s+)?(?:an?\s+)?(?:tier|level|grade|class)\s*[-\s]?([abc])(?:\s+(?:customer|account|client))?(?:\s+now)?[.!]?$/iu;

export function detectTierChange(input: string): TierMention | null {
  const text = input.trim();
  if (text.length === 0 || text.length > 100) return null;
  const match = ZH.exec(text) ?? EN_VERB_FIRST.exec(text) ?? EN_COMPANY_FIRST.exec(text);
  if (!match) return null;
  const company = match[1]!
    .trim()
    .replace(/[,，]$/u, "")
    .trim();
  if (!company || /[，,。；;！!？?]/u.test(company)) return null;
  return { company, tier: match[2]!.toUpperCase() as TierMention["tier"] };
}
