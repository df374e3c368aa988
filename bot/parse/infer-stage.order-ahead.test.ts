import { describe, expect, it } from "vitest";
import { inferStage } from "./infer-stage.js";
import type { StageKey } from "./types.js";

// An order expected in the future is a deal still being closed (negotiation), never a won one;
// an order placed is a win.
const cases: [string, StageKey | null][] = [
  ["小米 本月 内 下单 大约 60万", "negotiation"],
  ["小米本月内下单", "negotiation"],
  ["小米 本周内 下单", "negotiation"],
  ["两周内下单", "negotiation"],
  ["三天之内下单", "negotiation"],
  ["近期下单", "negotiation"],
  ["年内下单", "negotiation"],
  ["京东 下周 下单 30万", "negotiation"],
  ["客户准备下单", "negotiation"],
  ["客户打算下单了", "negotiation"],
  ["华为说月底前下单", "negotiation"],
  ["预计下周下单", "negotiation"],
  ["客户说这周会下单", "negotiation"],
  ["they will place the order next week", "negotiation"],
  ["Globex going to place an order", "negotiation"],
  ["plan to place the order in january", "negotiation"],
  ["they want to place an order", "negotiation"],
  ["下单时间是下个月", null],
  // placed orders stay won
  ["客户已下单", "won"],
  ["客户下单了", "won"],
  ["已经下单了", "won"],
  ["京东下了单，30万", "won"],
  ["小米刚下单", "won"],
  ["小米这个月下单了", "won"],
  ["收到订单了", "won"],
  ["PO received", "won"],
  ["received the PO today", "won"],
  ["they placed the order", "won"],
  ["they have placed an order", "won"],
  ["Globex placed an order for 500 units", "won"],
  // not a customer's order
  ["haven't placed the order yet", null],
  ["we placed an order for lunch", null],
  // asking or thinking about an order
  ["Globex asked about placing an order", null],
  ["they are thinking about placing an order", null],
];

describe("inferStage: an order ahead is not won", () => {
  it.each(cases)("%s → %s", (text, stage) => {
    expect(inferStage(text)).toBe(stage);
  });
});
