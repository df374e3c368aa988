import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedDigestPipeline } from "../../test/digest-pipeline.fixture.js";
import { type AutomationFixture, MGR, cardButton, cardText, createAutomationFixture } from "../../test/automation-fixture.js";
import { BOSS } from "../../test/bot-harness.js";

// Wednesday 2026-11-25 08:30 in Shanghai: the default digest minute.
const DIGEST_AT = new Date("2026-11-25T00:30:00Z");
const HOUR = 3_600_000;

let f: AutomationFixture;
// Other rules run on the same ticks (stale deals, overdue follow-ups); these tests look at digests only.
const digests = async (conversationId: string) => (await f.outbox(conversationId)).filter((m) => /digest|summary|简报|总结/i.test(m.reply.card?.title ?? ""));
let northId: string;

beforeEach(async () => {
  f = await createAutomationFixture(DIGEST_AT);
  northId = (await f.t.db.team.findUniqueOrThrow({ where: { name: "North" } })).id;
  await seedDigestPipeline(f, DIGEST_AT);
  // Manager Zhou registers the group chat for the digest.
  await f.inbox.handle({
    type: "message",
    channel: "local",
    user: { platformUserId: "mgr" },
    conversation: { id: "room-north", kind: "group" },
    text: "channel digest",
  });
});
afterEach(async () => {
  await f.close();
});

