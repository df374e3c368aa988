import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../domain/shared/clock.js";
import { NO_LIMITS_ENV } from "../../test/no-limits-env.js";
import { startWecomTestApp, WECOM_ROBOT_KEY, type WecomTestApp } from "../../test/wecom-test-corp.js";

// A WeCom group robot cannot hear the bot, so a manager registers its group by the robot's webhook
// address from a direct chat with the app (item 3 of the group-chat issue).
const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
let w: WecomTestApp;
let seq = 7000;

async function say(user: string, text: string): Promise<string> {
  const mark = w.fake.calls.length;
  const res = await w.wecom.post(w.wecom.text(user, text, String(++seq)));
  expect(res.status).toBe(200);
  await w.app.inbox.idle();
  await w.app.outbox.drain();
  return w.fake.calls
    .slice(mark)
    .filter((c) => c.api === "message/send" && c.body.touser === user)
    .map((c) => JSON.stringify(c.body))
    .join("\n");
}

beforeAll(async () => {
  w = await startWecomTestApp(clock, () => ({ ...NO_LIMITS_ENV, CRM_SCHEDULER: "off" }));
  await say("boss", "帮助");
  await say("mgr", "帮助");
  await say("li", "帮助");
  await say("boss", "用户 角色 mgr manager");
  await say("boss", "用户 团队 mgr Sales");
  await say("boss", "用户 团队 li Sales");
  await say("li", "客户 添加 腾讯 A");
}, 60_000);
afterAll(async () => w?.close());

describe("registering a WeCom group robot by its webhook address", () => {
  const address = () => `${w.apiBase}/cgi-bin/webhook/send?key=${WECOM_ROBOT_KEY}`;

  it("is refused to a rep and for an address that is not a group robot of this WeCom", async () => {
    expect(await say("li", `频道 简报 ${address()}`)).toMatch(/权限|permission/i);
    const foreign = await say("mgr", "频道 简报 https://evil.example/cgi-bin/webhook/send?key=abc");
    expect(foreign).toContain("群机器人");
    expect(await w.app.db.teamChannel.count()).toBe(0);
  });

  it("registers the robot's group from a direct chat, lists it without its key, and the digest goes there", async () => {
    expect(await say("mgr", `频道 简报 ${address()}`)).toContain("已登记");
    const row = await w.app.db.teamChannel.findFirstOrThrow();
    expect([row.platform, row.conversationId, row.purpose]).toEqual(["wecom", `robot:${WECOM_ROBOT_KEY}`, "digest"]);
    const list = await say("li", "频道 列表");
    expect(list).toContain("robot:robo…");
    expect(list).not.toContain(WECOM_ROBOT_KEY);
    const mark = w.fake.calls.length;
    clock.set(new Date("2026-11-26T00:30:00Z")); // Thursday 08:30 in Shanghai
    await w.app.scheduler.runNow("digest");
    await w.app.outbox.drain();
    const robotPosts = w.fake.calls.slice(mark).filter((c) => c.api === "webhook/send" && c.answer.errcode === 0);
    expect(robotPosts.length).toBeGreaterThan(0);
    expect(robotPosts[0]!.query.key).toBe(WECOM_ROBOT_KEY);
  });

  it("registers an app chat by its chatid, shown as it is (it is no secret)", async () => {
    expect(await say("mgr", "频道 提醒 appchat:wrkAppChat01")).toContain("已登记");
    const row = await w.app.db.teamChannel.findFirstOrThrow({ where: { purpose: "alerts" } });
    expect(row.conversationId).toBe("wrkAppChat01");
    expect(await say("mgr", "频道 列表")).toContain("wrkAppChat01");
    expect(await say("mgr", "频道 审批 appchat:robot")).toContain("群机器人");
  });
});
