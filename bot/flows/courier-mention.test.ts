import { describe, expect, it } from "vitest";
import { isCourierMention } from "./courier-mention.js";

/** [sentence with the company in brackets, named only as the carrier?] (probes 50 and 53 asked which customer) */
const CASES: [string, boolean][] = [
  ["用[顺丰]给美的寄了合同原件，单号SF1234567890", true],
  ["给京东寄了样品，走的[顺丰]，单号SF1234567890", true],
  ["合同原件走[顺丰]寄过去了", true],
  ["样品已发，[京东]快递单号JD0001", true],
  ["shipped the samples to Globex via [FedEx], tracking 1Z999", true],
  ["sent the signed contract to Initech by [DHL]", true],
  // the customer itself
  ["给[顺丰]寄了样品", false],
  ["跟[顺丰]通了电话，下周寄合同", false],
  ["用户说[京东]那边要报价", false],
  ["emailed [FedEx] the proposal", false],
  // probe 52: JD Logistics, a customer
  ["[京东]物流和顺丰这次一起来我们公司开了个三方会", false],
  ["met with [DHL] procurement", false],
];

describe("a company named only as the carrier of something sent", () => {
  it.each(CASES)("%s", (marked, expected) => {
    const start = marked.indexOf("[");
    const end = marked.indexOf("]") - 1;
    const text = marked.replace("[", "").replace("]", "");
    expect(isCourierMention(text, start, end)).toBe(expected);
  });
});
