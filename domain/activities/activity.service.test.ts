import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { at, createDealFixture, type DealFixture, NOW } from "../../test/deal-fixture.js";
import type { TestDb } from "../../test/test-db.js";
import type { Domain } from "../index.js";
import type { Actor } from "../shared/actor.js";
import { InvalidInputError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { caught } from "../../test/caught.js";
import { failInsertsInto } from "../../test/fail-inserts.js";

let t: TestDb;
let d: Domain;
let clock: DealFixture["clock"];
let rep: Actor;
let companyId: string;
let dealId: string;

beforeEach(async () => {
  ({ t, d, clock, rep, companyId, dealId } = await createDealFixture());
});
afterEach(async () => t.close());

async function state() {
  const deal = await t.db.deal.findUniqueOrThrow({ where: { id: dealId } });
  const company = await t.db.company.findUniqueOrThrow({ where: { id: companyId } });
  return {
    lastActivityAt: deal.lastActivityAt.toISOString(),
    atRisk: deal.atRisk,
    lastInteractionAt: company.lastInteractionAt?.toISOString() ?? null,
    activities: await t.db.activity.count(),
    audit: await t.db.auditLog.count({ where: { entityType: "activity" } }),
  };
}

describe("log", () => {
  it("records the activity on the deal's company, refreshes timestamps, clears atRisk and audits", async () => {
    await t.db.deal.update({ where: { id: dealId }, data: { atRisk: true } });
    clock.set(at(3));
    const activity = await d.activities.log(rep, { kind: "call", summary: " discussed pricing " });
    expect(activity.companyId).toBeNull();
    const onDeal = await d.activities.log(rep, { kind: "meeting", summary: "demo", dealId });
    expect(onDeal).toMatchObject({ kind: "meeting", summary: "demo", companyId, dealId, actorId: rep.userId, channel: "test" });
    expect(onDeal.occurredAt).toEqual(at(3));
    expect(await state()).toEqual({
      lastActivityAt: at(3).toISOString(),
      atRisk: false,
      lastInteractionAt: at(3).toISOString(),
      activities: 2,
      audit: 2,
    });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityType: "activity", entityId: onDeal.id } });
    expect(audit).toMatchObject({ action: "activity.log", actorId: rep.userId, channel: "test" });
    expect(JSON.parse(audit.after!)).toMatchObject({ summary: "demo", dealId });
  });

  it("only moves the timestamps forward", async () => {
    await d.activities.log(rep, { kind: "visit", summary: "site visit", dealId, occurredAt: at(5) });
    await d.activities.log(rep, { kind: "note", summary: "late note about last week", dealId, occurredAt: at(-48) });
    const s = await state();
    expect(s.lastActivityAt).toBe(at(5).toISOString());
    expect(s.lastInteractionAt).toBe(at(5).toISOString());
    expect(s.activities).toBe(2);
    const recent = await d.activities.recent(companyId);
    expect(recent.map((a) => a.summary)).toEqual(["site visit", "late note about last week"]);
  });

  it("finds the company through a contact", async () => {
    const contact = await d.contacts.create(rep, { companyId, name: "张总" });
    const activity = await d.activities.log(rep, { kind: "email", summary: "sent deck", contactId: contact.id, occurredAt: at(1) });
    expect(activity).toMatchObject({ companyId, contactId: contact.id, dealId: null });
    expect((await state()).lastInteractionAt).toBe(at(1).toISOString());
    expect((await state()).lastActivityAt).toBe(NOW.toISOString());
  });

  it("writes nothing for an invalid kind", async () => {
    const before = await state();
    const error = await caught(d.activities.log(rep, { kind: "fax" as "call", summary: "x", dealId, occurredAt: at(1) }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).field).toBe("kind");
    expect(await state()).toEqual(before);
  });

  it("rejects an unknown contact with NotFoundError after the deal refresh, rolling that back", async () => {
    await t.db.deal.update({ where: { id: dealId }, data: { atRisk: true } });
    const before = await state();
    const error = await caught(d.activities.log(rep, { kind: "call", summary: "x", dealId, contactId: "no-such-contact", occurredAt: at(1) }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).entity).toBe("contact");
    expect(await state()).toEqual(before);
    expect(before.atRisk).toBe(true);
  });

  it("rolls back the deal/company refresh when the activity insert itself fails", async () => {
    const undo = await failInsertsInto(t.db, "Activity", "disk full");
    try {
      const before = await state();
      await expect(d.activities.log(rep, { kind: "call", summary: "x", dealId, occurredAt: at(1) })).rejects.toThrow(/tx.activity.create|disk full/);
      expect(await state()).toEqual(before);
    } finally {
      await undo();
    }
  });

  it("denies logging on another team's deal and writes nothing", async () => {
    const other = await createActor(t.db, "Han Meimei", "rep", "South");
    const before = await state();
    const error = await caught(d.activities.log(other, { kind: "call", summary: "x", dealId, occurredAt: at(1) }));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(await state()).toEqual(before);
  });

  it("lets a teammate log on the deal (the deal's activity time moves, the owner stays)", async () => {
    const teammate = await createActor(t.db, "Han Meimei", "rep", "North");
    await d.activities.log(teammate, { kind: "call", summary: "covered for Li", dealId, occurredAt: at(1) });
    const deal = await t.db.deal.findUniqueOrThrow({ where: { id: dealId } });
    expect(deal.lastActivityAt).toEqual(at(1));
    expect(deal.ownerId).toBe(rep.userId);
  });

  it("commits or rolls back with the caller's transaction", async () => {
    const before = await state();
    await expect(
      t.db.$transaction(async (tx) => {
        await d.activities.logIn(tx, rep, { kind: "call", summary: "x", dealId, occurredAt: at(2) });
        throw new Error("later step failed");
      }),
    ).rejects.toThrow("later step failed");
    expect(await state()).toEqual(before);
  });
});

describe("changeKind", () => {
  it("changes the kind of a logged activity and audits old → new", async () => {
    const activity = await d.activities.log(rep, { kind: "call", summary: "visited them", companyId });
    await d.activities.changeKind(rep, activity.id, "visit");
    expect((await t.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).kind).toBe("visit");
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "activity.rekind", entityId: activity.id } });
    expect([JSON.parse(audit.before ?? "{}").kind, JSON.parse(audit.after ?? "{}").kind]).toEqual(["call", "visit"]);
  });

  it("refuses an unknown kind and an unknown activity, writing nothing", async () => {
    const activity = await d.activities.log(rep, { kind: "call", summary: "called", companyId });
    expect(await caught(d.activities.changeKind(rep, activity.id, "lunch" as never))).toBeInstanceOf(InvalidInputError);
    expect(await caught(d.activities.changeKind(rep, "nope", "visit"))).toBeInstanceOf(NotFoundError);
    expect(await t.db.auditLog.count({ where: { action: "activity.rekind" } })).toBe(0);
  });
});
