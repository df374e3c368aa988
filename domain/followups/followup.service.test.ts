import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { at, createDealFixture, type DealFixture, NOW } from "../../test/deal-fixture.js";
import type { TestDb } from "../../test/test-db.js";
import type { Domain } from "../index.js";
import type { Actor } from "../shared/actor.js";
import { InvalidInputError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { caught } from "../../test/caught.js";

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

/** Audit rows of follow-ups, sorted by action (rows written in the same millisecond have no reliable order). */
const followUpAudit = async () => (await t.db.auditLog.findMany({ where: { entityType: "followup" } })).sort((a, b) => a.action.localeCompare(b.action));

describe("schedule", () => {
  it("creates an open follow-up owned by the actor, with the deal's company, and audits", async () => {
    const f = await d.followUps.schedule(rep, { title: " send quote ", dueAt: at(24), dealId });
    expect(f).toMatchObject({ title: "send quote", ownerId: rep.userId, dealId, companyId, done: false, doneAt: null, snoozedUntil: null });
    expect(f.dueAt).toEqual(at(24));
    const audit = await followUpAudit();
    expect(audit.map((a) => [a.action, a.entityId, a.actorId])).toEqual([["followup.schedule", f.id, rep.userId]]);
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ title: "send quote", dueAt: at(24).toISOString() });
  });

  it("rejects an invalid date and an empty title", async () => {
    const bad = await caught(d.followUps.schedule(rep, { title: "x", dueAt: new Date("nonsense") }));
    expect(bad).toBeInstanceOf(InvalidInputError);
    const empty = await caught(d.followUps.schedule(rep, { title: " ", dueAt: at(1) }));
    expect(empty).toBeInstanceOf(InvalidInputError);
    expect((empty as InvalidInputError).field).toBe("title");
    expect(await t.db.followUp.count()).toBe(0);
  });

  it("lets a manager assign to a team member but not a rep to a colleague", async () => {
    const teammate = await createActor(t.db, "Han Meimei", "rep", "North");
    const manager = await createActor(t.db, "Boss", "manager", "North");
    const error = await caught(d.followUps.schedule(rep, { title: "call", dueAt: at(1), ownerId: teammate.userId }));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(await t.db.followUp.count()).toBe(0);
    const assigned = await d.followUps.schedule(manager, { title: "call", dueAt: at(1), ownerId: teammate.userId });
    expect(assigned.ownerId).toBe(teammate.userId);
    expect((await followUpAudit()).map((a) => a.actorId)).toEqual([manager.userId]);
    expect(await caught(d.followUps.schedule(manager, { title: "x", dueAt: at(1), ownerId: "ghost" }))).toBeInstanceOf(NotFoundError);
  });
});

describe("complete", () => {
  it("marks it done at the clock's time once, with one audit row", async () => {
    const f = await d.followUps.schedule(rep, { title: "call back", dueAt: at(1) });
    clock.set(at(2));
    const done = await d.followUps.complete(rep, f.id);
    expect(done.done).toBe(true);
    expect(done.doneAt).toEqual(at(2));
    clock.set(at(3));
    const again = await d.followUps.complete(rep, f.id);
    expect(again.doneAt).toEqual(at(2));
    const audit = await followUpAudit();
    expect(audit.map((a) => a.action)).toEqual(["followup.complete", "followup.schedule"]);
    expect(JSON.parse(audit[0]!.before!)).toMatchObject({ done: false });
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ done: true, doneAt: at(2).toISOString() });
    expect(await caught(d.followUps.complete(rep, "missing"))).toBeInstanceOf(NotFoundError);
  });
});

describe("snooze", () => {
  it("moves the due date forward and audits", async () => {
    const f = await d.followUps.schedule(rep, { title: "call back", dueAt: at(1) });
    const snoozed = await d.followUps.snooze(rep, f.id, at(26));
    expect(snoozed.dueAt).toEqual(at(26));
    expect(snoozed.snoozedUntil).toEqual(at(26));
    expect(snoozed.done).toBe(false);
    const audit = await followUpAudit();
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["followup.schedule", rep.userId],
      ["followup.snooze", rep.userId],
    ]);
  });

  it("rejects snoozing into the past or to now, changing nothing", async () => {
    const f = await d.followUps.schedule(rep, { title: "call back", dueAt: at(1) });
    for (const until of [at(-1), NOW]) {
      const error = await caught(d.followUps.snooze(rep, f.id, until));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).field).toBe("snoozeUntil");
    }
    const row = await t.db.followUp.findUniqueOrThrow({ where: { id: f.id } });
    expect(row.dueAt).toEqual(at(1));
    expect(row.snoozedUntil).toBeNull();
    expect(await t.db.auditLog.count({ where: { action: "followup.snooze" } })).toBe(0);
  });
});

describe("listOpen", () => {
  it("lists the owner's open follow-ups earliest first", async () => {
    const other = await createActor(t.db, "Han Meimei", "rep", "South");
    const later = await d.followUps.schedule(rep, { title: "later", dueAt: at(48), companyId });
    const overdue = await d.followUps.schedule(rep, { title: "overdue", dueAt: at(-5), dealId });
    const soon = await d.followUps.schedule(rep, { title: "soon", dueAt: at(2) });
    const finished = await d.followUps.schedule(rep, { title: "finished", dueAt: at(-10) });
    await d.followUps.complete(rep, finished.id);
    await d.followUps.schedule(other, { title: "not mine", dueAt: at(-20) });
    await d.followUps.snooze(rep, soon.id, at(72));

    const open = await d.followUps.listOpen(rep.userId);
    expect(open.map((f) => f.id)).toEqual([overdue.id, later.id, soon.id]);
    expect(open[0]?.deal?.id).toBe(dealId);
    expect(open[1]?.company?.name).toBe("Acme Corp");
    expect((await d.followUps.listOpen(rep.userId, 1)).map((f) => f.title)).toEqual(["overdue"]);
  });
});

describe("permissions", () => {
  it("denies another rep completing or snoozing, allows the team manager and admin", async () => {
    const f = await d.followUps.schedule(rep, { title: "call back", dueAt: at(1) });
    const teammate = await createActor(t.db, "Han Meimei", "rep", "North");
    const otherManager = await createActor(t.db, "Boss South", "manager", "South");
    const manager = await createActor(t.db, "Boss North", "manager", "North");
    const admin = await createActor(t.db, "Root", "admin");
    expect(await caught(d.followUps.complete(teammate, f.id))).toBeInstanceOf(PermissionDeniedError);
    expect(await caught(d.followUps.snooze(teammate, f.id, at(5)))).toBeInstanceOf(PermissionDeniedError);
    expect(await caught(d.followUps.complete(otherManager, f.id))).toBeInstanceOf(PermissionDeniedError);
    expect((await t.db.followUp.findUniqueOrThrow({ where: { id: f.id } })).done).toBe(false);
    expect((await d.followUps.snooze(manager, f.id, at(5))).dueAt).toEqual(at(5));
    expect((await d.followUps.complete(admin, f.id)).done).toBe(true);
    const audit = await followUpAudit();
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["followup.complete", admin.userId],
      ["followup.schedule", rep.userId],
      ["followup.snooze", manager.userId],
    ]);
  });
});
