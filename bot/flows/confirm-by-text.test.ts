import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buttonsOf } from "../../cards/model.js";
import { AMY, createHarness, type Harness, LI, textOf } from "../../test/bot-harness.js";

const AMY_EN = { ...AMY, locale: "en" as const };

describe("a typed yes answers the question the bot just asked", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
    await h.say(LI, "你好"); // the first user is admin; LI and AMY are both reps of the CRM from here on
  });
  afterEach(() => h.close());
  const companies = () => h.t.db.company.findMany({ select: { name: true } });

  it("好的 after 'create this customer and log?' creates it and logs, as the button would", async () => {
    const asked = await h.say(LI, "跟星河测试科技通了电话，聊了续约");
    expect(textOf(asked)).toContain("星河测试科技");
    const answered = await h.say(LI, "好的");
    expect(textOf(answered)).toMatch(/已记录/);
    expect((await companies()).map((c) => c.name)).toContain("星河测试科技");
    expect(await h.t.db.activity.count()).toBe(1);
    // The question is used up: a second "好的" is small talk again and writes nothing.
    expect(textOf(await h.say(LI, "好的"))).toMatch(/没有记录/);
    expect(await h.t.db.activity.count()).toBe(1);
  });

  it.each([
    [LI, "跟星河测试科技通了电话，聊了续约", "算了不用了", /已取消/u],
    [AMY_EN, "Called Zephyrine Robotics about the renewal", "no, don't add them", /cancelled/u],
  ])("%# a typed no to 'create and log?' closes the question as 'none of these' (probe 13: 'not understood')", async (who, first, no, said) => {
    await h.say(who, first);
    const answered = await h.say(who, no);
    expect(textOf(answered)).toMatch(said);
    expect(await h.t.db.activity.count()).toBe(0);
    expect(await companies()).toHaveLength(0);
    // the question is used up: "ok" afterwards creates nothing
    await h.say(who, "ok");
    expect(await companies()).toHaveLength(0);
  });

  it("'yes please' in English does the same", async () => {
    await h.say(AMY_EN, "Called Zephyrine Robotics about the renewal");
    const answered = await h.say(AMY_EN, "yes please");
    expect(textOf(answered)).toMatch(/Logged/);
    expect((await companies()).map((c) => c.name)).toContain("Zephyrine Robotics");
  });

  it("with several possible answers it asks for a button and writes nothing; the buttons still work", async () => {
    await h.say(LI, "company add 华星电子");
    await h.say(LI, "company add 华星光电");
    const asked = await h.say(LI, "跟华星通了电话");
    const buttons = buttonsOf(asked.replies[0]!.card!);
    expect(buttons.length).toBeGreaterThanOrEqual(3);
    expect(textOf(await h.say(LI, "好的"))).toMatch(/请点上面问题里的一个按钮/);
    expect(await h.t.db.activity.count()).toBe(0);
    await h.press(LI, buttons[0]!);
    expect(await h.t.db.activity.count()).toBe(1);
  });

  it("an acknowledgement that is not a yes (收到, thanks) answers nothing", async () => {
    await h.say(LI, "跟星河测试科技通了电话");
    expect(textOf(await h.say(LI, "收到"))).toMatch(/没有记录/);
    expect(textOf(await h.say(LI, "谢谢"))).toMatch(/不客气/);
    expect((await companies()).map((c) => c.name)).not.toContain("星河测试科技");
  });

  it("answers only a recent question of the same person", async () => {
    await h.say(LI, "跟星河测试科技通了电话");
    // Someone else's yes is not LI's answer.
    expect(textOf(await h.say(AMY_EN, "ok"))).toMatch(/nothing was logged/);
    // Twenty minutes later a yes is small talk; the button still works.
    h.clock.advance(20 * 60_000);
    expect(textOf(await h.say(LI, "好的"))).toMatch(/没有记录/);
    expect((await companies()).map((c) => c.name)).not.toContain("星河测试科技");
  });

  it("a yes with nothing asked writes nothing", async () => {
    expect(textOf(await h.say(LI, "创建"))).toMatch(/没有记录/);
    expect(textOf(await h.say(AMY_EN, "go ahead"))).toMatch(/nothing was logged/);
    expect(await h.t.db.company.count()).toBe(0);
  });
});

