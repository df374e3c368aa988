import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const now = new Date("2026-12-03T02:00:00Z");
const names = (text: string) => {
  const r = parseSentence(text, { now, timezone: "Asia/Shanghai" });
  return { companies: r.companyHints, contacts: r.contactHints };
};

// A person and the company they are with: "from Jim at Initech", "Jim @ Initech", "Mr. Zhang of Huawei".
describe("a person's affiliation", () => {
  it.each([
    ["email from Jim @ Initech asking for pricing", ["Initech"], ["Jim"]],
    ["email from Jim at Initech asking for pricing", ["Initech"], ["Jim"]],
    ["got a call from Bob at Globex", ["Globex"], ["Bob"]],
    ["note from Sarah of Hooli: budget approved", ["Hooli"], ["Sarah"]],
    ["talked to Mr. Zhang of Huawei", ["Huawei"], ["Mr. Zhang"]],
    ["met Dr. Li of Tencent yesterday", ["Tencent"], ["Dr. Li"]],
    // an organisation "of" something, and a city after "at", are no affiliation
    ["PO from Bank of America", ["Bank of America"], []],
    ["email from University of Hong Kong", ["University of Hong Kong"], []],
    ["email from Acme at Shanghai office", ["Acme"], []],
  ])("%s", (text, companies, contacts) => {
    expect(names(text)).toEqual({ companies, contacts });
  });
});
