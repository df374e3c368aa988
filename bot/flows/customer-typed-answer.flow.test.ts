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
