import { describe, expect, it } from "vitest";
import { inferStage } from "./infer-stage.js";
import type { StageKey } from "./types.js";

// A signature still needed, awaited or pending is a signing ahead (negotiation at most), never a won deal;
// a signing told as done stays a win.
const cases: [string, StageKey | null][] = [
  ["spoke to Dana at Globex, she needs board sign-off", "negotiation"],
  ["spoke to Dana (Initech CFO) – she needs sign-off from the board, revisit jan", "negotiation"],
  ["contract still needs to be signed by their CEO", "negotiation"],
  ["waiting on sign-off from procurement", "negotiation"],
  ["they're waiting for the CFO to sign", "negotiation"],
  ["awaiting board sign-off", "negotiation"],
  ["pending board approval, then they sign", "negotiation"],
  ["needs approval before they sign", "negotiation"],
  ["sign-off pending from finance", "negotiation"],
  ["sign-off still outstanding", "negotiation"],
  ["they need to get it signed by the board first", "negotiation"],
  ["still needs CFO sign-off", "negotiation"],
  ["requires legal sign-off", "negotiation"],
  ["合同待签", null],
  ["合同待签署", null],
  ["合同等待签署", null],
  ["合同还待签字", null],
  ["还要走签字流程", null],
  ["等老板签字", null],
  ["合同在等老板签字", null],
  ["还需要老板签字", null],
  // near misses: a signing that happened
  ["they signed", "won"],
  ["they signed off on it", "won"],
  ["signed the contract today", "won"],
  ["Globex signed, 50k", "won"],
  ["board signed off", "won"],
  ["CFO gave sign-off", "won"],
  ["got sign-off from the board", "won"],
  ["we met the CFO before they signed", "won"],
  ["合同签了", "won"],
  ["签约了", "won"],
  ["华为签约了", "won"],
  ["合同已经签了", "won"],
  ["客户已经签字了", "won"],
  ["合同盖章了", "won"],
];

describe("inferStage: a signature still pending", () => {
  it.each(cases)("%s → %s", (text, stage) => {
    expect(inferStage(text)).toBe(stage);
  });
});

// "打电话给华为，他们问合同什么时候签" won the deal; "Globex sign-off delayed for 2 months" too.
describe("a signing asked about or put off is no win", () => {
  it.each([
    ["打电话给华为，他们问合同什么时候签", "negotiation"],
    ["华为问我们能不能下周签", "negotiation"],
    ["Globex asked when they can sign", "negotiation"],
    ["Globex sign-off delayed for 2 months", "negotiation"],
    ["华为合同签了", "won"],
    ["they signed today", "won"],
  ])("%s → %s", (text, stage) => {
    expect(inferStage(text)).toBe(stage);
  });
});
