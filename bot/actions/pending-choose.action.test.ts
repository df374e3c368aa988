import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, button, buttons, createHarnessWithPeople, type Harness, LI, textOf } from "../../test/bot-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithPeople();
});
afterEach(async () => {
  await h.close();
});

const SENTENCE = "跟华为的张总通了电话，下周二给报价，预算20万";

/** What a pending answer could write. */
async function counts() {
  const db = h.t.db;
  return {
    companies: await db.company.count(),
    deals: await db.deal.count(),
    activities: await db.activity.count(),
    followUps: await db.followUp.count(),
    audits: await db.auditLog.count(),
  };
}

describe("pending.choose", () => {
  it("asks before creating an unknown company; the asked user's answer logs everything once", async () => {
    const before = await counts();
    const asked = await h.say(LI, SENTENCE);
    expect(asked.replies[0]?.card?.title).toBe("客户列表里还没有“华为”。要新建这个客户并记录吗？");
    expect(buttons(asked).map((b) => b.label)).toEqual(["新建“华为”并记录", "都不是"]);
    expect(await counts()).toEqual(before);

    const done = await h.press(
      LI,
      button(asked, (b) => b.value.endsWith(":0")),
    );
    expect(done.replies[0]?.text).toContain("✅ 已记录电话：华为");
    expect(await counts()).toMatchObject({ companies: 1, deals: 1, activities: 1, followUps: 1 });
  });

  it("a different user pressing the button gets 'expired/invalid' and nothing is written", async () => {
    const asked = await h.say(LI, SENTENCE);
    const create = button(asked, (b) => b.value.endsWith(":0"));
    const before = await counts();
    const reply = await h.press(AMY, create);
    expect(textOf(reply).trim()).toBe("That choice is no longer valid (already answered or expired). Please send it again.");
    expect(await counts()).toEqual(before);
    // The question still belongs to 李雷 and still works for him.
    expect(textOf(await h.press(LI, create))).toContain("已记录电话：华为");
  });

  it("a double click: the second press is refused and writes nothing more", async () => {
    const asked = await h.say(LI, SENTENCE);
    const create = button(asked, (b) => b.value.endsWith(":0"));
    await h.press(LI, create);
    const after = await counts();
    expect(textOf(await h.press(LI, create)).trim()).toBe("这个选择已经失效（已处理或已过期）。请重新发送。");
    expect(await counts()).toEqual(after);
    expect(after.companies).toBe(1);
  });

  it("concurrent double clicks apply the answer exactly once", async () => {
    const asked = await h.say(LI, SENTENCE);
    const create = button(asked, (b) => b.value.endsWith(":0"));
    const replies = await Promise.all([h.press(LI, create), h.press(LI, create)]);
    expect(replies.filter((r) => textOf(r).includes("已记录电话")).length).toBe(1);
    expect(await counts()).toMatchObject({ companies: 1, activities: 1 });
  });

  it("'none of these' cancels; a later press of another option is expired", async () => {
    const asked = await h.say(LI, SENTENCE);
    const before = await counts();
    expect(
      textOf(
        await h.press(
          LI,
          button(asked, (b) => b.value.endsWith(":none")),
        ),
      ).trim(),
    ).toBe("好的，已取消，什么都没有保存。");
    expect(
      textOf(
        await h.press(
          LI,
          button(asked, (b) => b.value.endsWith(":0")),
        ),
      ),
    ).toContain("失效");
    expect(await counts()).toEqual(before);
  });

  it("a question older than a day has expired", async () => {
    const asked = await h.say(LI, SENTENCE);
    h.clock.advance(25 * 3_600_000);
    const before = await counts();
    expect(
      textOf(
        await h.press(
          LI,
          button(asked, (b) => b.value.endsWith(":0")),
        ),
      ),
    ).toContain("失效");
    expect(await counts()).toEqual(before);
  });

  it.each(["", "nope:0", "nope", ":0"])("a forged value %j is expired/invalid", async (value) => {
    const before = await counts();
    expect(textOf(await h.press(AMY, { actionId: "pending.choose", value })).trim()).toMatch(/^That choice is no longer valid/);
    expect(await counts()).toEqual(before);
  });

  it("an out-of-range option index is expired/invalid", async () => {
    const asked = await h.say(LI, SENTENCE);
    const pendingId = button(asked, (b) => b.value.endsWith(":0")).value.split(":")[0];
    const before = await counts();
    expect(textOf(await h.press(LI, { actionId: "pending.choose", value: `${pendingId}:7` }))).toContain("失效");
    expect(await counts()).toEqual(before);
  });
});
