import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { createDomain, type Domain } from "../index.js";
import type { Actor } from "./actor.js";
import { fixedClock } from "./clock.js";
import { directSqlOf, type DirectSql } from "./direct-sql.js";
import { dealWithParts, identityUser, latestPendingOfKind, openDealsOf, openFollowUpsWith, peopleOf } from "./hot-reads.js";

/** Each hot read returns what the Prisma query it stands in for returns, field for field. */
let t: TestDb;
let d: Domain;
let rep: Actor;
let direct: DirectSql;

beforeEach(async () => {
  t = await createTestDb();
  d = createDomain(t.db, fixedClock(new Date("2026-11-25T02:00:00Z")));
  rep = await createActor(t.db, "Li Lei", "rep", "East");
  direct = directSqlOf(t.db)!;
});
afterEach(async () => t.close());

describe("hot reads match Prisma", () => {
  it("identity → user, with booleans, dates and a team", async () => {
    await d.users.resolveIdentity({ platform: "slack", tenantId: "T1", platformUserId: "U1", displayName: "Amy", locale: "en", timezone: "UTC" });
    const key = { platform: "slack", tenantId: "T1", platformUserId: "U1" };
    const viaPrisma = await t.db.channelIdentity.findUnique({ where: { platform_tenantId_platformUserId: key }, include: { user: true } });
    expect(viaPrisma).not.toBeNull();
    expect(await direct.read((sql) => identityUser(sql, key))).toEqual(viaPrisma!.user);
    expect(await direct.read((sql) => identityUser(sql, { ...key, tenantId: "T2" }))).toBeNull();
  });

  it("open deals, people and one deal with its parts, including nulls, big amounts and a closed deal", async () => {
    const company = await d.companies.create(rep, { name: "Acme Corp", industry: "robots" });
    await t.db.company.update({ where: { id: company.id }, data: { healthScore: 73, lastInteractionAt: new Date("2026-11-20T00:00:00Z") } });
    const open = await d.deals.create(rep, { companyId: company.id, amountMinor: 1_000_000_000_000_000, currency: "USD" });
    const second = await d.deals.create(rep, { companyId: company.id, amountMinor: 5, currency: "CNY" });
    await t.db.deal.update({ where: { id: second.id }, data: { expectedCloseAt: new Date("2026-12-31T00:00:00Z"), atRisk: true } });
    const won = await d.deals.create(rep, { companyId: company.id, amountMinor: 7, currency: "CNY" });
    await d.deals.move(rep, won.id, "won");
    await d.contacts.create(rep, { companyId: company.id, name: "Zhang Wei", title: "CTO" });
    await d.contacts.create(rep, { companyId: company.id, name: "Wang Fang" });

    const prismaOpen = await t.db.deal.findMany({ where: { companyId: company.id, stage: { kind: "open" } }, orderBy: { updatedAt: "desc" }, take: 10 });
    expect(prismaOpen.map((x) => x.id).sort()).toEqual([open.id, second.id].sort());
    expect(await direct.read((sql) => openDealsOf(sql, company.id))).toEqual(prismaOpen);

    const prismaPeople = await t.db.contact.findMany({
      where: { companyId: company.id, erasedAt: null },
      select: { id: true, name: true, title: true },
      take: 5,
    });
    expect(await direct.read((sql) => peopleOf(sql, company.id, 5))).toEqual(prismaPeople);

    for (const id of [open.id, second.id, won.id]) {
      const viaPrisma = await t.db.deal.findUnique({ where: { id }, include: { stage: true, company: true, owner: true } });
      expect(await direct.read((sql) => dealWithParts(sql, id))).toEqual(viaPrisma);
    }
    expect(await direct.read((sql) => dealWithParts(sql, "missing"))).toBeNull();
  });

  it("the newest live pending record of a kind: not another user's or kind, not consumed, not expired", async () => {
    const now = new Date("2026-11-25T02:00:00Z");
    const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    const row = (id: string, userId: string, kind: string, createdAt: Date, expiresAt: Date, consumedAt: Date | null = null) =>
      t.db.pendingAction.create({ data: { id, userId, kind, payload: JSON.stringify({ id }), createdAt, expiresAt, consumedAt } });
    await row("old", rep.userId, "await-text", at(-30), at(60));
    await row("newest", rep.userId, "await-text", at(-10), at(60));
    await row("consumed", rep.userId, "await-text", at(-5), at(60), at(-1));
    await row("expired", rep.userId, "await-text", at(-4), at(-1));
    await row("other-kind", rep.userId, "shown-list", at(-3), at(60));
    await row("other-user", "someone-else", "await-text", at(-2), at(60));
    const viaPrisma = async (userId: string, kind: string) =>
      t.db.pendingAction.findFirst({
        where: { userId, kind, consumedAt: null, expiresAt: { gt: now } },
        orderBy: { createdAt: "desc" },
        select: { id: true, payload: true },
      });
    for (const [userId, kind] of [
      [rep.userId, "await-text"],
      [rep.userId, "shown-list"],
      ["someone-else", "await-text"],
      [rep.userId, "nothing"],
    ] as const)
      expect(await direct.read((sql) => latestPendingOfKind(sql, userId, kind, now))).toEqual(await viaPrisma(userId, kind));
    expect((await direct.read((sql) => latestPendingOfKind(sql, rep.userId, "await-text", now)))?.id).toBe("newest");
    // At the expiry instant a record is over (expiresAt > now), as in Prisma's query.
    expect(await direct.read((sql) => latestPendingOfKind(sql, rep.userId, "await-text", at(60)))).toBeNull();
  });

  it("open follow-ups of one owner with one customer before a time: not done, not another owner's or customer's, earliest first", async () => {
    const other = await createActor(t.db, "Amy", "rep", "East");
    const acme = await d.companies.create(rep, { name: "Acme Corp" });
    const globex = await d.companies.create(rep, { name: "Globex" });
    const at = (days: number) => new Date(Date.UTC(2026, 10, 25 + days, 1));
    const follow = (title: string, dueAt: Date, companyId = acme.id, ownerId = rep.userId, done = false) =>
      t.db.followUp.create({ data: { title, dueAt, companyId, ownerId, done } });
    await follow("later", at(3));
    await follow("overdue", at(-2));
    await follow("too far", at(30));
    await follow("done", at(1), acme.id, rep.userId, true);
    await follow("other customer", at(1), globex.id);
    await follow("other owner", at(1), acme.id, other.userId);
    const before = at(14);
    const viaPrisma = await t.db.followUp.findMany({
      where: { ownerId: rep.userId, companyId: acme.id, done: false, dueAt: { lt: before } },
      orderBy: { dueAt: "asc" },
      select: { id: true, title: true, dueAt: true },
      take: 5,
    });
    const direct5 = await direct.read((sql) => openFollowUpsWith(sql, rep.userId, acme.id, before, 5));
    expect(direct5).toEqual(viaPrisma);
    expect(direct5.map((f) => f.title)).toEqual(["overdue", "later"]);
    expect(await d.followUps.openWith(rep.userId, acme.id, before, 1)).toEqual(viaPrisma.slice(0, 1));
  });
});
