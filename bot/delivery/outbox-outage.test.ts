import { describe, expect, it } from "vitest";
import { runOutboxOutage } from "../../test/reliability/outbox-outage.scenario.js";

describe("outbox through a platform outage (real HTTP fake answering 500 and 429)", () => {
  it("an hour of 500/429: every message is delivered once it recovers, once, in order per chat", async () => {
    const result = await runOutboxOutage({ messages: 60, chats: 4, outageMs: 60 * 60_000, workers: 1 });
    expect(result.refused500 + result.refused429).toBeGreaterThan(0);
    expect(result.refused429).toBeGreaterThan(0);
    expect(result).toMatchObject({ queued: 60, delivered: 60, lost: 0, duplicated: 0, outOfOrderChats: 0 });
    expect(result.simulatedMinutes).toBeGreaterThanOrEqual(60);
  });

  it("three workers claiming the same rows send each message once, in order", async () => {
    const result = await runOutboxOutage({ messages: 90, chats: 3, outageMs: 10 * 60_000, workers: 3 });
    expect(result).toMatchObject({ queued: 90, delivered: 90, lost: 0, duplicated: 0, outOfOrderChats: 0 });
  });

  it("three workers with no outage at all still send each message once", async () => {
    const result = await runOutboxOutage({ messages: 60, chats: 2, outageMs: 0, workers: 3 });
    expect(result).toMatchObject({ delivered: 60, lost: 0, duplicated: 0, outOfOrderChats: 0, refused500: 0, refused429: 0 });
  });
});
