import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, LI, type Harness, type Person, buttons, createHarnessWithCompanies, textOf } from "../../test/bot-harness.js";

// "加上刘经理" / "add her" typed while "X is not a contact yet, add them?" is open: the add button.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(() => h.close());

const contacts = (name: string) => h.t.db.contact.findMany({ where: { name } });

describe("a typed yes to the contact offer", () => {
  it.each([
    [LI, "跟华为的刘经理微信聊了一下，他们想要报价", "刘经理", "加上刘经理"],
    [LI, "跟华为的刘经理微信聊了一下，他们想要报价", "刘经理", "添加一下"],
    [LI, "跟华为的刘经理微信聊了一下，他们想要报价", "刘经理", "好的，加上吧"],
    [LI, "跟华为的刘经理微信聊了一下，他们想要报价", "刘经理", "把刘经理加为联系人"],
    [AMY, "had a call with Nina Sharp at Acme Corp, she wants a demo", "Nina Sharp", "add her"],
    [AMY, "had a call with Nina Sharp at Acme Corp, she wants a demo", "Nina Sharp", "yes, add Nina Sharp as a contact"],
    [AMY, "had a call with Nina Sharp at Acme Corp, she wants a demo", "Nina Sharp", "Add Nina Sharp."],
  ] as [Person, string, string, string][])("%s: %s, then %s", async (who, sentence, name, typed) => {
    const offer = await h.say(who, sentence);
    expect(
      buttons(offer)
        .map((b) => b.label)
        .join("\n"),
    ).toContain(name);
    const activities = await h.t.db.activity.count();
    await h.say(who, typed);
    expect(await contacts(name)).toHaveLength(1);
    expect(await h.t.db.activity.count()).toBe(activities);
  });

  it("another name than the one offered adds nobody and asks nothing back about it as a contact", async () => {
    await h.say(LI, "跟华为的刘经理微信聊了一下，他们想要报价");
    await h.say(LI, "加上王总");
    expect(await contacts("刘经理")).toHaveLength(0);
    expect(await contacts("王总")).toHaveLength(0);
  });

  it("with no offer open, 'add her' is no answer", async () => {
    const reply = textOf(await h.say(AMY, "add her"));
    expect(await h.t.db.contact.count()).toBe(0);
    expect(reply).not.toMatch(/Added|已添加/u);
  });
});
