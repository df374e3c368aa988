import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { createDomain, type Domain } from "../index.js";
import type { Actor } from "../shared/actor.js";
import { fixedClock } from "../shared/clock.js";
import { InvalidInputError, NotFoundError } from "../shared/errors.js";
import { SLA_HOURS, type TicketPriority } from "./ticket.service.js";
import { caught } from "../../test/caught.js";

const NOW = new Date("2026-11-25T02:00:00Z");
const HOUR = 3_600_000;

let t: TestDb;
let d: Domain;
let clock: ReturnType<typeof fixedClock>;
let rep: Actor;
let companyId: string;

beforeEach(async () => {
  t = await createTestDb();
  clock = fixedClock(NOW);
  d = createDomain(t.db, clock);
  rep = await createActor(t.db, "Li Lei", "rep", "Support");
  companyId = (await d.companies.create(rep, { name: "Acme Corp" })).id;
});
afterEach(async () => t.close());

describe("raise", () => {
  it("sets the SLA due time from the priority and the clock", async () => {
    expect(SLA_HOURS).toEqual({ urgent: 1, high: 2, normal: 8, low: 24 });
    const high = await d.tickets.raise(rep, { companyId, title: "Login broken", priority: "high" });
    expect(high.slaDueAt).toEqual(new Date("2026-11-25T04:00:00Z"));
    const expected: Record<TicketPriority, string> = {
      urgent: "2026-11-25T03:00:00.000Z",
      normal: "2026-11-25T10:00:00.000Z",
      low: "2026-11-26T02:00:00.000Z",
      high: "2026-11-25T04:00:00.000Z",
    };
    for (const priority of ["urgent", "normal", "low"] as const) {
      const ticket = await d.tickets.raise(rep, { companyId, title: `${priority} issue`, priority });
      expect(ticket.slaDueAt.toISOString()).toBe(expected[priority]);
    }
  });

  it("defaults to normal priority, open status and records the reporter", async () => {
    clock.advance(30 * 60_000);
    const ticket = await d.tickets.raise(rep, { companyId, title: " Slow reports " });
    expect(ticket).toMatchObject({
      title: "Slow reports",
      description: "",
      priority: "normal",
      status: "open",
      reporterId: rep.userId,
      assigneeId: null,
      companyId,
    });
    expect(ticket.slaDueAt.getTime()).toBe(NOW.getTime() + 30 * 60_000 + 8 * HOUR);
    expect(ticket.company.name).toBe("Acme Corp");
  });

  it("numbers tickets 1, 2, 3 independently of deals", async () => {
    await d.deals.create(rep, { companyId });
    await d.deals.create(rep, { companyId });
    const numbers: number[] = [];
    for (let i = 0; i < 3; i++) numbers.push((await d.tickets.raise(rep, { companyId, title: `T${i}` })).number);
    expect(numbers).toEqual([1, 2, 3]);
  });

  it("writes one audit row per ticket", async () => {
    const ticket = await d.tickets.raise(rep, { companyId, title: "Login broken", priority: "urgent" });
    const audit = await t.db.auditLog.findMany({ where: { entityType: "ticket" } });
    expect(audit.map((a) => [a.action, a.entityId, a.actorId, a.channel])).toEqual([["ticket.raise", ticket.id, rep.userId, "test"]]);
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ number: 1, priority: "urgent", slaDueAt: "2026-11-25T03:00:00.000Z" });
  });

  it("rejects an unknown priority or company and writes nothing", async () => {
    const badPriority = await caught(d.tickets.raise(rep, { companyId, title: "x", priority: "asap" as "high" }));
    expect(badPriority).toBeInstanceOf(InvalidInputError);
    expect((badPriority as InvalidInputError).field).toBe("priority");
    const badCompany = await caught(d.tickets.raise(rep, { companyId: "missing", title: "x" }));
    expect(badCompany).toBeInstanceOf(NotFoundError);
    expect(await t.db.ticket.count()).toBe(0);
    expect(await t.db.auditLog.count({ where: { entityType: "ticket" } })).toBe(0);
  });
});

describe("listOpenForCompany", () => {
  it("lists open and pending tickets, most urgent SLA first", async () => {
    const low = await d.tickets.raise(rep, { companyId, title: "low", priority: "low" });
    const urgent = await d.tickets.raise(rep, { companyId, title: "urgent", priority: "urgent" });
    const pending = await d.tickets.raise(rep, { companyId, title: "pending", priority: "normal" });
    const closed = await d.tickets.raise(rep, { companyId, title: "closed", priority: "high" });
    await t.db.ticket.update({ where: { id: pending.id }, data: { status: "pending" } });
    await t.db.ticket.update({ where: { id: closed.id }, data: { status: "closed" } });
    const open = await d.tickets.listOpenForCompany(companyId);
    expect(open.map((x) => x.id)).toEqual([urgent.id, pending.id, low.id]);
  });
});
