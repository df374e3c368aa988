import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CardButton } from "../../cards/model.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { NumberedChoices } from "./numbered-choices.js";

const buttons = (...values: string[]): CardButton[] => values.map((value) => ({ label: value, actionId: "deal.move-stage", value }));
const key = { platform: "wechaty", conversationId: "room-1", platformUserId: "amy" };

let t: TestDb;
let clock: ReturnType<typeof fixedClock>;
let choices: NumberedChoices;

beforeEach(async () => {
  t = await createTestDb();
  clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
  choices = new NumberedChoices(t.db, clock);
});

afterEach(async () => {
  await t.close();
});

describe("NumberedChoices", () => {
  it("hands out the numbered button once", async () => {
    await choices.remember(key, buttons("a", "b"));
    expect(await choices.claim(key, 3)).toBeNull();
    expect((await choices.claim(key, 2))?.value).toBe("b");
    expect(await choices.claim(key, 1)).toBeNull();
  });

  it("keeps one set per person and chat: the newest card replaces the older one", async () => {
    await choices.remember(key, buttons("old-1", "old-2"));
    await choices.remember(key, buttons("new-1"));
    await choices.remember({ ...key, platformUserId: "li" }, buttons("li-1"));
    expect(await t.db.numberedChoice.count()).toBe(2);
    expect((await choices.claim(key, 1))?.value).toBe("new-1");
    expect(await choices.claim(key, 2)).toBeNull();
    expect((await choices.claim({ ...key, platformUserId: "li" }, 1))?.value).toBe("li-1");
  });

  it("falls back to the chat's shared set, but never to another person's", async () => {
    await choices.remember({ platform: "wechaty", conversationId: "room-1" }, buttons("team"));
    await choices.remember({ ...key, platformUserId: "li" }, buttons("li-1", "li-2"));
    expect(await choices.claim(key, 2)).toBeNull();
    expect((await choices.claim(key, 1))?.value).toBe("team");
    expect(await choices.claim({ ...key, platform: "local" }, 1)).toBeNull();
  });

  it("numbers the cards of one answer on from each other, and using one card leaves the others' numbers", async () => {
    expect(await choices.remember(key, buttons("deal", "none-1"), "wechaty:ev1")).toBe(1);
    expect(await choices.remember(key, buttons("contact", "none-2"), "wechaty:ev1")).toBe(3);
    expect((await choices.claim(key, 3))?.value).toBe("contact");
    // The used card is gone, the first one still answers by its own numbers.
    expect(await choices.claim(key, 4)).toBeNull();
    expect((await choices.claim(key, 1))?.value).toBe("deal");
    expect(await choices.claim(key, 2)).toBeNull();
    expect(await t.db.numberedChoice.count()).toBe(0);
  });

  it("starts from 1 for a new answer, and a retried delivery of a card keeps its numbers", async () => {
    await choices.remember(key, buttons("old-1", "old-2"), "wechaty:ev1");
    expect(await choices.remember(key, buttons("a", "b"), "wechaty:ev2")).toBe(1);
    expect(await choices.remember(key, buttons("a", "b"), "wechaty:ev2")).toBe(1);
    expect(await choices.remember(key, buttons("c"), "wechaty:ev2")).toBe(3);
    expect(await choices.remember(key, buttons("c"), "wechaty:ev2")).toBe(3);
    expect((await choices.claim(key, 3))?.value).toBe("c");
    expect((await choices.claim(key, 2))?.value).toBe("b");
  });

  it("expires after 30 minutes and the stale rows are cleared by the next card", async () => {
    await choices.remember(key, buttons("a"));
    clock.advance(30 * 60_000 + 1);
    expect(await choices.claim(key, 1)).toBeNull();
    await choices.remember({ ...key, conversationId: "room-2" }, buttons("b"));
    expect(await t.db.numberedChoice.count()).toBe(1);
  });
});
