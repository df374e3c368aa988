import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, LI, type Harness, type Person, buttons, createHarnessWithCompanies, textOf } from "../../test/bot-harness.js";

// Typing a button's words while its question is open presses it (on channels where buttons are
// text people type what they read); anything else stays a message of its own.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(() => h.close());

describe("a button's words typed", () => {
  it.each([
    [LI, "华为反馈系统登录不了，很着急", "新建工单"],
    [AMY, "Acme Corp says the app keeps crashing, they are upset", "Open a ticket"],
    [AMY, "Acme Corp says the app keeps crashing, they are upset", "open a ticket."],
  ] as [Person, string, string][])("%s: %s, then %s", async (who, problem, typed) => {
    const offer = await h.say(who, problem);
    expect(buttons(offer).map((b) => b.label.toLowerCase())).toContain(typed.toLowerCase().replace(/\.$/u, ""));
    await h.say(who, typed);
    expect(await h.t.db.ticket.count()).toBe(1);
  });

  it("'None of these' typed closes the question and writes nothing", async () => {
    await h.say(AMY, "emailed Initech the deck");
    const activities = await h.t.db.activity.count();
    const reply = await h.say(AMY, "None of these");
    expect(await h.t.db.activity.count()).toBe(activities);
    expect(await h.t.db.company.count({ where: { name: "Initech" } })).toBe(0);
    expect(textOf(reply)).not.toMatch(/could not find/u);
  });

  it("words that are no button's stay a message", async () => {
    await h.say(LI, "华为反馈系统登录不了，很着急");
    await h.say(LI, "新建一个工单吧");
    expect(await h.t.db.ticket.count()).toBe(0);
  });
});
