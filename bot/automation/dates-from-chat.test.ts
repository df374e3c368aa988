import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LI } from "../../test/bot-harness.js";
import { type AutomationFixture, cardText, createAutomationFixture } from "../../test/automation-fixture.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Monday 2026-11-23 08:30 in Shanghai: the digest minute of a week.
const MONDAY = new Date("2026-11-23T00:30:00Z");

let f: AutomationFixture;
beforeEach(async () => {
  f = await createAutomationFixture(MONDAY);
  await f.say(LI, "company add Acme Corp");
  await f.say(LI, "deal new Acme Corp 200000");
});
afterEach(() => f.close());

describe("dates typed in chat drive the automations", () => {
  it("'预计周五签' puts the deal in the digest's closing this week", async () => {
    const before = await f.scheduler.runNow("digest");
    expect(before.sent).toBeGreaterThan(0);
    const [first] = (await f.outbox("user:mgr")).filter((m) => /digest|简报/i.test(m.reply.card?.title ?? ""));
    expect(cardText(first!)).not.toMatch(/Closing this week: 1/);

    await f.say(LI, "Acme Corp 的商机预计这周五签");
    f.clock.set(new Date(MONDAY.getTime() + DAY));
    await f.scheduler.runNow("digest");
    const digests = (await f.outbox("user:mgr")).filter((m) => /digest|简报/i.test(m.reply.card?.title ?? ""));
    const text = cardText(digests.at(-1)!);
    expect(text).toContain("Closing this week: 1 deal · CN¥200,000");
    expect(text).toMatch(/#1 .*CN¥200,000/);
  });

  it("'contract ends …' in chat makes the renewal rule create the task 30 days before", async () => {
    await f.say({ ...LI, locale: "en" }, "contract with Acme Corp ends 2027-01-31");
    f.clock.set(new Date("2026-12-20T02:00:00Z")); // 42 days before: nothing yet
    expect((await f.scheduler.runNow("renewal")).sent).toBe(0);
    f.clock.set(new Date("2027-01-05T02:00:00Z")); // 26 days before
    expect((await f.scheduler.runNow("renewal")).sent).toBe(1);
    const followUps = await f.t.db.followUp.findMany();
    expect(followUps.map((x) => x.title)).toEqual(["续约：Acme Corp"]);
  });
});
