import { afterEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { fixedClock } from "./clock.js";
import { type Db, openDatabase } from "./db.js";
import { SharedSendWindow } from "./send-window.js";

let t: TestDb | undefined;
const others: Db[] = [];
afterEach(async () => {
  for (const db of others.splice(0)) await db.$disconnect();
  await t?.close();
  t = undefined;
});

describe("SharedSendWindow (a platform's send cap kept in the database)", () => {
  it("counts 20 sends a minute per window, says how long to wait, and gives back failed ones", async () => {
    t = await createTestDb();
    const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
    const window = new SharedSendWindow(t.db, clock);
    for (let i = 0; i < 20; i++) {
      expect(await window.take("wecom-robot:a")).toBe(0);
      clock.advance(1000);
    }
    // The first send was 20 s ago: a slot frees 40 s from now; another robot is not affected.
    expect(await window.take("wecom-robot:a")).toBe(40_000);
    expect(await window.take("wecom-robot:b")).toBe(0);
    clock.advance(40_000);
    expect(await window.take("wecom-robot:a")).toBe(0);
    expect(await window.take("wecom-robot:a")).toBe(1000);
    await window.release("wecom-robot:a");
    expect(await window.take("wecom-robot:a")).toBe(0);
    // Three parts of one long message need three slots at once: none are taken when they do not fit.
    expect(await window.take("wecom-robot:a", 3)).toBeGreaterThan(0);
    clock.advance(3000);
    expect(await window.take("wecom-robot:a", 3)).toBe(0);
  });

  it("two instances on one database keep one cap, also when they send at the same moment", async () => {
    t = await createTestDb();
    const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
    const second = await openDatabase(t.url);
    others.push(second);
    const a = new SharedSendWindow(t.db, clock);
    const b = new SharedSendWindow(second, clock);
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? a : b).take("wecom-robot:shared")));
    expect(results.filter((wait) => wait === 0)).toHaveLength(20);
    expect(await t.db.sendWindowSlot.count({ where: { window: "wecom-robot:shared" } })).toBe(20);
  });
});
