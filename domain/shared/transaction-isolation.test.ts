import { afterEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { claimEvent } from "../inbox/event-ledger.js";

let t: TestDb | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** A transaction that has written and then waits on `gate` before failing. */
function failingTransaction(db: TestDb["db"], started: () => void, gate: Promise<void>) {
  return db.$transaction(async (tx) => {
    await tx.processedEvent.create({ data: { platform: "test", eventId: "inside", status: "received" } });
    started();
    await gate;
    throw new Error("an unrelated failure");
  });
}

describe("a statement outside an open transaction (issue 16: acknowledged events lost)", () => {
  it("an inbox record made while another transaction is open survives that transaction's rollback", async () => {
    t = await createTestDb();
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    let fail!: () => void;
    const gate = new Promise<void>((resolve) => (fail = resolve));
    const tx = failingTransaction(t.db, started, gate);
    await running;
    const claim = claimEvent(t.db, "slack", "Ev1", { now: new Date(), staleAfterMs: Number.POSITIVE_INFINITY, payload: "{}" });
    // Give the claim every chance to run (and, before the fix, to land inside the open transaction).
    await new Promise((resolve) => setTimeout(resolve, 20));
    fail();
    await expect(tx).rejects.toThrow("an unrelated failure");
    expect(await claim).toBe("claimed");
    const rows = await t.db.processedEvent.findMany({ select: { eventId: true } });
    expect(rows.map((r) => r.eventId)).toEqual(["Ev1"]);
  });
});
