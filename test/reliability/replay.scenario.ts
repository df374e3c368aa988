import { Bot } from "../../bot/bot.js";
import { Inbox } from "../../bot/inbox.js";
import type { InboundEvent } from "../../bot/types.js";
import { createDomain } from "../../domain/index.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { marker } from "../crash/kill-9.scenario.js";
import { createTestDb } from "../test-db.js";

export interface ReplayResult {
  events: number;
  /** Deliveries beyond the first of each event. */
  replays: number;
  lost: number;
  duplicated: number;
}

/**
 * Every event delivered several times, three ways: three concurrent deliveries to the synchronous
 * path (inbox.handle), three concurrent deliveries to the durable inbox (as a platform adapter does),
 * and three deliveries after a "crash" that committed the change but never marked the event.
 * Counts the activities each event left: exactly one each.
 */
export async function runReplayScenario(events: number): Promise<ReplayResult> {
  const t = await createTestDb();
  try {
    const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
    const errors: unknown[] = [];
    const domain = createDomain(t.db, clock);
    const bot = new Bot(domain, { error: (_m, e) => errors.push(e) });
    const inbox = new Inbox(domain.events, bot, clock, { logger: { error: (_m, e) => errors.push(e) } });
    const user = { platformUserId: "boss", displayName: "Boss", locale: "en" as const };
    await inbox.handle({ type: "message", channel: "local", user, conversation: { id: "dm:boss", kind: "direct" }, text: "company add Acme Corp B" });
    let deliveries = 0;
    for (let i = 0; i < events; i++) {
      const channel = i % 3 === 1 ? "fake" : "local";
      const event: InboundEvent & { eventId: string } = {
        type: "message",
        channel,
        eventId: `rp-${i}`,
        user,
        conversation: { id: `chat-${i % 5}`, kind: "group" },
        text: `log called Acme Corp about order ${marker(i)}`,
      };
      if (i % 3 === 0) {
        await Promise.all([1, 2, 3].map(() => inbox.handle(event)));
      } else if (i % 3 === 1) {
        await Promise.all([1, 2, 3].map(() => inbox.receive(event, { conversationId: event.conversation.id, kind: "group" })));
        await inbox.idle();
      } else {
        // The crash: claimed by an earlier run, the change committed, the processed mark never written.
        await t.db.processedEvent.create({ data: { platform: channel, eventId: event.eventId, claimedAt: new Date(0), receivedAt: new Date(0) } });
        await bot.respond(event);
        deliveries += 1;
        await Promise.all([1, 2, 3].map(() => inbox.handle(event)));
      }
      deliveries += 3;
    }
    if (errors.length > 0) throw new Error(`unexpected errors: ${String(errors[0])}`);
    const rows = await t.db.activity.findMany({ select: { summary: true } });
    const perMarker = new Map<string, number>();
    for (const { summary } of rows) {
      const m = /zq[a-z]{4}/.exec(summary)?.[0];
      if (m) perMarker.set(m, (perMarker.get(m) ?? 0) + 1);
    }
    let lost = 0;
    let duplicated = 0;
    for (let i = 0; i < events; i++) {
      const n = perMarker.get(marker(i)) ?? 0;
      if (n === 0) lost += 1;
      if (n > 1) duplicated += n - 1;
    }
    return { events, replays: deliveries - events, lost, duplicated };
  } finally {
    await t.close();
  }
}
