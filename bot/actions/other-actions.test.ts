import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, button, createHarnessWithPeople, dealRow, type Harness, LI, textOf } from "../../test/bot-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithPeople();
  await h.say(LI, "客户 添加 华为 A");
  await h.say(LI, "商机 新建 华为 20万 方案报价");
});
afterEach(async () => {
  await h.close();
});

describe("unknown actions", () => {
  it("an unknown actionId gets a friendly reply in the user's language", async () => {
    const before = await h.t.db.auditLog.count();
    expect(textOf(await h.press(AMY, { actionId: "deal.explode", value: "x" })).trim()).toBe(
      'I don\'t know how to use "deal.explode" like that. Type "help" for the commands.',
    );
    expect(textOf(await h.press(LI, { actionId: "nope", value: "" })).trim()).toBe("不认识“nope”的用法。输入“帮助”查看命令。");
    expect(await h.t.db.auditLog.count()).toBe(before);
  });
});

describe("deal.show", () => {
  it("shows the owner's deal card from a list button", async () => {
    const list = await h.say(LI, "商机 列表");
    const reply = await h.press(
      LI,
      button(list, (b) => b.actionId === "deal.show"),
    );
    expect(reply.replies[0]?.card?.title).toBe("#1 华为");
  });

  it("a forged id for someone else's deal is a permission reply, a bogus id not-found", async () => {
    const deal = await dealRow(h, 1);
    const reply = await h.press(AMY, { actionId: "deal.show", value: deal.id });
    expect(reply.replies[0]?.card).toBeUndefined();
    expect(textOf(reply)).toMatch(/^You don't have permission/);
    expect(textOf(await h.press(AMY, { actionId: "deal.show", value: "bogus" })).trim()).toBe('No deal found for "bogus".');
  });
});

describe("followup.done", () => {
  it("completes the owner's follow-up from its button", async () => {
    await h.say(LI, "跟进 添加 明天 给张总回电话");
    const list = await h.say(LI, "跟进 列表");
    expect(
      textOf(
        await h.press(
          LI,
          button(list, (b) => b.label === "完成 1"),
        ),
      ).trim(),
    ).toBe("✔️ 已完成：给张总回电话");
    expect((await h.t.db.followUp.findFirstOrThrow()).done).toBe(true);
  });

  it("someone else's follow-up cannot be completed with a forged id", async () => {
    await h.say(LI, "跟进 添加 明天 给张总回电话");
    const followUp = await h.t.db.followUp.findFirstOrThrow();
    expect(textOf(await h.press(AMY, { actionId: "followup.done", value: followUp.id }))).toMatch(/^You don't have permission/);
    expect((await h.t.db.followUp.findFirstOrThrow()).done).toBe(false);
  });
});
