import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { createDomain, type Domain } from "../index.js";
import { fixedClock } from "../shared/clock.js";
import { ConflictError, PermissionDeniedError } from "../shared/errors.js";
import { setSupportAgent } from "./support-rota.js";

const NOW = new Date("2026-11-25T02:00:00Z");
let t: TestDb;
let d: Domain;
let clock: ReturnType<typeof fixedClock>;
beforeEach(async () => {
  t = await createTestDb();
  clock = fixedClock(NOW);
  d = createDomain(t.db, clock);
});
afterEach(async () => {
  await t.close();
});

describe("service rota and ticket status", () => {
  it("rotates within the customer's team, else across all agents; the cursor is stored", async () => {
    const admin = await createActor(t.db, "Admin", "admin");
    const a1 = await createActor(t.db, "Agent One", "rep", "Support");
    const a2 = await createActor(t.db, "Agent Two", "rep", "Support");
    const outsider = await createActor(t.db, "Other Agent", "rep", "Field");
    for (const who of [a1, a2, outsider]) await setSupportAgent(t.db, admin, who.userId, true);
    await expect(setSupportAgent(t.db, a1, a2.userId, false)).rejects.toThrow(PermissionDeniedError);
    const supportCustomer = await d.companies.create(a1, { name: "Support Customer" });
    const noTeam = await d.companies.create(admin, { name: "Teamless Customer" });
    const raise = async (companyId: string) => (await d.tickets.raise(admin, { companyId, title: "help" })).assigneeId;
    expect([await raise(supportCustomer.id), await raise(supportCustomer.id), await raise(supportCustomer.id)]).toEqual([a1.userId, a2.userId, a1.userId]);
    expect([await raise(noTeam.id), await raise(noTeam.id), await raise(noTeam.id), await raise(noTeam.id)]).toEqual([
      a1.userId,
      a2.userId,
      outsider.userId,
      a1.userId,
    ]);
    expect(await t.db.assignmentCursor.count()).toBe(2);
  });

  it("moves open → pending → resolved → closed, records first response once, refuses impossible moves", async () => {
    const rep = await createActor(t.db, "Rep", "rep");
    const stranger = await createActor(t.db, "Stranger", "rep");
    const company = await d.companies.create(rep, { name: "Acme" });
    const ticket = await d.tickets.raise(rep, { companyId: company.id, title: "down", priority: "urgent" });
    expect(ticket.slaDueAt.toISOString()).toBe("2026-11-25T03:00:00.000Z");
    await expect(d.tickets.setStatus(stranger, ticket.id, "pending")).rejects.toThrow(PermissionDeniedError);
    clock.advance(10 * 60_000);
    await d.tickets.setStatus(rep, ticket.id, "resolved");
    clock.advance(10 * 60_000);
    const reopened = await d.tickets.setStatus(rep, ticket.id, "pending");
    expect(reopened.firstResponseAt?.toISOString()).toBe("2026-11-25T02:10:00.000Z");
    const closed = await d.tickets.setStatus(rep, ticket.id, "closed");
    expect(closed.closedAt?.toISOString()).toBe("2026-11-25T02:20:00.000Z");
    await expect(d.tickets.setStatus(rep, ticket.id, "pending")).rejects.toThrow(ConflictError);
    await expect(d.tickets.recordCsat(rep, ticket.id, 6)).rejects.toThrow();
    const { health } = await d.tickets.recordCsat(rep, ticket.id, 4, "ok");
    // 100 − ★4 ((5 − 4) × 10) − one ticket opened in the last 30 days (5) = 85.
    expect(health).toBe(85);
    expect((await t.db.company.findUniqueOrThrow({ where: { id: company.id } })).healthScore).toBe(85);
    expect((await t.db.auditLog.findMany({ where: { entityId: ticket.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map((l) => l.action)).toEqual([
      "ticket.raise",
      "ticket.resolve",
      "ticket.start",
      "ticket.close",
      "ticket.csat",
    ]);
  });
});
