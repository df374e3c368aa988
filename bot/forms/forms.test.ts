import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, createHarnessWithPeople, type Harness, type Person, LI, textOf } from "../../test/bot-harness.js";
import { renderPlainText } from "../../cards/render-plain-text.js";
import { findForm } from "./registry.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithPeople();
  await h.say(AMY, "company add Acme Corp B");
});
afterEach(async () => h.close());

describe("forms (card.submit)", () => {
  it("new-deal creates the deal with the typed amount and chosen stage, once per event id", async () => {
    const reply = await h.submit(AMY, "new-deal", { company: "Acme Corp", amount: "$1.5m", stage: "negotiation" }, { eventId: "sub-1" });
    expect(textOf(reply)).toContain("New deal #1");
    const deal = await h.t.db.deal.findFirstOrThrow({ include: { stage: true } });
    expect([deal.amountMinor, deal.currency, deal.stage.key]).toEqual([150_000_000n, "USD", "negotiation"]);
    expect((await h.submit(AMY, "new-deal", { company: "Acme Corp", amount: "$1.5m" }, { eventId: "sub-1" })).duplicate).toBe(true);
    expect(await h.t.db.deal.count()).toBe(1);
  });

  it("re-validates what the channel sent and writes nothing on a bad value", async () => {
    const audits = await h.t.db.auditLog.count();
    expect(textOf(await h.submit(AMY, "new-deal", { company: "", amount: "lots" }))).toMatch(/company: Required|amount/);
    // Over the event schema's 4,000 characters per value: refused before any form code runs.
    expect(textOf(await h.submit(AMY, "log-call", { summary: "x".repeat(5000) }))).toContain("summary");
    expect(textOf(await h.submit(AMY, "log-call", { summary: "   " }))).toContain("summary: Required");
    expect(textOf(await h.submit(AMY, "nope", {}))).toContain("no longer exists");
    expect(textOf(await h.submit(AMY, "new-deal", { company: "Nobody Inc" }))).toContain("Nobody Inc");
    expect(await h.t.db.auditLog.count()).toBe(audits);
  });

  it("log-call runs the sentence log flow on the notes, for the named company", async () => {
    const reply = await h.submit(LI, "log-call", { company: "Acme Corp", summary: "通了电话，下周二给报价" });
    expect(textOf(reply)).toContain("Acme Corp");
    const activity = await h.t.db.activity.findFirstOrThrow({ include: { company: true } });
    expect(activity.company?.name).toBe("Acme Corp");
    expect(activity.summary).toBe("通了电话，下周二给报价");
    expect(await h.t.db.followUp.count()).toBe(1);
  });

  it("validate() is pure and names the failing inputs in the user's language", () => {
    const form = findForm("new-deal")!;
    expect(form.validate({ company: "Acme", amount: "200k" }, "en")).toEqual({});
    expect(findForm("log-call")!.validate({ summary: "x".repeat(4001) }, "en")).toEqual({ summary: "Too long" });
    expect(form.validate({ company: " ", amount: "abc" }, "zh")).toEqual({ company: "必填", amount: "看不懂这个金额，例如 20万、200k" });
  });

  it("the home card lists the user's open deals and follow-ups with form buttons", async () => {
    await h.say(AMY, "log called Acme Corp, they want a quote next Tuesday, budget 200k");
    const reply = await h.press(AMY, { actionId: "home.show", value: "open" });
    const card = reply.replies[0]?.card;
    expect(card).toBeDefined();
    const text = renderPlainText(card!).text;
    expect(text).toContain("#1 Acme Corp · Proposal · $200,000");
    expect(text).toContain("Send quote to Acme Corp");
    expect(text).toContain("Log call");
  });
});
