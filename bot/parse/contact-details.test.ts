import { describe, expect, it } from "vitest";
import { contactDetails } from "./contact-details.js";

describe("a phone or e-mail in a message", () => {
  it.each([
    ["华为 张总 电话 13912345678", { phone: "13912345678" }],
    ["腾讯的马总手机换了，新号138-0000-1111", { phone: "138-0000-1111" }],
    ["Bob's email is bob@acme.com", { email: "bob@acme.com" }],
    ["call Sarah on +1 415 555 0100 or sarah.lee@globex.co.uk", { phone: "+1 415 555 0100", email: "sarah.lee@globex.co.uk" }],
    // amounts, dates and short numbers are no phone
    ["预算1200000元", {}],
    ["budget 2500000 USD", {}],
    ["Acme wants 500 seats", {}],
    ["20240307签的合同", {}],
    ["订单号 12345", {}],
  ])("%s", (text, expected) => {
    expect(contactDetails(text)).toEqual(expected);
  });
});
