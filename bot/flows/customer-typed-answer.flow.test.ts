import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, buttons, createHarness, type Harness, LI, textOf } from "../../test/bot-harness.js";

/**
 * Probe: "spoke to Bob, he'll get back to us next week" from a rep with no recent customers answered "I could
 * not find a customer or an action" and the message was lost; "called hooli, they want a demo" offered one
 * Create button, and "yes" was told to press a button. The rep is asked which customer, and the name typed next
 * logs the message; a single new name is a yes/no question.
 */
let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  // added by another rep: none of them is one of Amy's recent customers
  await h.say(LI, "客户 添加 Initech");
  await h.say(LI, "客户 添加 Globex");
});
afterEach(() => h.close());

const lastActivity = () => h.t.db.activity.findFirst({ orderBy: { createdAt: "desc" }, include: { company: true } });

describe("a message that names no customer, with none recent", () => {
  it.each([
    ["Initech", "Initech"],
    ["it was globex", "Globex"],
  ])("is logged on the customer typed next: %s", async (answer, company) => {
    const asked = await h.say(AMY, "spoke to Bob, he'll get back to us next week");
    expect(textOf(asked)).toContain("Reply with its name");
    expect(await h.t.db.activity.count()).toBe(0);
    await h.say(AMY, answer);
    const activity = await lastActivity();
    expect([activity?.kind, activity?.company?.name, activity?.summary]).toEqual(["call", company, "spoke to Bob, he'll get back to us next week"]);
    expect(await h.t.db.followUp.count()).toBe(1);
  });

  it("a new message naming a customer is not taken as the answer", async () => {
    await h.say(AMY, "spoke to Bob, he'll get back to us next week");
    await h.say(AMY, "Lost the renewal to Globex");
    const activities = await h.t.db.activity.findMany({ include: { company: true } });
    expect(activities.map((a) => a.summary)).not.toContain("spoke to Bob, he'll get back to us next week");
  });
});

describe("one new name offered", () => {
  it("is created and logged on a typed yes", async () => {
    const asked = await h.say(AMY, "called hooli, they want a demo next tue");
    expect(buttons(asked).map((b) => b.label)[0]).toBe('Create "Hooli" and log');
    await h.say(AMY, "yes");
    expect((await lastActivity())?.company?.name).toBe("Hooli");
  });
});

// Probe: "Hooli" typed after "which customer is this about?" answered "I could not find a customer or an action"
// and the call was lost. A name that is no customer yet is offered for creation; nothing is created unasked.
describe("a new customer's name typed as the answer", () => {
  it.each([
    ["spoke to Bob, he'll get back to us next week", "Hooli", "Hooli"],
    ["spoke to Bob, he'll get back to us next week", "it was Massive Dynamic", "Massive Dynamic"],
    ["跟张总通了电话，下周二给报价", "客户是伊利", "伊利"],
  ])("%s, then %s", async (message, answer, name) => {
    const who = /\p{Script=Han}/u.test(message) ? LI : AMY;
    await h.say(who, message);
    const offered = await h.say(who, answer);
    expect(await h.t.db.company.count({ where: { name } })).toBe(0);
    expect(textOf(offered)).toContain(name);
    await h.say(who, who === LI ? "好的" : "yes");
    const activity = await lastActivity();
    expect([activity?.kind, activity?.company?.name, activity?.summary]).toEqual(["call", name, message]);
  });

  it.each(["never mind", "not sure", "pricing question", "算了"])("%s is no name", async (answer) => {
    await h.say(AMY, "spoke to Bob, he'll get back to us next week");
    const reply = await h.say(AMY, answer);
    expect(textOf(reply)).not.toContain("not a customer yet");
    expect(await h.t.db.company.count()).toBe(2);
  });
});

// Probe: "客户说预算不够 先放一放" was "not understood" and lost: what a customer said is worth a note.
describe("what a customer said, with no customer named", () => {
  it.each([
    ["客户说预算不够 先放一放", "客户是伊利", "好的", "伊利"],
    ["client said they're going with a competitor", "Initech", null, "Initech"],
  ])("%s is asked about, then logged as a note", async (message, answer, yes, company) => {
    const who = /\p{Script=Han}/u.test(message) ? LI : AMY;
    const asked = await h.say(who, message);
    expect(textOf(asked)).toMatch(/哪个客户|Which customer/u);
    await h.say(who, answer);
    if (yes) await h.say(who, yes);
    const activity = await lastActivity();
    expect([activity?.kind, activity?.company?.name, activity?.summary]).toEqual(["note", company, message]);
  });

  it("small talk is still not logged", async () => {
    expect(textOf(await h.say(LI, "今天天气不错"))).not.toContain("哪个客户");
  });
});
