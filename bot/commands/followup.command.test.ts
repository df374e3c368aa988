import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buttonsOf } from "../../cards/model.js";
import { AMY, createHarnessWithPeople, type Harness, LI, textOf, userRow } from "../../test/bot-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithPeople();
});
afterEach(async () => {
  await h.close();
});

const followUpsOf = async (platformUserId: string) =>
  h.t.db.followUp.findMany({ where: { ownerId: (await userRow(h, platformUserId)).id }, orderBy: { dueAt: "asc" } });

describe("followup add / 跟进 添加", () => {
  it("跟进 添加 明天下午3点 给张总回电话 → tomorrow 15:00 Asia/Shanghai", async () => {
    const reply = await h.say(LI, "跟进 添加 明天下午3点 给张总回电话");
    expect(textOf(reply).trim()).toBe("⏰ 跟进提醒：11月26日周四 15:00: 给张总回电话");
    const [row, ...others] = await followUpsOf("li");
    expect(others).toHaveLength(0);
    expect(row?.title).toBe("给张总回电话");
    expect(row?.dueAt.toISOString()).toBe("2026-11-26T07:00:00.000Z");
    expect(row?.done).toBe(false);
  });

  it("reads 'tomorrow 3pm' in the user's own timezone", async () => {
    await h.say(AMY, "tz America/New_York");
    // 02:00 UTC is still Nov 24, 21:00 in New York, so tomorrow is Nov 25.
    const reply = await h.say(AMY, "followup add tomorrow 3pm call Bob");
    expect(textOf(reply).trim()).toBe("⏰ Follow-up set for Wed, Nov 25, 03:00 PM: call Bob");
    expect((await followUpsOf("amy"))[0]?.dueAt.toISOString()).toBe("2026-11-25T20:00:00.000Z");
  });

  it("attaches a follow-up to a company named in it", async () => {
    await h.say(LI, "客户 添加 华为 A");
    await h.say(LI, "跟进 添加 明天 给华为发方案");
    const [row] = await followUpsOf("li");
    const company = await h.t.db.company.findFirstOrThrow({ where: { name: "华为" } });
    expect(row?.companyId).toBe(company.id);
  });

  it("answers an impossible date and schedules nothing", async () => {
    expect(textOf(await h.say(LI, "跟进 添加 32号 回访"))).toContain("32号");
    expect(await followUpsOf("li")).toHaveLength(0);
  });

  it("shows usage when there is no date", async () => {
    expect(textOf(await h.say(AMY, "followup add call Bob")).trim()).toMatch(/^Usage: followup add <when> <what>/);
    expect(await followUpsOf("amy")).toHaveLength(0);
  });
});

