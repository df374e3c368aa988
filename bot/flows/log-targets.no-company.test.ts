import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, button, buttons, createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";

// 李雷 owns 华为 and has no deal yet. A sentence with something to log but no customer is asked
// about with his customers as buttons (open deals first, then his latest logs, then the ones he
// owns); nothing is written until he picks. Small talk gets the hint instead.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  await h.say(LI, "客户 添加 比亚迪");
});
afterEach(() => h.close());

const labels = (r: Awaited<ReturnType<Harness["say"]>>) => buttons(r).map((b) => b.label);

describe("a sentence that names no customer", () => {
  // (probe 46: "刚跟他们CTO聊完 技术上没问题了" answered that it did not understand)
  it.each(["刚打完电话，明天报价", "客户说下周签合同", "王总发微信说下周可以见面", "刚跟他们CTO聊完 技术上没问题了"])(
    "%s: asked with the rep's own customers, nothing written",
    async (text) => {
      const reply = await h.say(LI, text);
      expect(textOf(reply)).toContain("哪个客户");
      expect(labels(reply)).toEqual(expect.arrayContaining(["华为", "比亚迪"]));
      expect(labels(reply)).not.toContain("Acme Corp");
      expect(await h.t.db.activity.count()).toBe(0);
    },
  );

  // (probe 48: "their CFO wants another round of discounts" answered that it did not understand)
  it.each(["their CFO wants another round of discounts", "the ceo said they're going with us, need to send paperwork"])(
    "%s: asked which customer, nothing written",
    async (text) => {
      const reply = await h.say(AMY, text);
      expect(textOf(reply)).toMatch(/Which customer/u);
      expect(await h.t.db.activity.count()).toBe(0);
    },
  );

  it("the customer picked gets the log and the follow-up", async () => {
    const reply = await h.say(LI, "刚打完电话，明天报价");
    await h.press(
      LI,
      button(reply, (b) => b.label === "比亚迪"),
    );
    const activity = await h.t.db.activity.findFirstOrThrow({ include: { company: true } });
    expect([activity.kind, activity.company?.name]).toEqual(["call", "比亚迪"]);
    expect(await h.t.db.followUp.count()).toBe(1);
  });

  it("the customer last logged on comes first", async () => {
    await h.say(LI, "拜访了比亚迪");
    const reply = await h.say(LI, "刚打完电话，明天报价");
    expect(labels(reply)[0]).toBe("比亚迪");
  });

  it("small talk gets the hint, not a list of customers", async () => {
    const reply = await h.say(LI, "今天天气不错");
    expect(textOf(reply)).toContain("没看懂");
    expect(buttons(reply)).toEqual([]);
  });

  // Probe 7: "ugh long weekend lol" asked which customer (a day named in chat)
  it.each([
    [AMY, "ugh long weekend lol", "could not find"],
    [LI, "哈哈 周末愉快", "没看懂"],
  ] as const)("a day in chat gets the hint: %s", async (who, text, hint) => {
    await h.say(LI, "拜访了比亚迪");
    const reply = await h.say(who, text);
    expect(textOf(reply)).toContain(hint);
    expect(buttons(reply)).toEqual([]);
  });

  it("a step beside a laugh is still asked about", async () => {
    const reply = await h.say(AMY, "lol follow up monday");
    expect(textOf(reply)).toMatch(/Which customer/u);
    expect(buttons(reply).map((b) => b.label)).not.toContain('Create "Lol" and log');
  });
});

// Probes 25 and 26: every tester read "腾迅", "比亚笛", "阿里吧吧", "华伟" as the customer (the input method's wrong
// homophone); it is logged there, the reply says how it was read, and Undo puts it right.
describe("a customer written with a homophone", () => {
  it.each(["腾迅 电话沟通 下周报价", "腾迅那边下午见了面 对方技术负责人换人了", "腾迅 来电"])("%s is logged on 腾讯, saying so", async (text) => {
    await h.say(LI, "客户 添加 腾讯");
    const reply = await h.say(LI, text);
    expect(textOf(reply)).toContain("把“腾迅”当作 腾讯");
    const activity = await h.t.db.activity.findFirstOrThrow({ include: { company: true } });
    expect(activity.company?.name).toBe("腾讯");
    await h.say(LI, "撤销");
    expect(await h.t.db.activity.count()).toBe(0);
  });

  // Probe 32: "打了三次美地都没人接 明天再打" offered a new customer 美地 (的 is also read di, as 地 is also read de)
  it.each([
    ["打了三次美地都没人接 明天再打", "美地"],
    ["刚给美地打了电话 下周报价", "美地"],
  ])("%s: a name read as new that sounds like one known customer is that customer", async (text, written) => {
    await h.say(LI, "客户 添加 美的集团");
    const reply = await h.say(LI, text);
    expect(textOf(reply)).toContain(`把“${written}”当作 美的集团`);
    const activity = await h.t.db.activity.findFirstOrThrow({ include: { company: true } });
    expect(activity.company?.name).toBe("美的集团");
    expect(await h.t.db.company.count({ where: { name: { contains: "美地" } } })).toBe(0);
  });

  it("a homophone with no character of the name in its place is asked, the customer offered first", async () => {
    await h.say(LI, "客户 添加 腾讯");
    expect(labels(await h.say(LI, "藤寻 来电"))[0]).toBe("腾讯");
    expect(await h.t.db.activity.count()).toBe(0);
  });
});

describe("a heading name that sounds like no known customer", () => {
  it("华硕 拜访 asks, offering a new one", async () => {
    await h.say(LI, "客户 添加 腾讯");
    const reply = await h.say(LI, "华硕 拜访");
    expect(await h.t.db.activity.count()).toBe(0);
    expect(labels(reply).some((l) => /新建/u.test(l))).toBe(true);
  });
});

// Probe 28: "周一上午去阿里西溪园区" offered to create a customer "阿里西溪园区".
describe("a site of a known customer, named by its short name", () => {
  it.each(["周一上午去阿里西溪园区，记得提醒我带合同", "昨天去了阿里西溪园区"])("%s is 阿里巴巴's", async (text) => {
    await h.say(LI, "客户 添加 阿里巴巴");
    await h.say(LI, text);
    const rows = [...(await h.t.db.activity.findMany({ include: { company: true } })), ...(await h.t.db.followUp.findMany({ include: { company: true } }))];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.company?.name))).toEqual(new Set(["阿里巴巴"]));
    expect(await h.t.db.company.count({ where: { name: { contains: "园区" } } })).toBe(0);
  });

  // Probe 42: "晚上10点跟腾讯海外团队开视频会" asked whether to create 腾讯海外
  it.each(["晚上10点跟腾讯海外团队开视频会", "明天拜访腾讯华南"])("%s is 腾讯's", async (text) => {
    await h.say(LI, "客户 添加 腾讯");
    await h.say(LI, text);
    const rows = await h.t.db.followUp.findMany({ include: { company: true } });
    expect(rows.map((r) => r.company?.name)).toEqual(["腾讯"]);
    expect(await h.t.db.company.count()).toBe(4);
  });
});
