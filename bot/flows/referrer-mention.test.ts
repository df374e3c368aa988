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
  // probes 51 and 53: the referrer captured the log
  ["Hooli reached out on LinkedIn ([Pied Piper] referred them). Call set for Tue 3pm", true],
  ["Dropped by Massive Dynamic's office in Boston ([Contoso] referral). Nice folks", true],
  ["Soylent Inc called, they got our name from [Contoso], want a demo", true],
  ["heard about us from [Contoso], Hooli wants pricing", true],
  ["[小米]王经理推荐了蔚来的采购负责人，我刚打电话过去聊了20分钟", true],
  ["[华为]介绍了他们的新产品", false],
  ["[Acme] referral call went well", false],
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
