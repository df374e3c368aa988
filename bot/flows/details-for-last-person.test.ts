import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, LI, type Harness, buttons, createHarnessWithCompanies, textOf } from "../../test/bot-harness.js";

// A message that only gives a phone or an e-mail, about "her" / "him" or nobody named, belongs to the
// person just talked about: never a note.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(() => h.close());

const notes = () => h.t.db.activity.count();

describe("the person offered as a new contact", () => {
  it.each([
    [AMY, "met Nina Sharp from Acme Corp, she wants a demo", "nina@acme.com is her email", "nina@acme.com"],
    [AMY, "met Nina Sharp from Acme Corp, she wants a demo", "her phone is +1 415 555 0100", "+1 415 555 0100"],
    [LI, "跟华为的张伟通了电话，下周二报价", "他的手机是13912345678", "13912345678"],
  ] as const)("%s: %s, then %s", async (who, first, details, value) => {
    await h.say(who, first);
    const before = await notes();
    const offer = await h.say(who, details);
    expect(await notes()).toBe(before);
    const add = buttons(offer)[0]!;
    expect(add.label).toMatch(/Nina Sharp|张伟/u);
    await h.press(who, add);
    const contact = await h.t.db.contact.findFirstOrThrow({ where: { name: { in: ["Nina Sharp", "张伟"] } } });
    expect(contact).toBeDefined();
    // stored encrypted: the card shows it back
    const card = textOf(await h.say(who, who === LI ? "联系人 查看 张伟" : "contact show Nina Sharp"));
    expect(card.replace(/[\s-]/gu, "")).toContain(value.replace(/[\s-]/gu, ""));
  });
});

describe("the person offered, named with the detail", () => {
  it.each([
    [LI, "上午跟华为的采购刘经理微信聊了一下，他们想要报价", "刘经理电话13912345678", "刘经理"],
    [LI, "上午跟华为的采购刘经理微信聊了一下，他们想要报价", "刘经理的手机是 139 1234 5678", "刘经理"],
    [AMY, "met Nina Sharp from Acme Corp, she wants a demo", "Nina Sharp nina@acme.com", "Nina Sharp"],
  ] as const)("%s: %s, then %s", async (who, first, details, name) => {
    await h.say(who, first);
    const before = await notes();
    const offer = await h.say(who, details);
    expect(await notes()).toBe(before);
    expect(buttons(offer)[0]?.label).toContain(name);
    await h.press(who, buttons(offer)[0]!);
    expect(await h.t.db.contact.count({ where: { name } })).toBe(1);
  });

  it("someone else's name with a number is not given to the person offered", async () => {
    await h.say(LI, "上午跟华为的采购刘经理微信聊了一下，他们想要报价");
    const reply = await h.say(LI, "王总电话13912345678");
    expect(
      buttons(reply)
        .map((b) => b.label)
        .join("\n"),
    ).not.toContain("刘经理");
  });
});

describe("after a correction in between", () => {
  it("the offer still gets the detail", async () => {
    await h.say(LI, "跟华为的张伟通了电话，下周二给报价");
    await h.say(LI, "不对，是下周三下午3点");
    const offer = await h.say(LI, "他的手机是13912345678");
    expect(buttons(offer)[0]?.label).toContain("张伟");
  });
});

describe("a known contact of the sentence just logged", () => {
  it("offers to save the address on that contact's card", async () => {
    await h.say(AMY, "contact add Acme Corp John Smith");
    await h.say(AMY, "called John Smith at Acme Corp about pricing");
    const before = await notes();
    const offer = await h.say(AMY, "his email is john@acme.com");
    expect(await notes()).toBe(before);
    expect(textOf(offer)).toContain("john@acme.com");
    await h.press(AMY, buttons(offer)[0]!);
    expect(textOf(await h.say(AMY, "contact show John Smith"))).toContain("john@acme.com");
  });
});

describe("not for the last person", () => {
  it("a sentence with more in it is read as usual", async () => {
    await h.say(AMY, "met Nina Sharp from Acme Corp, she wants a demo");
    const before = await notes();
    await h.say(AMY, "emailed Acme Corp the deck, her address is nina@acme.com");
    expect(await notes()).toBe(before + 1);
  });

  it("nobody talked about: not offered for anyone", async () => {
    const reply = textOf(await h.say(AMY, "her email is nina@acme.com"));
    expect(reply).not.toMatch(/Add|添加/u);
  });
});