describe("followup list / done", () => {
  beforeEach(async () => {
    // Added out of order: the list is by due time.
    await h.say(AMY, "followup add in 3 days send contract");
    await h.say(AMY, "followup add tomorrow 9am call Bob");
  });

  it("lists open follow-ups earliest first with numbered Done buttons", async () => {
    const reply = await h.say(AMY, "followup list");
    const card = reply.replies[0]?.card;
    expect(card?.title).toBe("Open follow-ups (2)");
    const lines = textOf(reply)
      .split("\n")
      .filter((l) => /^\d\. /.test(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^1\. Thu, Nov 26, 09:00 AM call Bob$/);
    expect(lines[1]).toMatch(/^2\. .* send contract$/);
    expect(buttonsOf(card!).map((b) => b.label)).toEqual(["Done 1", "Done 2"]);
  });

  it("marks overdue items once their time has passed", async () => {
    h.clock.advance(36 * 3_600_000);
    const text = textOf(await h.say(AMY, "followup list"));
    expect(text).toMatch(/^1\. .*call Bob ⚠️overdue$/m);
    expect(text).not.toMatch(/send contract ⚠️/);
    await h.say(LI, "跟进 添加 明天 回访");
    h.clock.advance(48 * 3_600_000);
    expect(textOf(await h.say(LI, "跟进 列表"))).toMatch(/回访 ⚠️已逾期$/m);
  });

  it("followup done 1 completes the first listed one only", async () => {
    expect(textOf(await h.say(AMY, "followup done 1")).trim()).toBe("✔️ Done: call Bob");
    const rows = await followUpsOf("amy");
    expect(rows.map((f) => [f.title, f.done])).toEqual([
      ["call Bob", true],
      ["send contract", false],
    ]);
    expect(rows[0]?.doneAt?.toISOString()).toBe("2026-11-25T02:00:00.000Z");
    expect((await h.say(AMY, "followup list")).replies[0]?.card?.title).toBe("Open follow-ups (1)");
  });

  it("a number means the line of the list the user was shown, even after the list changed", async () => {
    await h.say(AMY, "followup add in 5 days renewal call");
    await h.say(AMY, "followup list"); // 1 call Bob, 2 send contract, 3 renewal call
    expect(textOf(await h.say(AMY, "followup done 1")).trim()).toBe("✔️ Done: call Bob");
    // A new one that sorts first arrives meanwhile; "2" and "3" still mean the lines that were shown.
    await h.say(AMY, "followup add in 1 hour ping Ann");
    expect(textOf(await h.say(AMY, "followup done 2")).trim()).toBe("✔️ Done: send contract");
    expect(textOf(await h.say(AMY, "followup done 3")).trim()).toBe("✔️ Done: renewal call");
    // Line 1 was done already: said so, nothing else is completed in its place.
    expect(textOf(await h.say(AMY, "followup done 1"))).toMatch(/already done/);
    const open = (await followUpsOf("amy")).filter((f) => !f.done).map((f) => f.title);
    expect(open).toEqual(["ping Ann"]);
    // A fresh list numbers afresh.
    await h.say(AMY, "followup list");
    expect(textOf(await h.say(AMY, "followup done 1")).trim()).toBe("✔️ Done: ping Ann");
  });

  it("跟进 完成 with a number past the list is a not-found reply", async () => {
    await h.say(LI, "跟进 添加 明天 回访");
    expect(textOf(await h.say(LI, "跟进 完成 5")).trim()).toBe("没有找到跟进“5”。");
    expect(textOf(await h.say(AMY, "followup done x")).trim()).toMatch(/^Usage:/);
    expect((await followUpsOf("li")).every((f) => !f.done)).toBe(true);
  });

  it("says so when nothing is open", async () => {
    expect(textOf(await h.say(LI, "跟进 列表")).trim()).toBe("没有待办跟进。🎉");
    expect(textOf(await h.say(LI, "跟进")).trim()).toBe("没有待办跟进。🎉");
  });
});

describe("followup <n> time / text / owner: editing from chat", () => {
  const SAM = { platformUserId: "sam", displayName: "Sam" };
  beforeEach(async () => {
    await h.say(SAM, "help");
    for (const [who, team] of [
      ["李雷", "North"],
      ["Amy Chen", "North"],
      ["Sam", "South"],
    ] as const)
      await h.say({ platformUserId: "boss", displayName: "王经理" }, `user team ${who} ${team}`);
    await h.say(LI, "跟进 添加 明天下午3点 给张总回电话");
    await h.say(LI, "跟进 添加 后天上午10点 发报价给腾讯");
    await h.say(LI, "跟进 列表");
  });

  it("moves the second line of the list to a new time, in the user's words, audited", async () => {
    const reply = textOf(await h.say(LI, "跟进 2 改到下周一下午4点"));
    expect(reply).toContain("已改到 11月30日周一 16:00：发报价给腾讯");
    const [first, second] = await followUpsOf("li");
    expect(first?.title).toBe("给张总回电话");
    expect(second?.dueAt.toISOString()).toBe("2026-11-30T08:00:00.000Z");
    expect(await h.t.db.auditLog.count({ where: { action: "followup.reschedule", entityId: second!.id } })).toBe(1);
  });

  it("refuses a time already past or unreadable, and changes nothing", async () => {
    const before = (await followUpsOf("li")).map((f) => f.dueAt.toISOString());
    expect(textOf(await h.say(LI, "跟进 1 改到 昨天下午3点"))).toContain("已经过去了");
    expect(textOf(await h.say(LI, "followup 1 time whenever"))).toContain("没看懂“whenever”是什么时间");
    expect((await followUpsOf("li")).map((f) => f.dueAt.toISOString())).toEqual(before);
  });

  it("rewords a follow-up and hands it to a teammate, who then has it", async () => {
    expect(textOf(await h.say(LI, "followup 1 text call 张总 about the PO"))).toContain("call 张总 about the PO");
    expect(textOf(await h.say(LI, "跟进 1 交给 李雷"))).toContain("已经是 李雷 的");
    expect(textOf(await h.say(LI, "跟进 1 交给 Amy Chen"))).toContain("已交给 Amy Chen");
    const amys = await followUpsOf("amy");
    expect(amys.map((f) => f.title)).toEqual(["call 张总 about the PO"]);
    expect(await followUpsOf("li")).toHaveLength(1);
  });

  it("will not hand a follow-up to another team, nor let someone else edit mine", async () => {
    expect(textOf(await h.say(LI, "跟进 1 交给 Sam"))).toContain("没有权限");
    await h.say(SAM, "followup list");
    expect(textOf(await h.say(SAM, "followup 1 text hijacked"))).not.toContain("hijacked");
    expect((await followUpsOf("li")).map((f) => f.title)).toEqual(["给张总回电话", "发报价给腾讯"]);
  });
});
