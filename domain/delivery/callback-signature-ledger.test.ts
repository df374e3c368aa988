import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../domain/shared/clock.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { CallbackSignatureLedger } from "./callback-signature-ledger.js";

const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
const inAnHour = () => new Date(clock.now().getTime() + 3_600_000);
let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.close());

describe("CallbackSignatureLedger", () => {
  it("lets a pair be used by one event: its redelivery passes, another event is a replay", async () => {
    const ledger = new CallbackSignatureLedger(t.db, clock);
    expect(await ledger.use("dingtalk", ["1764036000000", "sig"], "msg:a", inAnHour())).toBe("first");
    expect(await ledger.use("dingtalk", ["1764036000000", "sig"], "msg:a", inAnHour())).toBe("same-event");
    expect(await ledger.use("dingtalk", ["1764036000000", "sig"], "msg:b", inAnHour())).toBe("reused");
    // Another platform or another pair is another key.
    expect(await ledger.use("other", ["1764036000000", "sig"], "msg:b", inAnHour())).toBe("first");
    expect(await ledger.use("dingtalk", ["1764036000001", "sig"], "msg:b", inAnHour())).toBe("first");
  });

  it("of two instances racing with one pair for different events, exactly one wins", async () => {
    const a = new CallbackSignatureLedger(t.db, clock);
    const b = new CallbackSignatureLedger(t.db, clock);
    const uses = await Promise.all([a.use("dingtalk", ["race", "sig"], "msg:a", inAnHour()), b.use("dingtalk", ["race", "sig"], "msg:b", inAnHour())]);
    expect(uses.sort()).toEqual(["first", "reused"]);
  });

  it("forgets pairs once they expire and prunes them", async () => {
    const ledger = new CallbackSignatureLedger(t.db, clock);
    expect(await ledger.use("dingtalk", ["old", "sig"], "msg:a", new Date(clock.now().getTime() + 1000))).toBe("first");
    clock.advance(20 * 60_000);
    expect(await ledger.use("dingtalk", ["old", "sig"], "msg:b", inAnHour())).toBe("first");
    const fresh = new CallbackSignatureLedger(t.db, clock);
    clock.advance(2 * 3_600_000);
    await fresh.use("dingtalk", ["later", "sig"], "msg:c", inAnHour());
    expect(await t.db.usedCallbackSignature.count()).toBe(1);
  });
});
