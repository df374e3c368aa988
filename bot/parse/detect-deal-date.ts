/**
 * A sentence that sets a deal's date rather than reporting an activity: "contract with Foo ends
 * 2027-03-31", "the deal with Acme should close next Friday", "Acme 的商机预计月底签",
 * "华为合同2027年3月31日到期". The date words are returned as typed; the caller reads them.
 */
export interface DealDateMention {
  company: string;
  field: "expectedCloseAt" | "endsAt";
  dateText: string;
}

const ENDS = /^(?:end|ends|expire|expires|run\s+out|runs\s+out|到期|结束)$/iu;
const MODAL_EN = String.raw`(?:is\s+expected\s+to\s+|should\s+|will\s+|is\s+going\s+to\s+|is\s+set\s+to\s+)?`;
const VERB_EN = String.raw`(close[sd]?|closing|sign|end|ends|expire|expires|run\s+out|runs\s+out)`;
const WHEN_EN = String.raw`(?:on\s+|by\s+|in\s+|at\s+)?(.+?)[.!]?`;
const NOUN_FIRST_EN = new RegExp(
  String.raw`^(?:the\s+|our\s+)?(deal|contract|renewal)\s+(?:with|for|of|at)\s+(.+?)\s+${MODAL_EN}${VERB_EN}\s+${WHEN_EN}$`,
  "iu",
);
const COMPANY_FIRST_EN = new RegExp(String.raw`^(.+?)(?:'s)?\s+(deal|contract)\s+${MODAL_EN}${VERB_EN}\s+${WHEN_EN}$`, "iu");
// (the customer is a name, not a report before it: "华为最终谈下来是九折 就按这个价格走了 合同下周三签" is a note)
const ZH =
  /^([^，,。；;！!？?]{1,24}?)(?:的|那个|这个)?(商机|单子|订单|项目|合同)(?:预计|预期|计划|应该|大概|估计)?(?:会)?(?:在)?(.+?)(签约|签单|签下来|签|成交|到期|结束)(?:吧|了)?[。.!！]?$/u;

export function detectDealDate(input: string): DealDateMention | null {
  const text = input.trim();
  if (text.length === 0 || text.length > 120) return null;
  const zh = ZH.exec(text);
  if (zh) return mention(zh[1]!, zh[2]!, zh[4]!, zh[3]!);
  const nounFirst = NOUN_FIRST_EN.exec(text);
  if (nounFirst) return mention(nounFirst[2]!, nounFirst[1]!, nounFirst[3]!, nounFirst[4]!);
  const companyFirst = COMPANY_FIRST_EN.exec(text);
  if (companyFirst) return mention(companyFirst[1]!, companyFirst[2]!, companyFirst[3]!, companyFirst[4]!);
  return null;
}

function mention(company: string, noun: string, verb: string, dateText: string): DealDateMention | null {
  const name = company
    .trim()
    .replace(/[,，]$/u, "")
    .trim();
  // (a space between Chinese words, or a 了, tells of a report before the noun, not a name)
  if (!name || !dateText.trim() || !noun || /\p{Script=Han}\s+\p{Script=Han}|了/u.test(name)) return null;
  // Ending or expiring is the contract's end (renewals); closing or signing is the deal's close date.
  return { company: name, field: ENDS.test(verb.trim()) ? "endsAt" : "expectedCloseAt", dateText: dateText.trim() };
}
