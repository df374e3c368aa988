import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { createDomain, type Domain } from "../index.js";
import type { Actor } from "../shared/actor.js";
import { fixedClock } from "../shared/clock.js";
import { AmbiguousError, ConflictError, InvalidInputError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { caught } from "../../test/caught.js";

const NOW = new Date("2026-11-25T02:00:00Z");
const HOUR = 3_600_000;

let t: TestDb;
let d: Domain;
let clock: ReturnType<typeof fixedClock>;
let rep: Actor;
let company: { id: string; name: string };

beforeEach(async () => {
  t = await createTestDb();
  clock = fixedClock(NOW);
  d = createDomain(t.db, clock);
  rep = await createActor(t.db, "Li Lei", "rep", "North");
  company = await d.companies.create(rep, { name: "Acme Corp" });
});
afterEach(async () => t.close());

/** Everything a failed mutation must leave untouched. */
async function snapshot(dealId: string) {
  return {
    deal: await t.db.deal.findUniqueOrThrow({ where: { id: dealId } }),
    changes: await t.db.dealStageChange.count({ where: { dealId } }),
    audit: await t.db.auditLog.count({ where: { entityType: "deal" } }),
  };
}

describe("create", () => {
  it("numbers deals, starts in lead, records the first stage and an audit row", async () => {
    const first = await d.deals.create(rep, { companyId: company.id, amountMinor: 20_000_000 });
    const second = await d.deals.create(rep, { companyId: company.id, title: "Renewal", currency: "usd" });
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(first).toMatchObject({
      title: "Acme Corp",
      ownerId: rep.userId,
      teamId: rep.teamId,
      amountMinor: 20_000_000n,
      currency: "CNY",
      version: 0,
      closedAt: null,
    });
    expect(first.stage.key).toBe("lead");
    expect(second).toMatchObject({ title: "Renewal", currency: "USD", amountMinor: 0n });
    const changes = await t.db.dealStageChange.findMany({ where: { dealId: first.id } });
    expect(changes.map((c) => [c.fromStageId, c.toStageId, c.changedById, c.changedAt.toISOString()])).toEqual([
      [null, "stage_lead", rep.userId, NOW.toISOString()],
    ]);
    const audit = await t.db.auditLog.findMany({ where: { entityType: "deal", entityId: first.id } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["deal.create", rep.userId]]);
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ number: 1, amountMinor: "20000000", stageId: "stage_lead" });
  });

  it("sets closedAt when created directly in won", async () => {
    const deal = await d.deals.create(rep, { companyId: company.id, stageKey: "赢单" });
    expect(deal.stage.key).toBe("won");
    expect(deal.closedAt).toEqual(NOW);
  });

  it("refuses a rep creating a deal owned by someone else, writing nothing", async () => {
    const other = await createActor(t.db, "Han Meimei", "rep", "North");
    const error = await caught(d.deals.create(rep, { companyId: company.id, ownerId: other.userId }));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(await t.db.deal.count()).toBe(0);
    expect(await t.db.auditLog.count({ where: { entityType: "deal" } })).toBe(0);
  });

  it("rejects a negative amount and an unknown company", async () => {
    expect(await caught(d.deals.create(rep, { companyId: company.id, amountMinor: -1 }))).toBeInstanceOf(InvalidInputError);
    expect(await caught(d.deals.create(rep, { companyId: "missing" }))).toBeInstanceOf(NotFoundError);
    expect(await t.db.deal.count()).toBe(0);
  });
});

describe("move", () => {
  it("keeps stage history, bumps the version and audits before/after", async () => {
    const deal = await d.deals.create(rep, { companyId: company.id });
    clock.advance(HOUR);
    const moved = await d.deals.move(rep, deal.id, "报价");
    expect(moved.stage.key).toBe("proposal");
    expect(moved.version).toBe(1);
    expect(moved.closedAt).toBeNull();
    const changes = await t.db.dealStageChange.findMany({ where: { dealId: deal.id }, orderBy: { changedAt: "asc" } });
    expect(changes.map((c) => [c.fromStageId, c.toStageId, c.changedAt.getTime()])).toEqual([
      [null, "stage_lead", NOW.getTime()],
      ["stage_lead", "stage_proposal", NOW.getTime() + HOUR],
    ]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "deal.move", entityId: deal.id } });
    expect(audit.actorId).toBe(rep.userId);
    expect(JSON.parse(audit.before!)).toMatchObject({ stageId: "stage_lead", version: 0 });
    expect(JSON.parse(audit.after!)).toMatchObject({ stageId: "stage_proposal", version: 1 });
  });

  it("sets closedAt on won/lost and clears it when reopened", async () => {
    const deal = await d.deals.create(rep, { companyId: company.id });
    clock.advance(HOUR);
    const won = await d.deals.move(rep, deal.id, "won");
    expect(won.closedAt).toEqual(new Date(NOW.getTime() + HOUR));
    clock.advance(HOUR);
    const lost = await d.deals.move(rep, deal.id, "Lost");
    expect(lost.closedAt).toEqual(new Date(NOW.getTime() + 2 * HOUR));
    const reopened = await d.deals.move(rep, deal.id, "negotiation");
    expect(reopened.closedAt).toBeNull();
    expect(reopened.version).toBe(3);
  });

  it("treats a move to the current stage as a no-op", async () => {
    const deal = await d.deals.create(rep, { companyId: company.id });
    const before = await snapshot(deal.id);
    const same = await d.deals.move(rep, deal.id, "线索");
    expect(same.version).toBe(0);
    expect(await snapshot(deal.id)).toEqual(before);
  });

  it("rejects a stale expectedVersion with ConflictError and changes nothing", async () => {
    const deal = await d.deals.create(rep, { companyId: company.id });
    await d.deals.move(rep, deal.id, "qualified", 0);
    const before = await snapshot(deal.id);
    const error = await caught(d.deals.move(rep, deal.id, "proposal", 0));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).entityId).toBe(deal.id);
    expect(await snapshot(deal.id)).toEqual(before);
    expect(before.deal).toMatchObject({ stageId: "stage_qualified", version: 1 });
  });

  it("rejects an unknown stage", async () => {
    const deal = await d.deals.create(rep, { companyId: company.id });
    const error = await caught(d.deals.move(rep, deal.id, "dreaming"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).entity).toBe("stage");
  });
});

