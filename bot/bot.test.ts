import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, createHarnessWithPeople, type Harness, LI, type Person, textOf, userRow } from "../test/bot-harness.js";
import { buttonsOf } from "../cards/model.js";
import { MAX_TEXT_LENGTH } from "./bot.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithPeople();
  await h.say(AMY, "company add Acme Corp B");
});
afterEach(async () => {
  await h.close();
});

const base = { channel: "local", conversation: { id: "dm:li", kind: "direct" } } as const;
const activities = () => h.t.db.activity.count();

describe("reply language", () => {
  it("a new user's locale is detected from their first message", async () => {
    const sam: Person = { platformUserId: "sam", displayName: "Sam" };
    const mei: Person = { platformUserId: "mei", displayName: "梅" };
    await h.say(sam, "hello");
    await h.say(mei, "你好");
    expect((await userRow(h, "sam")).locale).toBe("en");
    expect((await userRow(h, "mei")).locale).toBe("zh");
    await h.say({ platformUserId: "kai", displayName: "Kai", locale: "en" }, "你好");
    expect((await userRow(h, "kai")).locale).toBe("en");
  });

  it("a Chinese sentence gets a Chinese reply, an English sentence an English one, whoever sends it", async () => {
    expect(textOf(await h.say(AMY, "给Acme Corp打了电话，聊了价格"))).toContain("✅ 已记录电话：Acme Corp");
    expect(textOf(await h.say(LI, "called Acme Corp about pricing"))).toContain("✅ Logged a call with Acme Corp");
    expect(await activities()).toBe(2);
  });

  it("an English command word follows the user's locale; a Chinese command word answers in Chinese", async () => {
    expect(textOf(await h.say(LI, "deal list")).trim()).toBe("没有符合条件的商机。");
    expect(textOf(await h.say(AMY, "deal list")).trim()).toBe("No deals match.");
    expect(textOf(await h.say(AMY, "商机 列表")).trim()).toBe("没有符合条件的商机。");
    // "log" is a command too: its reply follows the user, not the sentence after it.
    expect(textOf(await h.say(LI, "log emailed Acme Corp the brochure"))).toContain("✅ 已记录邮件：Acme Corp");
  });

  it("a first command's own words are grammar: a Chinese name after them makes the user Chinese", async () => {
    await h.say({ platformUserId: "wang", displayName: "wang" }, "company add 美的集团");
    await h.say({ platformUserId: "sam", displayName: "sam" }, "company add Northwind Traders");
    await h.say({ platformUserId: "mei", displayName: "mei" }, "deal new 美的集团 200000");
    expect((await userRow(h, "wang")).locale).toBe("zh");
    expect((await userRow(h, "sam")).locale).toBe("en");
    expect((await userRow(h, "mei")).locale).toBe("zh");
  });

  it.each([
    ["a typed number", "1"],
    ["a typed yes", "好的"],
  ])("a question asked in Chinese of a user stored as English is answered in Chinese: %s", async (_how, answer) => {
    const asked = await h.say(AMY, "跟Initech通了电话，下周二报价");
    expect(textOf(asked)).toMatch(/Initech/u);
    expect(textOf(asked)).not.toMatch(/Create|customer yet/u);
    const reply = textOf(await h.say(AMY, answer));
    expect(reply).toContain("已记录电话：Initech");
    expect(reply).not.toMatch(/Logged|Amount|Follow-up/u);
  });

  it("a pressed button of a Chinese question answers in Chinese, of an English one in English", async () => {
    const zh = await h.say(AMY, "跟Initech通了电话，下周二报价");
    const first = zh.replies.flatMap((r) => ("card" in r && r.card ? buttonsOf(r.card) : []))[0]!;
    expect(textOf(await h.press(AMY, first))).toContain("已记录电话：Initech");
    const en = await h.say(LI, "called Globex about pricing, quote next Tuesday");
    const yes = en.replies.flatMap((r) => ("card" in r && r.card ? buttonsOf(r.card) : []))[0]!;
    expect(textOf(await h.press(LI, yes))).toContain("Logged a call with Globex");
  });

  it("button presses answer in the user's locale", async () => {
    expect(textOf(await h.press(LI, { actionId: "pending.choose", value: "x:0" }))).toContain("失效");
    expect(textOf(await h.press(AMY, { actionId: "pending.choose", value: "x:0" }))).toContain("no longer valid");
  });
});

