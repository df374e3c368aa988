import { describe, expect, it } from "vitest";
import { inferActivityIntent } from "./infer-activity.js";
import { splitClauses } from "./split-clauses.js";

// Probe: "拜访 Northwind 客户要5万美元的方案" logged a note: with a Latin name between the Chinese words the whole
// line was one clause, and the customer's 要 planned the visit ("拜访 京东 客户要方案" was a visit).
describe("a Latin name between Chinese words ends its clause like a Chinese word", () => {
  it.each([
    ["拜访 Acme 客户要方案", ["拜访 Acme", "客户要方案"]],
    ["拜访 Northwind Traders 对方要报价", ["拜访 Northwind Traders", "对方要报价"]],
    // English words around a Chinese name keep the English clause whole
    ["met 张总 at 华为 today", ["met 张总 at 华为 today"]],
  ])("%s", (text, clauses) => {
    expect(splitClauses(text).map((c) => c.text)).toEqual(clauses);
  });

  it.each(["拜访 Northwind 客户要5万美元的方案", "拜访 Acme 对方要方案", "拜访 Acme 要方案"])("%s: a visit held", (text) => {
    expect(inferActivityIntent(text)).toMatchObject({ activity: "visit", planned: false });
  });
});
