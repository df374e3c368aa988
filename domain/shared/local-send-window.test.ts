import { describe, expect, it } from "vitest";
import { fixedClock } from "./clock.js";
import { LocalSendWindow } from "./send-window.js";

describe("LocalSendWindow (a send cap in one process)", () => {
  it("allows 20 sends per robot in any 60 seconds and says how long to wait after that", async () => {
    const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
    const limiter = new LocalSendWindow(clock);
    for (let i = 0; i < 20; i++) {
      expect(await limiter.take("a")).toBe(0);
      clock.advance(1000);
    }
    // The first send was 20 s ago: a slot frees 40 s from now.
    expect(await limiter.take("a")).toBe(40_000);
    expect(await limiter.take("b")).toBe(0);
    clock.advance(40_000);
    expect(await limiter.take("a")).toBe(0);
    expect(await limiter.take("a")).toBe(1000);
  });

  it("does not count a send given back after it failed", async () => {
    const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
    const limiter = new LocalSendWindow(clock, 2, 60_000);
    expect(await limiter.take("a")).toBe(0);
    expect(await limiter.take("a")).toBe(0);
    await limiter.release("a");
    expect(await limiter.take("a")).toBe(0);
    expect(await limiter.take("a")).toBeGreaterThan(0);
  });
});
