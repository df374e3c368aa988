import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, buttons, createHarnessWithCompanies, type Harness, textOf } from "../../test/bot-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(async () => {
  await h.close();
});

describe("two contacts with the same name", () => {
  beforeEach(async () => {
    await h.say(AMY, "contact add Acme Corp John Smith CTO");
    await h.say(AMY, "contact add Acme Corp John Smith Buyer");
  });

  it("contact show asks which one, and the pressed choice shows that contact (no second question)", async () => {
    const asked = await h.say(AMY, "contact show John Smith");
    const choices = buttons(asked).filter((b) => b.label.startsWith("John Smith"));
    expect(choices.length).toBe(2);
    const buyer = choices.find((b) => b.label.includes("Buyer"));
    expect(buyer, JSON.stringify(choices)).toBeDefined();
    const shown = await h.press(AMY, buyer!);
    expect(shown.replies[0]?.card?.title).toBe("John Smith · Acme Corp");
    expect(textOf(shown)).toContain("Title: Buyer");
  });

  it("contact export of one of them reaches the confirmation after the choice", async () => {
    const asked = await h.say(BOSS, "contact export John Smith");
    const cto = buttons(asked).find((b) => b.label.includes("CTO"));
    expect(cto, JSON.stringify(buttons(asked))).toBeDefined();
    const next = await h.press(BOSS, cto!);
    // The admin is asked to confirm the export of exactly one person, not which John Smith again.
    expect(buttons(next).some((b) => /John Smith/.test(b.label))).toBe(false);
    expect(textOf(next)).toMatch(/John Smith/);
  });
});

describe("contact add with a phone number written with spaces", () => {
  it("keeps the whole number as the phone (encrypted and searchable), not as the title", async () => {
    await h.say(AMY, "contact add Acme Corp John Smith +1 415 555 0100 john@acme.com VP Sales");
    const row = await h.t.db.contact.findFirst({ where: { name: "John Smith" } });
    const contact = await h.domain.contacts.get(row!.id);
    expect(contact.phone).toBe("+1 415 555 0100");
    expect(contact.title).toBe("VP Sales");
    expect(row!.title).not.toContain("415");
    const found = await h.say(AMY, "contact show +14155550100");
    expect(found.replies[0]?.card?.title).toBe("John Smith · Acme Corp");
  });

  it("reads 138 0013 8000 and 138-0013-8000 as one phone", async () => {
    await h.say(AMY, "contact add Acme Corp 张总 138 0013 8000");
    await h.say(AMY, "contact add Acme Corp 王总 139-0013-9000 采购");
    const zhang = await h.domain.contacts.findByName("13800138000");
    const wang = await h.domain.contacts.findByName("13900139000");
    expect([zhang.name, zhang.title]).toEqual(["张总", null]);
    expect([wang.name, wang.title]).toEqual(["王总", "采购"]);
  });
});
