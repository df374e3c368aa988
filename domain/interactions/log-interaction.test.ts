import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { caught } from "../../test/caught.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { createDomain, type Domain } from "../index.js";
import type { Actor } from "../shared/actor.js";
import { fixedClock } from "../shared/clock.js";

let t: TestDb;
let d: Domain;
let rep: Actor;
let other: Actor;
const at = new Date("2026-11-25T02:00:00Z");
const call = { kind: "call" as const, summary: "called them about pricing", occurredAt: at };

beforeEach(async () => {
  t = await createTestDb();
  d = createDomain(t.db, fixedClock(at));
  rep = await createActor(t.db, "Li Lei", "rep", "East");
  other = await createActor(t.db, "Han Meimei", "rep", "West");
});
afterEach(async () => t.close());

describe("log an interaction", () => {
  it("creates the named company, a deal for the amount, the activity and the follow-up, each audited", async () => {
    const logged = await d.interactions.log(rep, {
      company: { create: "Acme Robotics" },
      activity: call,
      deal: { amount: { minor: 20_000_000, currency: "CNY" }, stageKey: "proposal", apply: true },
      followUp: { dueAt: new Date("2026-11-30T07:00:00Z"), title: (name) => `Send quote to ${name}` },
    });
    expect(logged.companyCreated).toBe(true);
    expect(logged.createdDeal).toMatchObject({ amountMinor: 20_000_000n, currency: "CNY" });
    expect(logged.followUp?.title).toBe("Send quote to Acme Robotics");
    const deal = await t.db.deal.findUniqueOrThrow({ where: { id: logged.dealId! }, include: { stage: true } });
    expect(deal.stage.key).toBe("proposal");
    const activity = await t.db.activity.findUniqueOrThrow({ where: { id: logged.activity!.id } });
    expect(activity).toMatchObject({ kind: "call", companyId: logged.company.id, dealId: deal.id, occurredAt: at });
    const audited = await t.db.auditLog.findMany({ select: { entityType: true } });
    expect(new Set(audited.map((a) => a.entityType))).toEqual(new Set(["company", "deal", "activity", "followup"]));
  });

  it("changes the rep's own deal and reports old → new", async () => {
    const company = await d.companies.create(rep, { name: "Globex" });
    const deal = await d.deals.create(rep, { companyId: company.id, amountMinor: 100_000, currency: "CNY" });
    const logged = await d.interactions.log(rep, {
      company: { id: company.id },
      dealId: deal.id,
      activity: call,
      deal: { amount: { minor: 300_000, currency: "CNY" }, apply: true },
    });
    expect(logged.dealChanged).toBe(true);
    expect(logged.dealChange?.amount).toEqual({ from: { minor: 100_000n, currency: "CNY" }, to: { minor: 300_000, currency: "CNY" } });
    expect((await t.db.deal.findUniqueOrThrow({ where: { id: deal.id } })).amountMinor).toBe(300_000n);
  });

  it("logs on a deal of another team's rep without changing it when asked to skip or not allowed", async () => {
    const company = await d.companies.create(other, { name: "Initech" });
    const deal = await d.deals.create(other, { companyId: company.id, amountMinor: 100_000, currency: "CNY" });
    const skipped = await d.interactions.log(other, {
      company: { id: company.id },
      dealId: deal.id,
      activity: call,
      deal: { amount: { minor: 900_000, currency: "CNY" }, apply: false },
    });
    expect(skipped.dealChange).toBeNull();
    expect((await t.db.deal.findUniqueOrThrow({ where: { id: deal.id } })).amountMinor).toBe(100_000n);
    const admin = await createActor(t.db, "Boss", "admin");
    const plan = await d.interactions.planDealChange(rep, deal.id, { amount: { minor: 900_000, currency: "CNY" } });
    expect(plan.mayChange).toBe(false);
    // A sentence changes only the writer's own deal, an admin's too (docs/commands.md): the owner's plan may change it.
    expect((await d.interactions.planDealChange(admin, deal.id, { amount: { minor: 900_000, currency: "CNY" } })).mayChange).toBe(false);
    expect((await d.interactions.planDealChange(other, deal.id, { amount: { minor: 900_000, currency: "CNY" } })).mayChange).toBe(true);
  });

  it("writes nothing when a part fails", async () => {
    const before = await t.db.company.count();
    const error = await caught(
      d.interactions.log(rep, {
        company: { create: "Umbrella" },
        activity: call,
        deal: { amount: { minor: 5_000, currency: "CNY" }, apply: true },
        // An empty title is refused by the follow-up schema, after company and deal were written.
        followUp: { dueAt: new Date("2026-11-30T07:00:00Z"), title: () => "" },
      }),
    );
    expect(error).toBeInstanceOf(Error);
    expect(await t.db.company.count()).toBe(before);
    expect(await t.db.deal.count()).toBe(0);
    expect(await t.db.activity.count()).toBe(0);
  });

  it("an amount whose currency was only guessed from the language keeps the deal's currency", async () => {
    const company = await d.companies.create(rep, { name: "Globex" });
    const usd = await d.deals.create(rep, { companyId: company.id, amountMinor: 25_000_000, currency: "USD" });
    const guessed = { minor: 30_000_000, currency: "CNY", currencyImplied: true };
    const logged = await d.interactions.log(rep, { company: { id: company.id }, dealId: usd.id, activity: call, deal: { amount: guessed, apply: true } });
    expect(logged.dealChange?.amount?.to).toEqual({ minor: 30_000_000, currency: "USD" });
    expect(await t.db.deal.findUniqueOrThrow({ where: { id: usd.id } })).toMatchObject({ amountMinor: 30_000_000n, currency: "USD" });
    // Yen have no minor unit: 300,000 guessed as yuan (cents) is 300,000 yen.
    const jpy = await d.deals.create(rep, { companyId: company.id, amountMinor: 100_000, currency: "JPY" });
    expect((await d.interactions.planDealChange(rep, jpy.id, { amount: guessed })).amount?.to).toEqual({ minor: 300_000, currency: "JPY" });
    // A named currency is what the rep said.
    const named = { minor: 30_000_000, currency: "CNY" };
    expect((await d.interactions.planDealChange(rep, usd.id, { amount: named })).amount?.to).toEqual(named);
  });
});
