import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttons, textOf } from "../bot-harness.js";
import { CAST, createRbacWorld, type RbacWorld } from "./rbac-cast.js";

let w: RbacWorld;
beforeAll(async () => {
  w = await createRbacWorld();
});
afterAll(() => w.h.close());

// Button values carry record ids only; every handler looks the record up and checks the presser's
// rights, so a value copied from someone else's card (or typed by hand) cannot act on their record.
describe("forged card action values", () => {
  it("another team's rep replaying li's 'Mark won' value is refused and the deal stays", async () => {
    const deal = await w.h.t.db.deal.findUniqueOrThrow({ where: { id: w.dealId } });
    const reply = await w.h.press(CAST.bob, { actionId: "deal.move-stage", value: `${w.dealId}:won:${deal.version}` });
    expect(textOf(reply)).toContain("don't have permission");
    expect(await w.h.t.db.deal.findUniqueOrThrow({ where: { id: w.dealId } })).toMatchObject({ stageId: deal.stageId, version: deal.version });
  });

  it("a teammate rep cannot complete li's follow-up by its id", async () => {
    expect(textOf(await w.h.press(CAST.amy, { actionId: "followup.done", value: w.followUpId }))).toContain("don't have permission");
    expect((await w.h.t.db.followUp.findUniqueOrThrow({ where: { id: w.followUpId } })).done).toBe(false);
  });

  it("answering someone else's pending question with its id does nothing and leaves it for its owner", async () => {
    const asked = await w.h.say(CAST.li, "called Globex Industries about pricing");
    const value = buttons(asked).find((b) => b.actionId === "pending.choose")!.value;
    const before = await w.h.t.db.activity.count();
    expect(textOf(await w.h.press(CAST.bob, { actionId: "pending.choose", value }))).toMatch(/no longer valid|expired/i);
    expect(await w.h.t.db.activity.count()).toBe(before);
    const pendingId = value.split(":")[0]!;
    expect((await w.h.t.db.pendingAction.findUniqueOrThrow({ where: { id: pendingId } })).consumedAt).toBeNull();
  });

  it("a non-admin cannot confirm an admin's erase request, and the request stays usable by the admin only once", async () => {
    const asked = await w.h.say(CAST.boss, "contact erase Zhang");
    const yes = buttons(asked).find((b) => b.actionId === "privacy.confirm" && b.value.endsWith(":yes"))!;
    expect(textOf(await w.h.press(CAST.mia, yes))).toContain("Only an admin");
    expect(textOf(await w.h.press(CAST.boss, { actionId: "privacy.confirm", value: yes.value.replace(/:yes$/, ":no") }))).toContain("Cancelled");
    expect(textOf(await w.h.press(CAST.boss, yes))).toMatch(/expired|already used/);
    expect((await w.h.t.db.contact.findUniqueOrThrow({ where: { id: w.contactId } })).erasedAt).toBeNull();
  });

  it.each([
    ["deal.move-stage", "'; DROP TABLE Deal;--:won:0"],
    ["deal.move-stage", `${"x".repeat(1500)}:won:1`],
    ["deal.show", "nonexistent-id"],
    ["followup.done", '{"id":1}'],
    ["privacy.confirm", "../../etc/passwd:yes"],
    ["pending.choose", "::::"],
    ["no.such-action", "x"],
  ])("garbage value for %s gets a clear answer and changes nothing", async (actionId, value) => {
    const audits = await w.h.t.db.auditLog.count();
    const reply = await w.h.press(CAST.bob, { actionId, value });
    expect(textOf(reply).length).toBeGreaterThan(0);
    expect(textOf(reply)).not.toMatch(/something went wrong/i);
    expect(await w.h.t.db.auditLog.count()).toBe(audits);
    expect(w.h.errors).toEqual([]);
  });
});
