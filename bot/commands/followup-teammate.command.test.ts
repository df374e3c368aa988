import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, createHarness, type Harness, LI, textOf } from "../../test/bot-harness.js";

const MGR = { platformUserId: "mgr", displayName: "Manager Zhou", locale: "en" as const };
const OTHER = { platformUserId: "wu", displayName: "吴芳" };

// A manager covers for a rep who is out: sees their open follow-ups and acts on them by number.
describe("followup list <name>: a teammate's list for their manager", () => {
  let h: Harness;
  const open = async (platformUserId: string) => {
    const { userId } = await h.t.db.channelIdentity.findFirstOrThrow({ where: { platformUserId } });
    return h.t.db.followUp.findMany({ where: { ownerId: userId, doneAt: null }, orderBy: { dueAt: "asc" } });
  };
  beforeEach(async () => {
    h = await createHarness();
    for (const who of [BOSS, LI, AMY, MGR, OTHER]) await h.say(who, "help");
    for (const who of ["li", "amy", "mgr"]) await h.say(BOSS, `user team ${who} North`);
    await h.say(BOSS, "user team wu South");
    await h.say(BOSS, "user role mgr manager");
    await h.say(LI, "跟进 添加 明天下午3点 给Acme回电话");
    await h.say(LI, "跟进 添加 后天 发合同");
  });
  afterEach(() => h.close());

  it("lists the teammate's lines and then completes, moves and rewords by those numbers", async () => {
    const list = textOf(await h.say(MGR, "followup list li"));
    expect(list).toContain("李雷's open follow-ups (2)");
    expect(list).toMatch(/1\. .*给Acme回电话[\s\S]*2\. .*发合同/u);
    await h.say(MGR, "followup add tomorrow call my own client"); // the manager's own list does not shift the numbers
    expect(textOf(await h.say(MGR, "followup 2 text send the contract"))).toContain("send the contract");
    expect(textOf(await h.say(MGR, "followup done 1"))).toContain("给Acme回电话");
    const left = await open("li");
    expect(left.map((f) => f.title)).toEqual(["send the contract"]);
    expect((await open("mgr")).map((f) => f.title)).toEqual(["call my own client"]);
  });

  it("is refused to a rep and to another team's manager; an admin may look at anyone's", async () => {
    expect(textOf(await h.say(AMY, "followup list li"))).toMatch(/permission/iu);
    await h.say(BOSS, "user role wu manager");
    expect(textOf(await h.say(OTHER, "跟进 列表 李雷"))).toMatch(/权限/u);
    expect(textOf(await h.say(BOSS, "跟进 列表 李雷"))).toContain("李雷 的待办跟进（2）");
    expect(textOf(await h.say(MGR, "followup list amy"))).toContain("Amy Chen has no open follow-ups.");
    // After the refusal Amy's numbers still mean her own (empty) list.
    expect(textOf(await h.say(AMY, "followup done 1"))).not.toContain("给Acme回电话");
    expect(await open("li")).toHaveLength(2);
  });
});
