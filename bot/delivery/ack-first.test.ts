import { describe, expect, it } from "vitest";
import { AckFirst } from "./ack-first.js";

/** A clock the test moves; the timers AckFirst sets are real and re-read it when they fire. */
function manualClock(start = 1_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const settle = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

function track(promise: Promise<void>) {
  const state = { done: false };
  void promise.then(() => (state.done = true));
  return state;
}

describe("AckFirst: recorded events wait for a pause in arrivals", () => {
  it("starts at once when nothing is arriving", async () => {
    const gate = new AckFirst({ quietMs: 10, maxWaitMs: 50, now: manualClock().now });
    const turn = track(gate.turn());
    await settle(5);
    expect(turn.done).toBe(true);
  });

  it("waits while an event has just arrived, and starts once the pause is long enough", async () => {
    const clock = manualClock();
    const gate = new AckFirst({ quietMs: 10, maxWaitMs: 50, now: clock.now });
    // A first start, so the forced start is measured from here.
    await gate.turn();
    gate.noteArrival();
    clock.advance(9);
    const turn = track(gate.turn());
    await settle();
    expect(turn.done).toBe(false);
    clock.advance(1);
    await settle();
    expect(turn.done).toBe(true);
  });

  it("a stream without pauses still lets one event start every maxWaitMs, not all of them", async () => {
    const clock = manualClock();
    const gate = new AckFirst({ quietMs: 10, maxWaitMs: 50, now: clock.now });
    await gate.turn();
    const first = track(gate.turn());
    const second = track(gate.turn());
    for (let elapsed = 0; elapsed < 45; elapsed += 5) {
      clock.advance(5);
      gate.noteArrival();
      await settle(5);
    }
    expect(first.done).toBe(false);
    clock.advance(5);
    gate.noteArrival();
    await settle();
    expect([first.done, second.done]).toEqual([true, false]);
    clock.advance(10);
    await settle();
    expect(second.done).toBe(true);
  });
});
