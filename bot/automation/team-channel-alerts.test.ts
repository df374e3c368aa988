import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type AutomationFixture, MGR, cardText, createAutomationFixture } from "../../test/automation-fixture.js";
import { BOSS, LI, textOf } from "../../test/bot-harness.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");
const HOUR = 3_600_000;
const DAY = 86_400_000;
const at = (ms: number) => new Date(NOW.getTime() + ms);
const ROOM = "room-north-alerts";

let f: AutomationFixture;
const run = async (key: Parameters<AutomationFixture["scheduler"]["runNow"]>[0], when: Date) => {
  f.clock.set(when);
  return f.scheduler.runNow(key);
};
/** An admin adds team-channel to a rule from chat, as a user would. */
async function addTeamChannel(key: string, actions: string) {
  const reply = textOf(await f.say(BOSS, `rule set ${key} actions ${actions}`));
  expect(reply).toContain("team-channel");
}

beforeEach(async () => {
  f = await createAutomationFixture(NOW);
  await f.inbox.handle({
    type: "message",
    channel: "local",
    user: { platformUserId: MGR.platformUserId },
    conversation: { id: ROOM, kind: "group" },
    text: "channel alerts",
  });
});
afterEach(async () => {
  await f.close();
});

describe("alerts to the team's alerts chat (team-channel)", () => {
  it("posts a stale deal to the team chat beside the owner's DM, once", async () => {
    await addTeamChannel("stale-deal", "mark-at-risk,notify-owner,team-channel");
    const li = await f.actor(LI);
    f.clock.set(at(-8 * DAY));
    const company = await f.domain.companies.create(li, { name: "华为" });
    await f.domain.deals.create(li, { companyId: company.id, amountMinor: 20_000_000 });

    expect((await run("stale-deal", NOW)).sent).toBe(1);
    expect((await run("stale-deal", at(HOUR))).sent).toBe(0);
    const room = await f.outbox(ROOM);
    expect(room).toHaveLength(1);
    expect(cardText(room[0]!)).toContain("华为");
    expect(cardText(room[0]!)).toContain("8 天没有跟进");
    // A burst of team alerts waiting for the chat is delivered as one post (outbox-batch.test.ts); DMs never are.
    expect(room[0]!.reply.batch?.key).toBe("team-alerts");
    expect((await f.outbox("user:li"))[0]!.reply.batch).toBeUndefined();
    expect(await f.outbox("user:li")).toHaveLength(1);
    expect(await f.outbox("user:mgr")).toHaveLength(0); // notify-manager was taken off
  });

  it("posts a drifting customer (churn) to the team chat", async () => {
    await addTeamChannel("churn", "notify-owner,team-channel");
    const li = await f.actor(LI);
    const company = await f.domain.companies.create(li, { name: "北辰物流", tier: "A" });
    await f.t.db.company.update({ where: { id: company.id }, data: { lastInteractionAt: at(-31 * DAY) } });

    expect((await run("churn", NOW)).sent).toBe(1);
    const room = await f.outbox(ROOM);
    expect(room).toHaveLength(1);
    expect(cardText(room[0]!)).toContain("北辰物流");
    expect(cardText(room[0]!)).toContain("31 天没有任何互动");
  });

  it("posts an overdue follow-up to the team chat only once it is escalated, not at the due time", async () => {
    await addTeamChannel("overdue-followup", "notify-owner,team-channel");
    const li = await f.actor(LI);
    await f.domain.followUps.schedule(li, { title: "给张总回电话", dueAt: at(30 * 60_000) });

    await run("overdue-followup", at(HOUR));
    expect(await f.outbox(ROOM)).toHaveLength(0);
    expect(await f.outbox("user:li")).toHaveLength(1);
    await run("overdue-followup", at(2 * DAY + HOUR));
    await run("overdue-followup", at(3 * DAY));
    const room = await f.outbox(ROOM);
    expect(room).toHaveLength(1);
    expect(cardText(room[0]!)).toContain("给张总回电话");
    expect(cardText(room[0]!)).toContain("李雷");
  });

  it("posts a contract about to end (renewal) to the team chat", async () => {
    await addTeamChannel("renewal", "create-followup,notify-owner,team-channel");
    const li = await f.actor(LI);
    const company = await f.domain.companies.create(li, { name: "Acme" });
    const deal = await f.domain.deals.create(li, { companyId: company.id, amountMinor: 10_000_000, stageKey: "won" });
    await f.domain.deals.update(li, deal.id, { endsAt: at(20 * DAY) });

    expect((await run("renewal", NOW)).sent).toBe(1);
    const room = await f.outbox(ROOM);
    expect(room).toHaveLength(1);
    expect(cardText(room[0]!)).toContain("合同即将到期");
  });

  it("without a registered alerts chat, the rule still reaches the owner and nothing fails", async () => {
    await f.t.db.teamChannel.deleteMany({});
    await addTeamChannel("churn", "notify-owner,team-channel");
    const li = await f.actor(LI);
    const company = await f.domain.companies.create(li, { name: "北辰物流", tier: "A" });
    await f.t.db.company.update({ where: { id: company.id }, data: { lastInteractionAt: at(-31 * DAY) } });

    expect((await run("churn", NOW)).sent).toBe(1);
    expect(await f.outbox(ROOM)).toHaveLength(0);
    expect(await f.outbox("user:li")).toHaveLength(1);
    expect(f.errors).toEqual([]);
  });
});
