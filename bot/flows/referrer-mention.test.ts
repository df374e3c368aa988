import { describe, expect, it } from "vitest";
import { isReferrerMention } from "./referrer-mention.js";

/** [sentence with the company in brackets, named only as who referred the rep?] */
const CASES: [string, boolean][] = [
  // in Chinese (probe: "他们是阿里巴巴介绍来的" asked which customer)
  ["今天拜访顺丰 他们是[阿里巴巴]介绍来的", true],
  ["经[华为]介绍认识了小米的王总", true],
  ["[京东]推荐的客户", true],
  ["给[京东]介绍了我们的产品", false],
  ["got a referral from [Acme] to Initech, intro call Thursday", true],
  ["referral from [Acme]: Initech wants a demo", true],
  ["Initech was referred to us by [Acme]", true],
  ["introduced by [Wayne Enterprises] to Stark", true],
  ["Stark, introduced by [Wayne Enterprises], wants a demo", true],
  ["intro from [Acme] to Hooli", true],
  ["warm lead from [Acme]: Hooli", true],
  ["Hooli came in courtesy of [Acme]", true],
  ["[Acme] referred us to Umbrella", true],
  ["[Acme] introduced us to Umbrella", true],
  ["[Acme] just put us in touch with Umbrella", true],
  ["[Acme] referred Initech to us last week", true],
  ["[Acme] gave us a referral: Umbrella", true],
  // the company acting or spoken to is the subject, not a referrer
  ["called [Acme] about the renewal", false],
  ["[Acme] wants a demo Friday", false],
  ["[Acme] introduced their new CFO on the call", false],
  ["sent the referral program deck to [Acme]", false],
  ["[Acme] asked for a referral discount", false],
];

describe("a company named only as who referred the rep", () => {
  it.each(CASES)("%s", (marked, expected) => {
    const start = marked.indexOf("[");
    const end = marked.indexOf("]") - 1;
    const text = marked.replace("[", "").replace("]", "");
    expect(isReferrerMention(text, start, end)).toBe(expected);
  });
});
