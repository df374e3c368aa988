import { describe, expect, it } from "vitest";
import { fixedClock } from "../../domain/shared/clock.js";
import { RobotRateLimiter } from "./robot-rate-limiter.js";

describe("RobotRateLimiter", () => {
  it("allows 20 sends per robot in any 60 seconds and says how long to wait after that", () => {
    const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
    const limiter = new RobotRateLimiter(clock);
    for (let i = 0; i < 20; i++) {
      expect(limiter.take("a")).toBe(0);
      clock.advance(1000);
    }
    // The first send was 20 s ago: a slot frees 40 s from now.
    expect(limiter.take("a")).toBe(40_000);
    expect(limiter.take("b")).toBe(0);
    clock.advance(40_000);
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("a")).toBe(1000);
  });

  it("does not count a send given back after it failed", () => {
    const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
    const limiter = new RobotRateLimiter(clock, 2, 60_000);
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("a")).toBe(0);
    limiter.release("a");
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("a")).toBeGreaterThan(0);
  });
});
