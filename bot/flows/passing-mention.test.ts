import { describe, expect, it } from "vitest";
import { isPassingMention } from "./passing-mention.js";

/** [sentence with the company in brackets, named only as the competition?] */
const CASES: [string, boolean][] = [
  ["lost the deal to [Globex]", true],
  ["we lost to [Globex] on price", true],
  ["losing to [Globex] again", true],
  ["they chose us over [Globex]", true],
  ["compared us with [Globex]", true],
  ["went with [Globex] instead", true],
  ["switched to [Globex] last year", true],
  ["cheaper than [Globex]", true],
  ["our competitor [Globex] cut prices", true],
  ["competitors like [Globex] are cheaper", true],
  ["[Globex] is a competitor", true],
  ["[Globex] (competitor) also bid", true],
  ["us vs. [Globex]", true],
  ["called [Globex] about renewal", false],
  ["[Globex] wants a demo", false],
  ["met the [Globex] team", false],
  ["sent the quote to [Globex]", false],
  ["差点输给了[腾讯]", true],
  ["最后败给[腾讯]", true],
  ["竞争对手[字节跳动]也在报价", true],
  ["竞品是[美的]", true],
  ["[美的]，竞品", true],
  ["[美的] 也是竞争对手", true],
  ["[Globex], a competitor", true],
  // the competition's offer to the customer named first: the customer is who the note is about
  ["[比亚迪] 竞品报价150万 我们报了170万", false],
  ["[比亚迪]，竞争对手的价格低了20%", false],
  ["[比亚迪] 友商那边在降价", false],
  ["[Globex], the competitor's quote came in at 50k", false],
  ["[Globex], a competitor quoted 40k", false],
  ["没选[美的]，选了我们", true],
  ["客户改用了[美的]", true],
  ["[腾讯]是竞争对手", true],
  ["[腾讯]是我们的友商", true],
  // probe: a rival vendor weighed against us, a deal taken as the reference
  ["美的集团在比较我们和[华为]的方案", true],
  ["客户在对比我们跟[华为]的报价", true],
  ["腾讯的报价参考[阿里巴巴]那单", true],
  ["[美的集团]在比较我们和华为的方案", false],
  ["跟[腾讯]通了电话", false],
  ["[腾讯]那边说下周签", false],
  ["给[腾讯]发报价", false],
  // a courier carrying the parcel
  ["给腾讯寄了样品，[顺丰]单号SF8899", true],
  ["样品已用[顺丰]快递寄给京东", true],
  ["[顺丰]快递公司来电问报价", false],
  ["[顺丰]的王总来电问报价", false],
  // the carrier named with the sending, without 快递 or a waybill
  ["合同原件已经用[顺丰]寄给京东了，单号SF1234567", true],
  ["样品走[顺丰]发过去了", true],
  ["发票走[顺丰]快递寄出", true],
  ["shipped the samples to Initech via [FedEx]", true],
  ["sent the contract by [DHL] this morning", true],
  ["用[顺丰]的系统做了演示", false],
  ["去[顺丰]送合同", false],
  ["sent [Globex] the contract", false],
  ["met with [Globex] about shipping", false],
  // the customer's own portal or redlines, a meeting tool
  ["sent the proposal through [Initech]'s procurement portal", false],
  ["sent contract with [Acme Corp]'s redlines back", false],
  ["sent the quote via [Globex]'s procurement portal", false],
  ["通过[腾讯]发了会议邀请", false],
  ["用[腾讯]会议发了邀请", false],
  // another vendor in what the customer said (probe: each asked which customer)
  ["跟小米开会 他们现在用的是[华为]的方案", true],
  ["对方提到 去年跟[华为]合作过 不太满意", true],
  ["京东的人说 [腾讯]也在跟他们谈 价格比我们低", true],
  ["今天跟[华为]开会", false],
  ["用的是[华为]的服务器", true],
];

describe("a company named only as the competition", () => {
  it.each(CASES)("%s", (marked, expected) => {
    const start = marked.indexOf("[");
    const end = marked.indexOf("]") - 1;
    const text = marked.replace("[", "").replace("]", "");
    expect(isPassingMention(text, start, end)).toBe(expected);
  });
});
