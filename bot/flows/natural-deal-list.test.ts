import { describe, expect, it } from "vitest";
import { naturalDealListArgs } from "./natural-deal-list.js";

// The deal list's filters asked in words; anything the list would not read whole is left to the other flows.
const cases: [string, string | null][] = [
  ["deals closing this month", "closing this month"],
  // probe round 2: "any deals closing this month?" was a customer called "closing"
  ["any deals closing this month?", "closing this month"],
  ["are there any deals closing next week", "closing next week"],
  ["show me deals closing next week", "closing next week"],
  ["my deals over 100k", "mine over 100k"],
  ["stale deals", "stale"],
  ["show me my stale deals", "mine stale"],
  ["which deals haven't been touched in 2 weeks?", "haven't been touched in 2 weeks"],
  ["deals with no activity for two weeks", "with no activity for two weeks"],
  ["哪些商机超过两周没跟进了", "超过两周没跟进了"],
  ["有哪些单子很久没跟进了？", "很久没跟进了"],
  ["一个月没动静的商机", "一个月没动静"],
  ["deals stale", "stale"],
  ["deals owned by Amy Chen", "owned by Amy Chen"],
  ["what are the deals closing this week?", "closing this week"],
  ["本月成交的商机", "本月成交"],
  ["下周签约的单子有哪些？", "下周签约"],
  ["停滞的商机", "停滞"],
  ["10万以上的商机", "10万以上"],
  // a customer, a sentence or a plain list: not this flow
  ["华为的商机", null],
  ["deals with Acme", null],
  ["我的商机", null],
  ["closed two deals this month", null],
  ["which deals did we win with Acme?", null],
  ["哪些商机是华为的", null],
];

describe("the deal list asked in words", () => {
  it.each(cases)("%s → %s", (text, args) => {
    expect(naturalDealListArgs(text)).toBe(args);
  });
});
