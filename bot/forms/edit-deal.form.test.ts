import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buttonsOf } from "../../cards/model.js";
import { AMY, BOSS, LI, button, createHarnessWithCompanies, dealRow, type Harness, type Person, textOf } from "../../test/bot-harness.js";
import { formCards } from "./form-cards.js";

// Acme Corp belongs to Amy (English, Asia/Shanghai by default).
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  await h.say(AMY, "deal new Acme Corp 20k"); // #1
});
afterEach(async () => h.close());

async function editButtonValue(): Promise<string> {
  const shown = await h.say(AMY, "deal show 1");
  return button(shown, (b) => b.actionId === "form.open").value;
}

const inputsOf = async (ref: string) => {
  const card = await formCards(h.domain).card(ref, "en");
  return Object.fromEntries((card?.blocks ?? []).flatMap((b) => (b.type === "input" ? [[b.input.id, b.input.initial ?? ""]] : [])));
};

describe("edit-deal form (the Edit button; a Slack modal)", () => {
  it("opens prefilled from the deal, saves only what changed, and says so", async () => {
    const ref = await editButtonValue();
    const deal = await dealRow(h, 1);
    expect(ref).toBe(`edit-deal:${deal.id}:${deal.version}`);
    const initial = await inputsOf(ref);
    expect(initial).toMatchObject({ title: "Acme Corp", amount: "20000 USD", expectedCloseAt: "", probability: "" });
    const reply = await h.submit(AMY, ref, { ...initial, amount: "25k", expectedCloseAt: "2026-12-20", probability: "60" });
    expect(textOf(reply)).toMatch(/Deal #1 updated: Amount, Expected close, Win probability \(\$25,000\)/u);
    const after = await dealRow(h, 1);
    expect(after).toMatchObject({ amountMinor: 2_500_000n, currency: "USD", probability: 60, title: "Acme Corp" });
    // 20 December as a calendar day: noon UTC, the same day in every zone.
    expect(after.expectedCloseAt?.toISOString()).toBe("2026-12-20T12:00:00.000Z");
    expect(await inputsOf(`edit-deal:${after.id}:${after.version}`)).toMatchObject({ expectedCloseAt: "2026-12-20", probability: "60" });
    // Clearing a date clears it.
    await h.submit(AMY, `edit-deal:${after.id}:${after.version}`, { ...initial, amount: "25k", expectedCloseAt: "", probability: "60" });
    expect((await dealRow(h, 1)).expectedCloseAt).toBeNull();
  });

  it("does not overwrite a deal changed after the form was opened: the editor is told what changed and by whom", async () => {
    const ref = await editButtonValue();
    const initial = await inputsOf(ref);
    await h.say(BOSS, "deal 1 amount 30k"); // the admin changes it meanwhile
    const reply = await h.submit(AMY, ref, { ...initial, title: "Acme rollout" });
    const text = textOf(reply);
    expect(text).toContain("was changed after you opened the form, so nothing was saved");
    expect(text).toMatch(/王经理.*\n.*\$20,000 → \$30,000/u);
    expect(await dealRow(h, 1)).toMatchObject({ title: "Acme Corp", amountMinor: 3_000_000n });
  });

  it("is validated again on submit, and refused to someone who may not change the deal", async () => {
    const ref = await editButtonValue();
    const initial = await inputsOf(ref);
    expect(textOf(await h.submit(AMY, ref, { ...initial, expectedCloseAt: "2026-02-30" }))).toContain("expectedCloseAt");
    expect(textOf(await h.submit(AMY, ref, { ...initial, probability: "150" }))).toContain("probability");
    expect(textOf(await h.submit(LI, ref, { ...initial, title: "mine now" }))).toMatch(/没有权限|permission/u);
    expect((await dealRow(h, 1)).title).toBe("Acme Corp");
  });

  it("on a channel without forms, the Edit button asks one field at a time (forms/guided-edit.ts)", async () => {
    const shown = await h.say(AMY, "deal show 1");
    expect(buttonsOf(shown.replies.find((r) => r.card)!.card!).some((b) => b.actionId === "form.open")).toBe(true);
    const reply = await h.press(
      AMY,
      button(shown, (b) => b.actionId === "form.open"),
    );
    expect(textOf(reply)).toContain("Edit deal #1");
    expect(textOf(reply)).toContain("3. Expected close: —");
  });
});
