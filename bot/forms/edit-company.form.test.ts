import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, button, createHarnessWithCompanies, type Harness, LI, type Person, textOf } from "../../test/bot-harness.js";
import { formCards } from "./form-cards.js";

// Acme Corp (tier B) belongs to Amy; 华为 (tier A) to 李雷.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(async () => h.close());

const editRef = async (who: Person, name: string) => button(await h.say(who, `company show ${name}`), (b) => b.actionId === "form.open").value;
const inputsOf = async (ref: string) => {
  const card = await formCards(h.domain).card(ref, "en");
  return Object.fromEntries((card?.blocks ?? []).flatMap((b) => (b.type === "input" ? [[b.input.id, b.input.initial ?? ""]] : [])));
};

describe("edit-company form (the Edit button on a customer card)", () => {
  it("opens prefilled and saves only what changed, through the audited profile edit", async () => {
    await h.say(AMY, "company Acme Corp tag VIP");
    const ref = await editRef(AMY, "Acme Corp");
    const initial = await inputsOf(ref);
    expect(initial).toMatchObject({ name: "Acme Corp", tier: "B", status: "prospect", tags: "VIP", aliases: "" });
    const reply = await h.submit(AMY, ref, { ...initial, tier: "A", status: "at-risk", aliases: "Acme, ACME Robotics", tags: "key account" });
    expect(textOf(reply)).toMatch(/Acme Corp updated: Tier, Status, Also known as, Tags/u);
    const row = await h.t.db.company.findFirstOrThrow({ where: { name: "Acme Corp" } });
    expect(row).toMatchObject({ tier: "A", status: "at-risk" });
    expect(JSON.parse(row.aliases)).toEqual(["Acme", "ACME Robotics"]);
    expect(JSON.parse(row.tags)).toEqual(["key account"]);
    expect(textOf(await h.say(AMY, "company show ACME Robotics"))).toContain("Acme Corp");
  });

  it("does not overwrite a customer changed after the form was opened", async () => {
    const ref = await editRef(AMY, "Acme Corp");
    const initial = await inputsOf(ref);
    await new Promise((r) => setTimeout(r, 5)); // the next write gets a later timestamp
    await h.say(BOSS, "company Acme Corp industry Robotics");
    const reply = await h.submit(AMY, ref, { ...initial, tier: "C" });
    expect(textOf(reply)).toContain("was changed after you opened the form, so nothing was saved");
    expect(textOf(reply)).toContain("Robotics");
    expect((await h.t.db.company.findFirstOrThrow({ where: { name: "Acme Corp" } })).tier).toBe("B");
  });

  it("refuses someone who may not write the customer; elsewhere the button asks field by field", async () => {
    await h.say(BOSS, "user team 李雷 north");
    await h.say(BOSS, "user team Amy Chen south");
    await h.say(BOSS, "客户 转移 华为 李雷");
    const ref = await editRef(LI, "华为");
    expect(textOf(await h.submit(AMY, ref, { ...(await inputsOf(ref)), tier: "C" }))).not.toMatch(/updated/u);
    expect((await h.t.db.company.findFirstOrThrow({ where: { name: "华为" } })).tier).toBe("A");
    const shown = await h.say(LI, "客户 查看 华为");
    expect(
      textOf(
        await h.press(
          LI,
          button(shown, (b) => b.actionId === "form.open"),
        ),
      ),
    ).toContain("3. 等级: A");
  });
});
