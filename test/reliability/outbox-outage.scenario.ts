import { enqueueOutbound } from "../../bot/delivery/outbox.js";
import { OutboxWorker } from "../../bot/delivery/outbox-worker.js";
import { OutboxStore } from "../../domain/outbox/outbox-store.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { FakePlatform, FakePlatformSender } from "../fakes/fake-platform.js";
import { createTestDb } from "../test-db.js";

export interface OutageOptions {
  messages: number;
  chats: number;
  /** Simulated length of the outage (the worker's clock is advanced, no real waiting). */
  outageMs: number;
  /**
   * Outbox workers draining at once, each reading the same due rows and racing to claim them.
   * They share one connection: better-sqlite3 is synchronous, so two connections in one process
   * would block each other's interactive transactions (separate processes do not have this problem).
   */
  workers: number;
}

export interface OutageResult {
  queued: number;
  delivered: number;
  lost: number;
  duplicated: number;
  /** Chats whose messages arrived out of order. */
  outOfOrderChats: number;
  refused500: number;
  refused429: number;
  simulatedMinutes: number;
}

/**
 * Queues messages for several chats while the platform is down (500s and 429s with Retry-After),
 * lets `workers` outbox workers poll through the outage on a simulated clock, and checks what the
 * platform finally received: every message once, in order per chat.
 */
export async function runOutboxOutage(options: OutageOptions): Promise<OutageResult> {
  const t = await createTestDb();
  const platform = new FakePlatform();
  await platform.start();
  const start = new Date("2026-11-25T02:00:00Z");
  const clock = fixedClock(start);
  const outageEnds = start.getTime() + options.outageMs;
  let n = 0;
  platform.outage = () => (clock.now().getTime() < outageEnds ? (n++ % 3 === 0 ? 429 : 500) : null);
  try {
    const expected = new Map<string, string[]>();
    for (let i = 0; i < options.messages; i++) {
      const chat = `chat-${i % options.chats}`;
      const text = `message ${i}`;
      expected.set(chat, [...(expected.get(chat) ?? []), text]);
      await enqueueOutbound(t.db, { platform: "fake", target: { conversationId: chat, kind: "group" }, reply: { text } }, clock.now());
    }
    const sender = new FakePlatformSender(() => platform.url);
    const workers = Array.from({ length: options.workers }, () => new OutboxWorker(new OutboxStore(t.db, clock), new Map([["fake", sender]]), clock));
    // Poll like the timer would, a simulated minute apart, until nothing is left or a day has passed.
    for (let minute = 0; minute < 24 * 60; minute++) {
      await Promise.all(workers.map((w) => w.drain()));
      if ((await t.db.outboxMessage.count({ where: { status: { in: ["pending", "sending"] } } })) === 0) break;
      clock.advance(60_000);
    }
    let lost = 0;
    let duplicated = 0;
    let outOfOrderChats = 0;
    for (const [chat, texts] of expected) {
      const got = platform.chat(chat);
      lost += texts.filter((x) => !got.includes(x)).length;
      duplicated += got.length - new Set(got).size;
      if (JSON.stringify(got) !== JSON.stringify(texts)) outOfOrderChats += 1;
    }
    return {
      queued: options.messages,
      delivered: platform.received.length,
      lost,
      duplicated,
      outOfOrderChats,
      refused500: platform.refused[500],
      refused429: platform.refused[429],
      simulatedMinutes: Math.round((clock.now().getTime() - start.getTime()) / 60_000),
    };
  } finally {
    await platform.stop();
    await t.close();
  }
}
