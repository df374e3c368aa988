import { describe, expect, it } from "vitest";
import { RateWindow } from "./rate-window.js";

describe("RateWindow", () => {
  it("lets 20 through in a minute, then says how long to wait, counting from the oldest send", () => {
    const w = new RateWindow(20, 60_000);
    for (let i = 0; i < 20; i++) expect(w.take(1000 + i * 100)).toBe(0);
    expect(w.take(10_000)).toBe(1000 + 60_000 - 10_000);
    // A refused take uses no slot; once the oldest leaves the window one more goes through.
    expect(w.take(61_000)).toBe(0);
    expect(w.take(61_050)).toBe(1100 + 60_000 - 61_050);
  });

  it("gives a slot back when a send never reached DingTalk", () => {
    const w = new RateWindow(1, 60_000);
    expect(w.take(0)).toBe(0);
    w.release();
    expect(w.take(1)).toBe(0);
  });
});
