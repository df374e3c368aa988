import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { caught } from "../../test/caught.js";
import { comparable } from "../../test/comparable-rows.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { EventLedger } from "../inbox/event-ledger.js";
import { fixedClock } from "../shared/clock.js";
import { type DirectSql, directSqlOf } from "../shared/direct-sql.js";
import type { OutboundMessage } from "./outbox.js";
import { OutboxStore } from "./outbox-store.js";
import { dueRows, finishEvent, leaseRow, markSentRow } from "./outbox-statements.js";

/** The outbox's prepared statements leave the rows its Prisma path leaves (one database each, same steps). */
interface Side {
  t: TestDb;
  ledger: EventLedger;
  store: OutboxStore;
  ids: Map<string, string>;
}

const now = new Date("2026-11-25T02:00:00Z");
let hot: Side;
let prisma: Side;
let direct: DirectSql;
let startedAt: number;

async function side(hotStatements: boolean): Promise<Side> {
  const t = await createTestDb({ hotStatements });
  const clock = fixedClock(now);
  return { t, ledger: new EventLedger(t.db, clock), store: new OutboxStore(t.db, clock), ids: new Map() };
}

beforeEach(async () => {
  startedAt = Date.now();
  hot = await side(true);
  prisma = await side(false);
  direct = directSqlOf(hot.t.db)!;
  expect(direct).not.toBeNull();
  expect(directSqlOf(prisma.t.db)).toBeNull();
});
afterEach(async () => {
  await hot.t.close();
  await prisma.t.close();
});

async function rows(s: Side): Promise<unknown> {
  const db = s.t.db;
  return comparable(
    {
      events: await db.processedEvent.findMany({ orderBy: { eventId: "asc" } }),
      outbox: await db.outboxMessage.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
      posts: await db.cardPost.findMany({ orderBy: { createdAt: "asc" } }),
    },
    s.ids,
    startedAt,
  );
}

const replies: OutboundMessage[] = [
  { platform: "slack", target: { conversationId: "C1", kind: "group" }, reply: { text: "✅ Logged a call with Acme Corp" } },
  {
    platform: "slack",
    target: { conversationId: "C1", kind: "direct", platformUserId: "U1", replyContext: { ts: "1.2" } },
    reply: { card: { title: "#1 Acme Corp" } },
    cardFor: { entityType: "deal", entityId: "d1" },
  },
];

describe("outbox statements vs Prisma", () => {
  it("finish queues the replies in order and marks the event; lease and sent as the worker does them", async () => {
    for (const s of [hot, prisma]) await s.ledger.claim("slack", "Ev1", { payload: "{}" });
    expect(await direct.write((sql) => finishEvent(sql, { platform: "slack", eventId: "Ev1", status: "processed" }, replies, now))).toBe(true);
    await prisma.ledger.finish("slack", "Ev1", "processed", replies);
    expect(await rows(hot)).toEqual(await rows(prisma));

    const hotDue = await direct.read((sql) => dueRows(sql, ["slack", "wecom"], 10));
    const prismaDue = await prisma.store.due(["slack", "wecom"], 10);
    expect(hotDue.map((r) => r.payload)).toEqual(replies.map(({ platform: _, ...rest }) => JSON.stringify(rest)));
    expect(comparable(hotDue, hot.ids, startedAt)).toEqual(comparable(prismaDue, prisma.ids, startedAt));
    expect(await direct.read((sql) => dueRows(sql, ["wecom"], 10))).toEqual([]);

    const later = new Date(now.getTime() + 5000);
    expect(await direct.write((sql) => leaseRow(sql, hotDue[1]!, later, 30_000))).toBe(true);
    expect(await prisma.store.lease(prismaDue[1]!, later, 30_000)).toBe(true);
    // The row as first read is stale now: a second worker does not get it.
    expect(await direct.write((sql) => leaseRow(sql, hotDue[1]!, later, 30_000))).toBe(false);
    expect(await prisma.store.lease(prismaDue[1]!, later, 30_000)).toBe(false);
    expect(await rows(hot)).toEqual(await rows(prisma));

    expect(await direct.write((sql) => markSentRow(sql, hotDue[1]!, replies[1]!, "ts-9", now))).toBe(true);
    await prisma.store.markSent(prismaDue[1]!, replies[1]!, "ts-9");
    expect(await rows(hot)).toEqual(await rows(prisma));
  });

  it("an event never recorded: nothing written by the statements, and the Prisma path's own error", async () => {
    expect(await direct.write((sql) => finishEvent(sql, { platform: "slack", eventId: "nope", status: "processed" }, replies, now))).toBe(false);
    expect(await rows(hot)).toEqual({ events: [], outbox: [], posts: [] });
    expect(await caught(hot.ledger.finish("slack", "nope", "processed", replies))).toBeDefined();
    expect(await caught(prisma.ledger.finish("slack", "nope", "processed", replies))).toBeDefined();
    expect(await rows(hot)).toEqual({ events: [], outbox: [], posts: [] });
  });
});