describe("permissions", () => {
  it("denies another rep moving or updating the deal, writing nothing", async () => {
    const deal = await d.deals.create(rep, { companyId: company.id });
    const teammate = await createActor(t.db, "Han Meimei", "rep", "North");
    const before = await snapshot(deal.id);
    const moveError = await caught(d.deals.move(teammate, deal.id, "proposal"));
    expect(moveError).toBeInstanceOf(PermissionDeniedError);
    expect((moveError as PermissionDeniedError).action).toBe("move");
    const updateError = await caught(d.deals.update(teammate, deal.id, { amountMinor: 1 }));
    expect(updateError).toBeInstanceOf(PermissionDeniedError);
    expect(await snapshot(deal.id)).toEqual(before);
  });

  it("lets a manager of the same team and an admin move it, but not a manager of another team", async () => {
    const deal = await d.deals.create(rep, { companyId: company.id });
    const northManager = await createActor(t.db, "Boss North", "manager", "North");
    const southManager = await createActor(t.db, "Boss South", "manager", "South");
    const admin = await createActor(t.db, "Root", "admin");
    expect(await caught(d.deals.move(southManager, deal.id, "proposal"))).toBeInstanceOf(PermissionDeniedError);
    clock.advance(HOUR);
    expect((await d.deals.move(northManager, deal.id, "proposal")).stage.key).toBe("proposal");
    clock.advance(HOUR);
    expect((await d.deals.move(admin, deal.id, "won")).stage.key).toBe("won");
    const changes = await t.db.dealStageChange.findMany({ where: { dealId: deal.id }, orderBy: { changedAt: "asc" } });
    expect(changes.map((c) => c.changedById)).toEqual([rep.userId, northManager.userId, admin.userId]);
    const audit = await t.db.auditLog.findMany({ where: { action: "deal.move" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.actorId).sort()).toEqual([northManager.userId, admin.userId].sort());
  });
});

describe("findByRef", () => {
  const byName = (name: string) => d.companies.findByName(name);

  it("finds by number in several spellings", async () => {
    for (let i = 0; i < 3; i++) await d.deals.create(rep, { companyId: company.id, title: `Deal ${i + 1}` });
    for (const ref of ["#3", "3", " D3 ", "d-3"]) expect((await d.deals.findByRef(ref, byName)).title).toBe("Deal 3");
    expect(await caught(d.deals.findByRef("#99", byName))).toBeInstanceOf(NotFoundError);
  });

  it("finds the single open deal of a company, and asks when there are two", async () => {
    const first = await d.deals.create(rep, { companyId: company.id, title: "Platform" });
    const closed = await d.deals.create(rep, { companyId: company.id, title: "Old" });
    await d.deals.move(rep, closed.id, "lost");
    expect((await d.deals.findByRef("Acme", byName)).id).toBe(first.id);
    const second = await d.deals.create(rep, { companyId: company.id, title: "Support" });
    const error = await caught(d.deals.findByRef("Acme Corp", byName));
    expect(error).toBeInstanceOf(AmbiguousError);
    expect((error as AmbiguousError).candidates.map((c) => c.id).sort()).toEqual([first.id, second.id].sort());
    expect((error as AmbiguousError).candidates.map((c) => c.label)).toContain("#1 Platform (线索/Lead)");
  });

  it("throws NotFoundError for a company without open deals", async () => {
    const error = await caught(d.deals.findByRef("Acme", byName));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).entity).toBe("deal");
  });
});

describe("update", () => {
  it("stores a large BigInt amount exactly, bumps the version and audits", async () => {
    const deal = await d.deals.create(rep, { companyId: company.id, amountMinor: 100 });
    const updated = await d.deals.update(rep, deal.id, { amountMinor: 123456789012, title: "Big one" });
    expect(updated.amountMinor).toBe(123456789012n);
    expect(updated.version).toBe(1);
    const raw = await t.db.$queryRaw<{ amount: string }[]>`SELECT CAST("amountMinor" AS TEXT) AS amount FROM "Deal" WHERE id = ${deal.id}`;
    expect(raw[0]?.amount).toBe("123456789012");
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "deal.update", entityId: deal.id } });
    expect(audit.actorId).toBe(rep.userId);
    expect(JSON.parse(audit.before!)).toMatchObject({ amountMinor: "100", title: "Acme Corp" });
    expect(JSON.parse(audit.after!)).toMatchObject({ amountMinor: "123456789012", title: "Big one" });
  });

  it("rejects a bad currency and writes nothing", async () => {
    const deal = await d.deals.create(rep, { companyId: company.id });
    const before = await snapshot(deal.id);
    const error = await caught(d.deals.update(rep, deal.id, { currency: "dollars" }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).field).toBe("currency");
    expect(await snapshot(deal.id)).toEqual(before);
  });
});