describe("dedupe by eventId", () => {
  it("the same eventId twice: the second is a duplicate and does nothing", async () => {
    const first = await h.say(AMY, "log emailed Acme Corp the brochure", { eventId: "evt-1" });
    const again = await h.say(AMY, "log emailed Acme Corp the brochure", { eventId: "evt-1" });
    expect(first.duplicate).toBeFalsy();
    expect(textOf(first)).toContain("Logged an email with Acme Corp");
    expect(again).toEqual({ replies: [], duplicate: true });
    expect(await activities()).toBe(1);
    const row = await h.t.db.processedEvent.findFirstOrThrow({ where: { eventId: "evt-1" } });
    expect(row.status).toBe("processed");
  });

  it("three concurrent deliveries of one event log exactly one activity", async () => {
    const results = await Promise.all([1, 2, 3].map(() => h.say(AMY, "log emailed Acme Corp the brochure", { eventId: "evt-race" })));
    expect(results.filter((r) => r.duplicate === true)).toHaveLength(2);
    expect(results.filter((r) => !r.duplicate).map((r) => textOf(r))).toEqual([expect.stringContaining("Logged an email")]);
    expect(await activities()).toBe(1);
    expect(h.errors).toEqual([]);
  });

  it("a duplicate button press is ignored too", async () => {
    await h.say(AMY, "deal new Acme Corp");
    const deal = await h.t.db.deal.findFirstOrThrow();
    const press = { actionId: "deal.move-stage", value: `${deal.id}:qualified:0` };
    expect(textOf(await h.press(AMY, press, { eventId: "click-1" }))).toContain("moved to Qualified");
    expect(await h.press(AMY, press, { eventId: "click-1" })).toEqual({ replies: [], duplicate: true });
  });

  it("events without an id are never deduplicated", async () => {
    await h.say(AMY, "log emailed Acme Corp the brochure");
    await h.say(AMY, "log emailed Acme Corp the brochure");
    expect(await activities()).toBe(2);
  });
});

describe("bad input never throws", () => {
  it.each([
    ["missing user", { ...base, type: "message", text: "hi" }, /^Invalid user: /],
    ["blank user id", { ...base, type: "message", user: { platformUserId: "  " }, text: "hi" }, /^Invalid user\.platformUserId: /],
    ["unknown type", { ...base, type: "poke", user: { platformUserId: "li" } }, /^Invalid type: /],
    ["action without value", { ...base, type: "card.action", user: { platformUserId: "li" }, actionId: "deal.show" }, /^Invalid value: /],
    ["null", null, /^Invalid event: /],
    ["a string", "hello", /^Invalid event: /],
  ])("%s → an invalid-input reply", async (_name, event, expected) => {
    const users = await h.t.db.user.count();
    const response = await h.inbox.handle(event);
    expect(response.replies).toHaveLength(1);
    expect(response.replies[0]?.text).toMatch(expected);
    expect(await h.t.db.user.count()).toBe(users);
  });

  it("empty and over-long texts get a kind answer and nothing is stored", async () => {
    expect(textOf(await h.say(LI, "   ")).trim()).toMatch(/^我没有收到内容/);
    const long = "a".repeat(MAX_TEXT_LENGTH + 1);
    expect(textOf(await h.say(AMY, long)).trim()).toBe(
      `That message has ${MAX_TEXT_LENGTH + 1} characters, more than the ${MAX_TEXT_LENGTH} I can store. Nothing was saved — please shorten it.`,
    );
    expect(await activities()).toBe(0);
  });

  it("an unexpected error is logged and answered, and the event is marked failed", async () => {
    h.domain.companies.create = async () => {
      throw new Error("disk on fire");
    };
    const reply = await h.say(AMY, "company add Globex", { eventId: "evt-boom" });
    expect(textOf(reply).trim()).toBe("Sorry, something went wrong and nothing was saved. Please try again.");
    expect(h.errors).toHaveLength(1);
    expect((await h.t.db.processedEvent.findFirstOrThrow({ where: { eventId: "evt-boom" } })).status).toBe("failed");
  });
});