describe("daily digest", () => {
  it("sends the numbers of the seeded pipeline to the manager and the team chat, once", async () => {
    const result = await f.scheduler.tick(DIGEST_AT);
    expect(result.find((r) => r.key === "digest")?.sent).toBe(2); // North and South
    const alert = await f.t.db.alert.findFirstOrThrow({ where: { kind: "digest", subjectId: northId } });
    expect(alert.periodKey).toBe(`digest:team:${northId}:2026-11-25`);
    expect(JSON.parse(alert.payload!)).toMatchObject({
      openCount: 4,
      openAmounts: { CNY: 43_000_000 },
      movement: { created: 1, advanced: 2, won: 1, lost: 1 },
      closing: 1,
    });

    const [dm] = await digests("user:mgr");
    const text = cardText(dm!);
    expect(text).toContain("Daily pipeline digest");
    expect(text).toContain("Lead: 1 deal · CN¥100,000");
    expect(text).toContain("Proposal: 1 deal · CN¥200,000");
    expect(text).toContain("Negotiation: 1 deal · CN¥80,000");
    expect(text).toContain("Won: 1 deal · CN¥300,000");
    expect(text).toContain("Open total: 4 deals · CN¥430,000");
    expect(text).toContain("Since yesterday: new 1 · advanced 2 · won 1 · lost 1");
    expect(text).toContain("Closing this week: 1 deal · CN¥200,000");
    expect(text).toMatch(/#\d+ Beta CN¥200,000 \(李雷/);
    expect(text).toMatch(/#\d+ Alpha CN¥100,000 — 10 days quiet \(李雷\)/);
    expect(text).toContain("• 李雷: 2");
    expect(text).toContain("• Amy Chen: 1");
    expect(text).not.toContain("Omega");
    expect(cardButton(dm!, "deal.show").label).toMatch(/Open deal #\d+/);

    const [group] = await digests("room-north");
    expect(cardText(group!)).toContain("每日销售简报");
    expect(cardText(group!)).toContain("进行中合计: 4个 · ¥430,000");
    expect(group!.reply.card && JSON.stringify(group!.reply.card)).not.toContain("alert.snooze");

    // The next minute, a re-run and a restarted scheduler send nothing more.
    await f.scheduler.tick(new Date(DIGEST_AT.getTime() + 60_000));
    await f.scheduler.runNow("digest");
    const restarted = await f.otherInstance();
    await restarted.scheduler.catchUp(new Date(DIGEST_AT.getTime() + HOUR));
    await restarted.close();
    expect(await f.t.db.alert.count({ where: { kind: "digest" } })).toBe(2);
    expect(await digests("user:mgr")).toHaveLength(1);
    expect(await digests("room-north")).toHaveLength(1);
  });

  it("does not run before its minute, and catches a missed one up once after downtime", async () => {
    expect((await f.scheduler.tick(new Date(DIGEST_AT.getTime() - 60_000))).some((r) => r.key === "digest")).toBe(false);
    // Down from 08:00 to 11:00: the start-up catch-up sends today's digest once.
    const later = new Date(DIGEST_AT.getTime() + 2.5 * HOUR);
    f.clock.set(later);
    await f.scheduler.catchUp(later);
    await f.scheduler.catchUp(later);
    expect(await f.t.db.alert.findMany({ where: { kind: "digest", subjectId: northId }, select: { periodKey: true } })).toEqual([
      { periodKey: `digest:team:${northId}:2026-11-25` },
    ]);
    expect(await digests("user:mgr")).toHaveLength(1);
  });

  it("snooze on the digest skips the manager's DM tomorrow but not the team chat", async () => {
    await f.scheduler.tick(DIGEST_AT);
    const [dm] = await digests("user:mgr");
    const reply = await f.press(MGR, cardButton(dm!, "alert.snooze"));
    expect(reply.replies[0]?.text).toContain("No digest DMs until");
    const tomorrow = new Date(DIGEST_AT.getTime() + 24 * HOUR);
    f.clock.set(tomorrow);
    await f.scheduler.tick(tomorrow);
    expect(await digests("user:mgr")).toHaveLength(1);
    expect(await digests("room-north")).toHaveLength(2);
    const dayAfter = new Date(DIGEST_AT.getTime() + 48 * HOUR);
    f.clock.set(dayAfter);
    await f.scheduler.tick(dayAfter);
    expect(await digests("user:mgr")).toHaveLength(2);
  });

  it("sends the weekly summary on Monday morning in the team's timezone", async () => {
    const monday = new Date("2026-11-30T01:00:00Z"); // 09:00 Shanghai
    f.clock.set(monday);
    const results = await f.scheduler.tick(monday);
    expect(results.find((r) => r.key === "weekly-summary")?.sent).toBe(2);
    const [dm] = await digests("user:mgr");
    expect(cardText(dm!)).toContain("Weekly pipeline summary");
    expect(cardText(dm!)).toContain("Last 7 days: new 1 · advanced 3 · won 1 · lost 1");
    // The past week's leaderboard: 李雷 won the ¥300,000 deal, Amy opened the new one.
    expect(cardText(dm!)).toContain(
      "This week's leaderboard (won · amount · new deals · activities)\n1. 李雷 · 1 · CN¥300,000 · 0 · 0\n2. Amy Chen · 0 · — · 1 · 0",
    );
    // A team in New York gets it at 09:00 New York time instead.
    await f.t.db.team.update({ where: { id: northId }, data: { timezone: "America/New_York" } });
    const nextMonday = new Date("2026-12-07T01:00:00Z");
    expect((await f.scheduler.tick(nextMonday)).find((r) => r.key === "weekly-summary")?.sent).toBe(1);
    expect((await f.scheduler.tick(new Date("2026-12-07T14:00:00Z"))).find((r) => r.key === "weekly-summary")?.sent).toBe(1);
    expect(await f.t.db.alert.count({ where: { kind: "weekly-summary", periodKey: `weekly-summary:team:${northId}:2026-12-07` } })).toBe(1);
  });

  it("the digest and the weekly summary each queue a chart after their card (drawn when sent); `rule set digest chart off` stops it", async () => {
    await f.scheduler.tick(DIGEST_AT);
    const charts = async (conversationId: string) => (await f.outbox(conversationId)).filter((m) => m.reply.chart);
    const [dmChart] = await charts("user:mgr");
    expect(dmChart!.reply.chart!.name).toBe("digest");
    // The open stages of the seeded pipeline, with their counts, in the manager's language.
    const yAxis = dmChart!.reply.chart!.option.yAxis as { data: string[] };
    const series = dmChart!.reply.chart!.option.series as { data: number[] }[];
    expect(yAxis.data.slice(0, 4)).toEqual(["Lead", "Qualified", "Proposal", "Negotiation"]);
    expect(series[0]!.data.slice(0, 4)).toEqual([1, 1, 1, 1]);
    expect(await charts("room-north")).toHaveLength(1);
    // In the outbox the chart follows its card.
    const room = await f.outbox("room-north");
    expect(room.findIndex((m) => m.reply.chart)).toBe(room.findIndex((m) => /digest|简报/i.test(m.reply.card?.title ?? "")) + 1);

    const monday = new Date("2026-11-30T01:00:00Z");
    f.clock.set(monday);
    await f.scheduler.tick(monday);
    const weekly = (await charts("user:mgr")).at(-1)!.reply.chart!;
    expect(weekly.name).toBe("weekly");
    // The weekly one has the leaderboard beside the stages.
    expect((weekly.option.yAxis as { data: string[] }[])[1]!.data).toEqual(["李雷", "Amy Chen"]);

    await f.say(BOSS, "rule set digest chart off");
    expect((await f.t.db.rule.findUniqueOrThrow({ where: { key: "digest" } })).condition).toContain('"chart":false');
    const tuesday = new Date("2026-12-01T00:30:00Z");
    f.clock.set(tuesday);
    await f.scheduler.tick(tuesday);
    expect(await digests("user:mgr")).toHaveLength(3);
    expect(await charts("user:mgr")).toHaveLength(2);
  });
});
