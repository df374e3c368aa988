import { describe, expect, it } from "vitest";
import { clauseOfCompany } from "./clause-of-company.js";

const mentionsOf = (text: string, names: string[]) => names.map((name) => ({ id: name, start: text.indexOf(name), end: text.indexOf(name) + name.length }));

describe("the clauses of one customer in a sentence about several", () => {
  it.each([
    ["昨天拜访了顺丰，今天上午去了比亚迪", ["顺丰", "比亚迪"], "顺丰", "昨天拜访了顺丰"],
    ["昨天拜访了顺丰，今天上午去了比亚迪", ["顺丰", "比亚迪"], "比亚迪", "今天上午去了比亚迪"],
    ["Called Fabrikam and emailed Globex the revised quote", ["Fabrikam", "Globex"], "Fabrikam", "Called Fabrikam"],
    ["Called Fabrikam and emailed Globex the revised quote", ["Fabrikam", "Globex"], "Globex", "emailed Globex the revised quote"],
    // a clause naming none goes with the customer named before it; a clause before any, with all
    ["今天，给京东打了电话，预算50万，小米发了邮件", ["京东", "小米"], "京东", "今天，给京东打了电话，预算50万"],
    ["今天，给京东打了电话，预算50万，小米发了邮件", ["京东", "小米"], "小米", "今天，小米发了邮件"],
  ] as [string, string[], string, string][])("%s → %s: %s", (text, names, id, focus) => {
    expect(clauseOfCompany(text, mentionsOf(text, names), id)).toBe(focus);
  });

  it.each([
    ["京东 小米 今天都打了电话", ["京东", "小米"]],
    ["Initech and Contoso both pinged me on WeChat today, will reply tomorrow", ["Initech", "Contoso"]],
    ["昨天拜访了顺丰和比亚迪", ["顺丰", "比亚迪"]],
    // probe 55: a name ending in -ed is no verb after "and"
    ["zoom w/ Hooli and Pied Piper joint team re the integration, next sync Thursday", ["Hooli", "Pied Piper"]],
  ] as [string, string[]][])("one clause for all: the whole sentence (%s)", (text, names) => {
    expect(clauseOfCompany(text, mentionsOf(text, names), names[0]!)).toBeNull();
  });
});
