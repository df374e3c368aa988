import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";

// NOW is Wednesday 2026-11-25 10:00 in Shanghai (02:00 UTC).
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(async () => h.close());

const localDay = (d: Date) => d.toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 10);

// Probe 58: a customer's reply about a quote, forwarded by the rep, was raised as a support ticket.
describe("a forwarded e-mail about the sale is logged as an e-mail, not raised as a ticket", () => {
  it("a reply about the quote: the e-mail, its figure and the day they answer by", async () => {
    const text = [
      "Fwd: RE: 2027 renewal quote",
      "",
      "> Hi Amy,",
      "> Thanks for the updated quote of $145,000. We need to review it internally and will get back to you by Dec 4.",
      "> Regards,",
      "> Mark Chen | Procurement Lead | Acme Corp",
    ].join("\n");
    await h.say(AMY, text);
    expect(await h.t.db.ticket.count()).toBe(0);
    const activities = await h.t.db.activity.findMany({ include: { company: true } });
    expect(activities.map((a) => [a.kind, a.company?.name])).toEqual([["email", "Acme Corp"]]);
    const followUps = await h.t.db.followUp.findMany();
    expect(followUps.map((f) => localDay(f.dueAt))).toEqual(["2026-12-04"]);
    // (their thanks for the quote asks for no quote to be sent)
    expect(followUps[0]?.title).toMatch(/^Follow up with Acme Corp/u);
    expect((await h.t.db.deal.findMany()).map((d) => d.amountMinor)).toEqual([14_500_000n]);
  });

  it("转发：华为的续约报价回复", async () => {
    await h.say(LI, "转发：华为王总回复：报价收到了，合同我们下周一内部过一下");
    expect(await h.t.db.ticket.count()).toBe(0);
    expect((await h.t.db.activity.findMany()).map((a) => a.kind)).toEqual(["email"]);
  });

  it("a forwarded problem is still a ticket", async () => {
    const reply = textOf(await h.say(LI, "> 华为张总：你们的系统一直报错，登录不了，合同续约的事先放一放"));
    expect(await h.t.db.ticket.count()).toBe(1);
    expect(await h.t.db.activity.count()).toBe(0);
    expect(reply).toContain("T1");
  });
});

describe("a forwarded out-of-office reply", () => {
  it("is the e-mail, followed up when they are back, never a ticket", async () => {
    const text = [
      "Fwd: Automatic reply: Renewal docs",
      "",
      "Thank you for your email. I am out of the office until Monday, November 30th with limited access to email. For urgent matters please contact ops@acme.com.",
      "--",
      "Acme Corp | Strategic Sourcing",
      "",
      "fyi will follow up when he's back",
    ].join("\n");
    await h.say(AMY, text);
    expect(await h.t.db.ticket.count()).toBe(0);
    const activities = await h.t.db.activity.findMany({ include: { company: true } });
    expect(activities.map((a) => [a.kind, a.company?.name])).toEqual([["email", "Acme Corp"]]);
    expect((await h.t.db.followUp.findMany()).map((f) => localDay(f.dueAt))).toEqual(["2026-11-30"]);
  });
});
