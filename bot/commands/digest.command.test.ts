import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type AutomationFixture, MGR, createAutomationFixture } from "../../test/automation-fixture.js";
import { BOSS, createHarness, LI, textOf } from "../../test/bot-harness.js";
import { seedDigestPipeline } from "../../test/digest-pipeline.fixture.js";

// Wednesday 2026-11-25 08:30 in Shanghai, the morning digest's minute; someone asks for it then.
const AT = new Date("2026-11-25T00:30:00Z");
const SAM = { platformUserId: "sam", displayName: "Sam", locale: "en" as const };

let f: AutomationFixture;
beforeEach(async () => {
  f = await createAutomationFixture(AT);
  await seedDigestPipeline(f, AT);
});
afterEach(async () => {
  await f.close();
});

describe("digest on demand", () => {
  it("shows a manager today's figures of their own team, without claiming the morning digest", async () => {
    const response = await f.say(MGR, "digest");
    const text = textOf(response);
    expect(text).toContain("Daily pipeline digest");
    expect(text).toContain("North");
    expect(text).toContain("Open total: 4 deals · CN¥430,000");
    expect(text).toContain("Since yesterday: new 1 · advanced 2 · won 1 · lost 1");
    expect(text).toMatch(/#\d+ Alpha CN¥100,000 — 10 days quiet \(李雷\)/);
    expect(text).toContain("• 李雷: 2");
    expect(text).not.toContain("Omega");
    expect(JSON.stringify(response.replies)).not.toContain("alert.snooze");

    expect(await f.t.db.alert.count({ where: { kind: "digest" } })).toBe(0);
    const result = await f.scheduler.tick(AT);
    expect(result.find((r) => r.key === "digest")?.sent).toBe(2);
  });

  it("answers a rep in Chinese with the team's digest, and refuses another team's", async () => {
    const text = textOf(await f.say(LI, "简报"));
    expect(text).toContain("每日销售简报");
    expect(text).toContain("进行中合计: 4个 · ¥430,000");
    expect(text).not.toContain("Omega");

    const other = textOf(await f.say(LI, "简报 South"));
    expect(other).not.toContain("Omega");
    expect(other).toMatch(/权限|permission/i);
    const all = textOf(await f.say(LI, "简报 全部"));
    expect(all).toContain("只有管理员");
    expect(all).toContain("进行中合计: 4个");
    expect(all).not.toContain("Omega");
  });

  it("gives an admin every team, one team by name in any case, and says when a team does not exist", async () => {
    const every = textOf(await f.say(BOSS, "digest"));
    expect(every).toContain("North");
    expect(every).toContain("South");
    expect(every).toContain("Omega");

    const south = textOf(await f.say(BOSS, "digest south"));
    expect(south).toContain("Omega");
    expect(south).not.toContain("Alpha");

    const missing = textOf(await f.say(BOSS, "digest Atlantis"));
    expect(missing).toContain("Atlantis");
    expect(missing).not.toContain("Omega");
  });

  it("understands it asked in words, 'team' as my team, and part of a team's name; writes nothing", async () => {
    const before = await f.t.db.activity.count();
    expect(textOf(await f.say(LI, "今天的简报"))).toContain("进行中合计: 4个");
    expect(textOf(await f.say(MGR, "today's digest"))).toContain("Open total: 4 deals");
    expect(textOf(await f.say(LI, "简报 团队"))).toContain("进行中合计: 4个");
    await f.t.db.team.update({ where: { name: "South" }, data: { name: "华南销售 South Sales" } });
    const south = textOf(await f.say(BOSS, "digest south sales"));
    expect(south).toContain("Omega");
    expect(textOf(await f.say(BOSS, "简报 华南"))).toContain("Omega");
    expect(await f.t.db.activity.count()).toBe(before);
  });

  it("names the teams it left out when there are many", async () => {
    for (const name of ["East", "West", "Central", "Export", "Online"]) await f.t.db.team.create({ data: { name } });
    const response = await f.say(BOSS, "简报 全部");
    const cards = response.replies.filter((r) => r.card);
    expect(cards).toHaveLength(5);
    const rest = response.replies.find((r) => !r.card)?.text ?? "";
    expect(rest).toMatch(/^还有 2 个团队：/);
    for (const name of ["South", "West"]) expect(rest).toContain(name);
    expect(rest).not.toContain("North");
  });

  it("tells someone on no team how to get one, instead of an empty card", async () => {
    await f.say(SAM, "help");
    await f.t.db.user.updateMany({ where: { identities: { some: { platformUserId: "sam" } } }, data: { teamId: null } });
    const text = textOf(await f.say(SAM, "digest"));
    expect(text).toContain("not on a team");
    expect(text).toContain("user team");
  });
});

// Found in a new-user run: an admin alone in a new CRM got "还没有任何团队。" and no way forward.
describe("digest before any team exists", () => {
  it("says how to make one", async () => {
    const h = await createHarness();
    try {
      expect(textOf(await h.say(LI, "今天的简报"))).toContain("用户 团队 <姓名> <团队名>");
    } finally {
      await h.close();
    }
  });
});
