import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buttons, createHarness, type Harness, type Person, textOf } from "../bot-harness.js";

const person = (id: string, name: string): Person => ({ platformUserId: id, displayName: name, locale: "en" });
const BOSS = person("boss", "Boss");

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  await h.say(BOSS, "help");
});
afterEach(() => h.close());

const userOf = async (platformUserId: string) => (await h.t.db.channelIdentity.findFirstOrThrow({ where: { platformUserId }, include: { user: true } })).user;

// `user role` / `user team` change what someone may see and do: they must reach exactly the person
// the admin means, never whoever happens to carry the same display name.
describe("user role / user team resolve exactly one person", () => {
  it("a user who set display name 'carol' does not get carol's role", async () => {
    await h.say(person("mallory", "carol"), "help"); // signed up first, named after the victim
    await h.say(person("carol", "Carol Wang"), "help");
    const reply = textOf(await h.say(BOSS, "user role carol manager"));
    expect((await userOf("carol")).role).toBe("manager");
    expect((await userOf("mallory")).role).toBe("rep");
    expect(reply).toContain("Carol Wang");
    expect(reply).toMatch(/local/);
    expect(reply).toMatch(/\bcarol\b/);
  });

  it("a display name on a chat identity alone never matches another user", async () => {
    await h.say(person("x1", "Xavier"), "help");
    await h.t.db.channelIdentity.updateMany({ where: { platformUserId: "x1" }, data: { displayName: "dora" } });
    await h.say(person("d1", "Dora Li"), "help");
    const reply = textOf(await h.say(BOSS, "user role dora manager"));
    expect(reply).toMatch(/No user found/);
    expect((await userOf("x1")).role).toBe("rep");
    expect((await userOf("d1")).role).toBe("rep");
  });

  it("two Carols: asks with buttons and changes nothing until one is picked", async () => {
    await h.say(person("c1", "Carol"), "help");
    await h.say(person("c2", "Carol"), "help");
    const asked = await h.say(BOSS, "user role Carol manager");
    const choices = buttons(asked).filter((b) => b.actionId === "pending.choose" && !b.value.endsWith(":none"));
    expect(choices).toHaveLength(2);
    expect(choices.map((b) => b.label).join(" ")).toMatch(/c1[\s\S]*c2|c2[\s\S]*c1/);
    expect((await userOf("c1")).role).toBe("rep");
    expect((await userOf("c2")).role).toBe("rep");
    expect(await h.t.db.auditLog.count({ where: { action: "user.update" } })).toBe(0);

    const second = choices.find((b) => b.label.includes("c2"))!;
    const done = textOf(await h.press(BOSS, second));
    expect(done).toContain("c2");
    expect((await userOf("c2")).role).toBe("manager");
    expect((await userOf("c1")).role).toBe("rep");
  });

  it("two Carols in `user team`: buttons, no team change", async () => {
    await h.say(person("c1", "Carol"), "help");
    await h.say(person("c2", "Carol"), "help");
    const asked = await h.say(BOSS, "user team Carol north");
    expect(buttons(asked).filter((b) => b.actionId === "pending.choose")).toHaveLength(3);
    expect((await userOf("c1")).teamId).toBeNull();
    expect((await userOf("c2")).teamId).toBeNull();
    expect(await h.t.db.team.count()).toBe(0);
  });

  it("a mention (the platform user id) picks the right person over a same-named squatter", async () => {
    await h.say(person("squatter", "dave"), "help");
    await h.say(person("dave", "David"), "help");
    expect(textOf(await h.say(BOSS, "user team @dave north"))).toContain("David");
    expect((await userOf("dave")).teamId).not.toBeNull();
    expect((await userOf("squatter")).teamId).toBeNull();
    expect(textOf(await h.say(BOSS, "user role <@dave> manager"))).toContain("David");
    expect((await userOf("dave")).role).toBe("manager");
    expect((await userOf("squatter")).role).toBe("rep");
  });

  it("an id on another platform is not a mention on this one", async () => {
    await h.say(person("eve", "Eve"), "help");
    await h.t.db.channelIdentity.create({ data: { platform: "slack", tenantId: "T1", platformUserId: "U777", userId: (await userOf("eve")).id } });
    expect(textOf(await h.say(BOSS, "user role U777 manager"))).toMatch(/No user found/);
    expect((await userOf("eve")).role).toBe("rep");
  });
});
