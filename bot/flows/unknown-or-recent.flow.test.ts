import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buttonsOf } from "../../cards/model.js";
import { AMY, createHarnessWithCompanies, type Harness, textOf } from "../../test/bot-harness.js";

// Found in a new-user run: "ping Lucius re: security questionnaire in 2 wks", right after a note on
// Wayne Enterprises, only offered to create a customer called Lucius.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(async () => h.close());

describe("an unknown name right after a log offers the customer just logged too", () => {
  it("the customer just logged is a button beside 'create'; pressing it logs there", async () => {
    await h.say(AMY, "called Acme Corp, Lucius wants a security review");
    const asked = await h.say(AMY, "ping Lucius re: security questionnaire in 2 wks");
    const labels = buttonsOf(asked.replies[0]!.card!).map((b) => b.label);
    expect(labels.some((l) => l.includes("Lucius"))).toBe(true);
    expect(labels).toContain("Acme Corp");
    await h.press(AMY, buttonsOf(asked.replies[0]!.card!).find((b) => b.label === "Acme Corp")!);
    // a task for later: its follow-up, holding the message
    const last = await h.t.db.followUp.findFirstOrThrow({ orderBy: { createdAt: "desc" }, include: { company: true } });
    expect(last.company?.name).toBe("Acme Corp");
    expect(last.title).toContain("security questionnaire");
    expect(await h.t.db.company.count({ where: { name: "Lucius" } })).toBe(0);
  });

  it("with nothing logged lately, only 'create' is offered, and 'ok' answers it", async () => {
    const asked = await h.say(AMY, "ping Lucius re: security questionnaire in 2 wks");
    expect(
      buttonsOf(asked.replies[0]!.card!)
        .map((b) => b.label)
        .filter((l) => l.includes("Acme")),
    ).toEqual([]);
    expect(textOf(await h.say(AMY, "ok"))).toMatch(/To-do with Lucius/);
    expect(await h.t.db.company.count({ where: { name: "Lucius" } })).toBe(1);
  });
});
