import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { createDomain, type Domain } from "../index.js";
import type { Actor } from "../shared/actor.js";
import { fixedClock } from "../shared/clock.js";
import { PermissionDeniedError } from "../shared/errors.js";
import type { PipelineScope, PipelineSummary } from "./pipeline-summary.service.js";
import { caught } from "../../test/caught.js";

let t: TestDb;
let d: Domain;
let repA: Actor;
let repB: Actor;
let repSouth: Actor;
let managerNorth: Actor;
let managerSouth: Actor;
let admin: Actor;

beforeEach(async () => {
  t = await createTestDb();
  d = createDomain(t.db, fixedClock(new Date("2026-11-25T02:00:00Z")));
  repA = await createActor(t.db, "Li Lei", "rep", "North");
  repB = await createActor(t.db, "Han Meimei", "rep", "North");
  repSouth = await createActor(t.db, "Wang Wu", "rep", "South");
  managerNorth = await createActor(t.db, "Boss North", "manager", "North");
  managerSouth = await createActor(t.db, "Boss South", "manager", "South");
  admin = await createActor(t.db, "Root", "admin");
  const companyId = (await d.companies.create(repA, { name: "Acme Corp" })).id;
  // Another team's customer is not written on by North (one write rule), so South sells to its own.
  const southCompanyId = (await d.companies.create(repSouth, { name: "Southwind" })).id;
  const deal = (actor: Actor, stageKey: string, amountMinor: number, currency = "CNY") =>
    d.deals.create(actor, { companyId: actor.teamId === repSouth.teamId ? southCompanyId : companyId, stageKey, amountMinor, currency });
  await deal(repA, "lead", 100);
  await deal(repA, "lead", 200);
  await deal(repA, "proposal", 50, "USD");
  await deal(repA, "won", 1000);
  await deal(repA, "lost", 7);
  await deal(repB, "lead", 10);
  await deal(repB, "negotiation", 30, "EUR");
  await deal(repSouth, "qualified", 123_456_789_012);
});
afterEach(async () => t.close());

/** stageKey → [count, amounts] for the non-empty stages. */
function byStage(summary: PipelineSummary) {
  return Object.fromEntries(summary.stages.filter((s) => s.count > 0).map((s) => [s.stageKey, [s.count, s.amounts]]));
}

describe("summarize", () => {
  it("totals one owner's deals per stage and currency", async () => {
    const summary = await d.pipeline.summarize(repA, { kind: "owner", ownerId: repA.userId });
    expect(summary.stages.map((s) => s.stageKey)).toEqual(["lead", "qualified", "proposal", "negotiation", "won", "lost"]);
    expect(summary.stages[0]).toMatchObject({ nameZh: "线索", nameEn: "Lead", kind: "open" });
    expect(byStage(summary)).toEqual({
      lead: [2, { CNY: 300 }],
      proposal: [1, { USD: 50 }],
      won: [1, { CNY: 1000 }],
      lost: [1, { CNY: 7 }],
    });
    expect(summary.openCount).toBe(3);
    expect(summary.openAmounts).toEqual({ CNY: 300, USD: 50 });
  });

  it("totals a team and leaves out other teams", async () => {
    const summary = await d.pipeline.summarize(managerNorth, { kind: "team", teamId: managerNorth.teamId! });
    expect(byStage(summary)).toEqual({
      lead: [3, { CNY: 310 }],
      proposal: [1, { USD: 50 }],
      negotiation: [1, { EUR: 30 }],
      won: [1, { CNY: 1000 }],
      lost: [1, { CNY: 7 }],
    });
    expect(summary.openCount).toBe(5);
    expect(summary.openAmounts).toEqual({ CNY: 310, USD: 50, EUR: 30 });
  });

  it("totals everything for an admin, excluding won/lost from the open totals", async () => {
    const summary = await d.pipeline.summarize(admin);
    expect(summary.scope).toEqual({ kind: "all" });
    expect(byStage(summary)).toMatchObject({ qualified: [1, { CNY: 123_456_789_012 }], lead: [3, { CNY: 310 }] });
    expect(summary.stages.reduce((n, s) => n + s.count, 0)).toBe(8);
    expect(summary.openCount).toBe(6);
    expect(summary.openAmounts).toEqual({ CNY: 123_456_789_322, USD: 50, EUR: 30 });
  });

  it("reflects a deal moving to won", async () => {
    const [negotiation] = await d.deals.list(repB, { ownerId: repB.userId, stageKey: "negotiation" });
    await d.deals.move(repB, negotiation!.id, "won");
    const summary = await d.pipeline.summarize(repB);
    expect(byStage(summary)).toEqual({ lead: [1, { CNY: 10 }], won: [1, { EUR: 30 }] });
    expect(summary.openAmounts).toEqual({ CNY: 10 });
  });
});

describe("scopes and permissions", () => {
  it("picks the widest allowed default scope per role", () => {
    expect(d.pipeline.defaultScope(repA)).toEqual({ kind: "owner", ownerId: repA.userId });
    expect(d.pipeline.defaultScope(managerNorth)).toEqual({ kind: "team", teamId: managerNorth.teamId });
    expect(d.pipeline.defaultScope(admin)).toEqual({ kind: "all" });
  });

  it("denies a rep or manager asking for all", async () => {
    for (const actor of [repA, managerNorth]) {
      const error = await caught(d.pipeline.summarize(actor, { kind: "all" }));
      expect(error).toBeInstanceOf(PermissionDeniedError);
      expect((error as PermissionDeniedError).entity).toBe("deal");
    }
  });

  it("lets a rep see their own team but not another team or a colleague", async () => {
    expect((await d.pipeline.summarize(repA, { kind: "team", teamId: repA.teamId! })).openCount).toBe(5);
    expect(await caught(d.pipeline.summarize(repA, { kind: "team", teamId: repSouth.teamId! }))).toBeInstanceOf(PermissionDeniedError);
    expect(await caught(d.pipeline.summarize(repA, { kind: "owner", ownerId: repB.userId }))).toBeInstanceOf(PermissionDeniedError);
  });

  it("limits a manager to their own team and its members", async () => {
    const denied: PipelineScope[] = [
      { kind: "team", teamId: repSouth.teamId! },
      { kind: "owner", ownerId: repSouth.userId },
    ];
    for (const scope of denied) {
      expect(await caught(d.pipeline.summarize(managerNorth, scope))).toBeInstanceOf(PermissionDeniedError);
    }
    expect((await d.pipeline.summarize(managerNorth, { kind: "owner", ownerId: repB.userId })).openCount).toBe(2);
    expect((await d.pipeline.summarize(managerSouth)).openAmounts).toEqual({ CNY: 123_456_789_012 });
    expect(await caught(d.pipeline.summarize(managerSouth, { kind: "owner", ownerId: "ghost" }))).toBeInstanceOf(PermissionDeniedError);
  });

  it("lets an admin see any team or owner", async () => {
    expect((await d.pipeline.summarize(admin, { kind: "team", teamId: repSouth.teamId! })).openCount).toBe(1);
    expect((await d.pipeline.summarize(admin, { kind: "owner", ownerId: repB.userId })).openAmounts).toEqual({ CNY: 10, EUR: 30 });
  });
});
