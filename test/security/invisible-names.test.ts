import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, createHarnessWithPeople, type Harness, LI, textOf, userRow } from "../bot-harness.js";

/** Issue 13 item 11: zero-width and right-to-left override characters in names. */
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithPeople();
  await h.say(AMY, "company add Acme Corp B");
  await h.say(LI, "客户 添加 华为 A");
});
afterEach(() => h.close());

describe("names with invisible characters", () => {
  it("a company name with zero-width or bidi characters is a duplicate of the visible name (command, zh and en)", async () => {
    expect(textOf(await h.say(AMY, "company add Acme\u200B Corp"))).toContain('Company "Acme Corp" already exists.');
    expect(textOf(await h.say(AMY, "company add \u202EAcme Corp\u202C"))).toContain("already exists");
    expect(textOf(await h.say(LI, "客户 添加 华\u200D为"))).toContain("已经存在");
    expect(textOf(await h.say(LI, "客户 添加 \uFEFF华为\u2060"))).toContain("已经存在");
    expect(await h.t.db.company.count()).toBe(2);
  });

  it("a name with nothing visible is refused with a clear reply in the user's language", async () => {
    const en = textOf(await h.say(AMY, "company add \u200B\u202E\u2060"));
    expect(en).toMatch(/invisible/i);
    const zh = textOf(await h.say(LI, "客户 添加 \u200B\u200C\uFEFF"));
    expect(zh).toMatch(/看不见|不可见/);
    expect(await h.t.db.company.count()).toBe(2);
  });

  it("contacts are stored with the visible name, so lookups by the plain name find them", async () => {
    await h.say(AMY, "contact add Acme Corp Li\u200B Lei\u202E li@acme.com");
    const contact = await h.t.db.contact.findFirstOrThrow();
    expect(contact.name).toBe("Li Lei");
    expect(contact.searchKey).not.toMatch(/[\u200B\u202E]/);
  });

  it("a platform display name is cleaned when the person is provisioned; an invisible one falls back to the platform id", async () => {
    await h.say({ platformUserId: "mallory", displayName: "\u202Enimda\u200B" }, "help");
    expect((await userRow(h, "mallory")).name).toBe("nimda");
    await h.say({ platformUserId: "ghost", displayName: "\u200B\u3164" }, "help");
    expect((await userRow(h, "ghost")).name).toBe("ghost");
  });
});
