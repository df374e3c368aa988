import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { comparable } from "../../test/comparable-rows.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { fixedClock } from "../shared/clock.js";
import { directSqlOf } from "../shared/direct-sql.js";
import { EventLedger } from "./event-ledger.js";

/** The claim's prepared statement leaves the rows Prisma's create leaves, and redeliveries end the same way. */
interface Side {
  t: TestDb;
  ledger: EventLedger;
  ids: Map<string, string>;
}

const now = new Date("2026-11-25T02:00:00Z");
let hot: Side;
let prisma: Side;
let startedAt: number;

async function side(hotStatements: boolean): Promise<Side> {
  const t = await createTestDb({ hotStatements });
  return { t, ledger: new EventLedger(t.db, fixedClock(now)), ids: new Map() };
}

beforeEach(async () => {
  startedAt = Date.now();
  hot = await side(true);
  prisma = await side(false);
  expect(directSqlOf(hot.t.db)).not.toBeNull();
  expect(directSqlOf(prisma.t.db)).toBeNull();
});
afterEach(async () => {
  await hot.t.close();
  await prisma.t.close();
});

async function rows(s: Side): Promise<unknown> {
  return comparable(await s.t.db.processedEvent.findMany({ orderBy: { eventId: "asc" } }), s.ids, startedAt);
}

describe("event claim, prepared statement vs Prisma", () => {
  it("a first delivery is claimed with its payload; a redelivery is a duplicate; a failed one is taken over", async () => {
    const outcomes: unknown[] = [];
    for (const s of [hot, prisma]) {
      const these = [
        await s.ledger.claim("slack", "Ev1", { payload: '{"text":"called Acme"}' }),
        await s.ledger.claim("wecom", "Ev2"),
        await s.ledger.claim("slack", "Ev1", { payload: "{}" }),
      ];
      await s.ledger.finish("wecom", "Ev2", "failed");
      these.push(await s.ledger.claim("wecom", "Ev2", { payload: "again" }));
      outcomes.push(these);
    }
    expect(outcomes).toEqual([
      ["claimed", "claimed", "duplicate", "taken-over"],
      ["claimed", "claimed", "duplicate", "taken-over"],
    ]);
    const hotRows = await rows(hot);
    expect(hotRows).toEqual(await rows(prisma));
    expect(hotRows).toMatchObject([
      { platform: "slack", eventId: "Ev1", status: "received", payload: '{"text":"called Acme"}', attempts: 1, processedAt: null },
      { platform: "wecom", eventId: "Ev2", status: "received", payload: "again", attempts: 2 },
    ]);
  });

  it("two deliveries racing: one claims, the other is a duplicate", async () => {
    const outcomes = await Promise.all([hot.ledger.claim("slack", "Ev9"), hot.ledger.claim("slack", "Ev9")]);
    expect(outcomes.sort()).toEqual(["claimed", "duplicate"]);
    expect(await hot.t.db.processedEvent.count()).toBe(1);
  });
});