/** Two customers a sentence about "华星" may mean. */
async function twoHuaxing(): Promise<Harness> {
  const h = await createHarness();
  await h.say(LI, "你好");
  await h.say(LI, "company add 华星电子");
  await h.say(LI, "company add 华星光电");
  return h;
}

describe("a typed number presses that button of the question just asked", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await twoHuaxing();
  });
  afterEach(() => h.close());

  it.each([
    ["2", 1],
    ["第1个", 0],
    ["２", 1],
  ])("%s picks the button of that number and logs there", async (typed, index) => {
    const asked = await h.say(LI, "跟华星通了电话");
    const label = buttonsOf(asked.replies[0]!.card!)[index]!.label;
    expect(textOf(await h.say(LI, typed))).toMatch(/已记录/);
    const activity = await h.t.db.activity.findFirstOrThrow({ include: { company: true } });
    expect(label).toContain(activity.company!.name);
  });

  it("the number after the options is 'none of these': nothing is written", async () => {
    const asked = await h.say(LI, "跟华星通了电话");
    const count = buttonsOf(asked.replies[0]!.card!).length;
    await h.say(LI, String(count));
    expect(await h.t.db.activity.count()).toBe(0);
  });

  // Found in a new-user run: a "1" typed after other logged sentences logged the old question's sentence.
  it("once something else was logged after the question, a typed number no longer answers it; its buttons still do", async () => {
    const asked = await h.say(LI, "跟华星通了电话");
    await h.say(LI, "company add 腾讯");
    await h.say(LI, "跟腾讯开了个会");
    expect(await h.t.db.activity.count()).toBe(1);
    await h.say(LI, "1");
    expect(await h.t.db.activity.count()).toBe(1);
    await h.press(LI, buttonsOf(asked.replies[0]!.card!)[0]!);
    expect(await h.t.db.activity.count()).toBe(2);
  });

  it("with no question waiting, or a number beyond the buttons, the number is no choice", async () => {
    await h.say(LI, "跟华星通了电话");
    await h.say(LI, "9");
    expect(await h.t.db.activity.count()).toBe(0);
    expect(await h.t.db.pendingAction.count({ where: { consumedAt: null } })).toBeGreaterThan(0);
  });
});

// Found in a new-user run: "Umbrella Corp" typed after "create Umbrella Corp and log?" asked again, and
// the next "1" logged the bare name as a note.
describe("the name of an offered customer, typed, picks it", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await twoHuaxing();
  });
  afterEach(() => h.close());

  it("the customer to create, in any case", async () => {
    await h.say(AMY_EN, "Spoke w/ Dana at Umbrella Corp, they want references by next Fri");
    expect(textOf(await h.say(AMY_EN, "umbrella corp"))).toMatch(/Logged a call/);
    const activity = await h.t.db.activity.findFirstOrThrow({ include: { company: true } });
    expect(activity.company?.name).toBe("Umbrella Corp");
    expect(activity.summary).toContain("Dana");
    expect(await h.t.db.followUp.count()).toBe(1);
  });

  it("one of the customers it asked about", async () => {
    await h.say(LI, "跟华星通了电话");
    expect(textOf(await h.say(LI, "华星光电"))).toMatch(/已记录/);
    const activity = await h.t.db.activity.findFirstOrThrow({ include: { company: true } });
    expect(activity.company?.name).toBe("华星光电");
    expect(activity.summary).toBe("跟华星通了电话");
  });

  it("a name that is none of the offered ones, or a sentence, goes on as typed", async () => {
    await h.say(LI, "跟华星通了电话");
    await h.say(LI, "跟华星光电通了电话");
    const activity = await h.t.db.activity.findFirstOrThrow({ include: { company: true } });
    expect(activity.summary).toBe("跟华星光电通了电话");
    expect(await h.t.db.activity.count()).toBe(1);
  });
});
