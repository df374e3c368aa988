import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { createDomain, type Domain } from "../index.js";
import type { Actor } from "../shared/actor.js";
import { fixedClock } from "../shared/clock.js";
import { AmbiguousError, ConflictError, InvalidInputError, NotFoundError } from "../shared/errors.js";
import { caught } from "../../test/caught.js";

const NOW = new Date("2026-11-25T02:00:00Z");

let t: TestDb;
let d: Domain;
let rep: Actor;

beforeEach(async () => {
  t = await createTestDb();
  d = createDomain(t.db, fixedClock(NOW));
  rep = await createActor(t.db, "Li Lei", "rep", "North");
});
afterEach(async () => t.close());

describe("create", () => {
  it("treats a name with zero-width or right-to-left override characters as a duplicate, and stores names cleaned", async () => {
    await d.companies.create(rep, { name: "Acme" });
    for (const name of ["Acme\u200B", "\u202AAcme\u202C", "Ac\u2060me", "ＡＣＭＥ"]) {
      expect(await caught(d.companies.create(rep, { name }))).toBeInstanceOf(ConflictError);
    }
    const other = await d.companies.create(rep, { name: " 华为\u200B技术\u202E ", industry: "Tele\u200Bcom" });
    expect(other.name).toBe("华为技术");
    expect(other.industry).toBe("Telecom");
    expect(await t.db.company.count()).toBe(2);
  });

  it("refuses a name that is empty once invisible characters are removed", async () => {
    const error = await caught(d.companies.create(rep, { name: "\u200B\u202E\uFEFF" }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(await t.db.company.count()).toBe(0);
  });

  it("stores the company with owner, team, tags as JSON and writes one audit row", async () => {
    const company = await d.companies.create(rep, { name: "  Acme Corp ", tier: "A", tags: ["vip", "saas"], industry: "Software" });
    const row = await t.db.company.findUniqueOrThrow({ where: { id: company.id } });
    expect(row.name).toBe("Acme Corp");
    expect(row.tier).toBe("A");
    expect(row.industry).toBe("Software");
    expect(JSON.parse(row.tags)).toEqual(["vip", "saas"]);
    expect(row.ownerId).toBe(rep.userId);
    expect(row.teamId).toBe(rep.teamId);
    expect(row.searchKey).toBe("acme acmecorp");
    expect(row.lastInteractionAt).toEqual(NOW);

    const audit = await t.db.auditLog.findMany({ where: { entityType: "company" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "company.create", entityId: company.id, actorId: rep.userId, channel: "test", before: null });
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ id: company.id, name: "Acme Corp", tags: '["vip","saas"]' });
  });

  it("defaults tier C and empty tags", async () => {
    const company = await d.companies.create(rep, { name: "Beta" });
    expect(company.tier).toBe("C");
    expect(company.tags).toBe("[]");
  });

  it("rejects a duplicate name, also when written differently, and writes nothing more", async () => {
    const first = await d.companies.create(rep, { name: "Acme Corp" });
    for (const name of ["Acme Corp", "ACME corp.", "Acme"]) {
      const error = await caught(d.companies.create(rep, { name }));
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).entityId).toBe("Acme Corp");
    }
    expect(await t.db.company.count()).toBe(1);
    expect(await t.db.auditLog.count({ where: { entityType: "company" } })).toBe(1);
    expect((await t.db.company.findFirstOrThrow()).id).toBe(first.id);
  });

  it("does not mistake a name ending in suffix letters for a duplicate", async () => {
    await d.companies.create(rep, { name: "Zinc" });
    const z = await d.companies.create(rep, { name: "Z Ltd" });
    expect(z.searchKey).toBe("z zltd");
    expect((await d.companies.findByName("Zinc")).name).toBe("Zinc");
    expect(await t.db.company.count()).toBe(2);
  });

  it("rejects an empty name with InvalidInputError", async () => {
    const error = await caught(d.companies.create(rep, { name: "   " }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).field).toBe("name");
    expect(await t.db.company.count()).toBe(0);
  });
});

describe("findByName", () => {
  it("finds by exact name", async () => {
    const acme = await d.companies.create(rep, { name: "Acme Corp" });
    await d.companies.create(rep, { name: "Globex" });
    expect((await d.companies.findByName("Acme Corp")).id).toBe(acme.id);
    expect((await d.companies.findByName("globex")).name).toBe("Globex");
  });

  it("finds a Chinese name by Chinese short name, full name and pinyin", async () => {
    const huawei = await d.companies.create(rep, { name: "华为技术有限公司" });
    await d.companies.create(rep, { name: "阿里巴巴集团" });
    expect((await d.companies.findByName("华为")).id).toBe(huawei.id);
    expect((await d.companies.findByName("华为技术有限公司")).id).toBe(huawei.id);
    expect((await d.companies.findByName("huawei")).id).toBe(huawei.id);
    expect((await d.companies.findByName("HuaWei")).id).toBe(huawei.id);
  });

  it("finds by short name without the legal suffix", async () => {
    const foo = await d.companies.create(rep, { name: "Foo Ltd" });
    await d.companies.create(rep, { name: "Bar Inc." });
    expect((await d.companies.findByName("Foo")).id).toBe(foo.id);
  });

  it("tolerates a small typo", async () => {
    const acme = await d.companies.create(rep, { name: "Acme Corp" });
    await d.companies.create(rep, { name: "Globex" });
    expect((await d.companies.findByName("Acmee")).id).toBe(acme.id);
    expect((await d.companies.findByName("Globexx")).name).toBe("Globex");
  });

  it("reports an ambiguous short name with all candidates", async () => {
    const corp = await d.companies.create(rep, { name: "Acme Corp" });
    const logistics = await d.companies.create(rep, { name: "Acme Logistics" });
    const error = await caught(d.companies.findByName("Acme"));
    expect(error).toBeInstanceOf(AmbiguousError);
    const candidates = (error as AmbiguousError).candidates;
    expect(candidates.map((c) => c.id).sort()).toEqual([corp.id, logistics.id].sort());
    expect(candidates.map((c) => c.label).sort()).toEqual(["Acme Corp", "Acme Logistics"]);
    // The full names still resolve to one company each.
    expect((await d.companies.findByName("Acme Corp")).id).toBe(corp.id);
    expect((await d.companies.findByName("Acme Logistics")).id).toBe(logistics.id);
  });

  it("asks when a Chinese short name or its pinyin is shared", async () => {
    const tech = await d.companies.create(rep, { name: "华为技术有限公司" });
    const device = await d.companies.create(rep, { name: "华为终端有限公司" });
    for (const query of ["华为", "huawei"]) {
      const error = await caught(d.companies.findByName(query));
      expect(error).toBeInstanceOf(AmbiguousError);
      expect((error as AmbiguousError).candidates.map((c) => c.label).sort()).toEqual(["华为技术有限公司", "华为终端有限公司"].sort());
    }
    expect((await d.companies.findByName("华为终端")).id).toBe(device.id);
    expect((await d.companies.findByName("华为技术有限公司")).id).toBe(tech.id);
  });

  it("throws NotFoundError when nothing is close", async () => {
    await d.companies.create(rep, { name: "Acme Corp" });
    const error = await caught(d.companies.findByName("Zenith Partners"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).query).toBe("Zenith Partners");
    expect(await caught(d.companies.findByName("  "))).toBeInstanceOf(NotFoundError);
  });
});

describe("overview", () => {
  it("includes contacts, deals, activities, open tickets and open follow-ups", async () => {
    const company = await d.companies.create(rep, { name: "Acme Corp" });
    const other = await d.companies.create(rep, { name: "Globex" });
    await d.contacts.create(rep, { companyId: company.id, name: "王经理" });
    const deal = await d.deals.create(rep, { companyId: company.id, amountMinor: 5000 });
    await d.deals.create(rep, { companyId: other.id });
    await d.activities.log(rep, { kind: "call", summary: "intro call", dealId: deal.id });
    await d.tickets.raise(rep, { companyId: company.id, title: "Login broken", priority: "high" });
    const open = await d.followUps.schedule(rep, { title: "send quote", dueAt: new Date("2026-11-26T02:00:00Z"), companyId: company.id });
    const done = await d.followUps.schedule(rep, { title: "old task", dueAt: new Date("2026-11-24T02:00:00Z"), companyId: company.id });
    await d.followUps.complete(rep, done.id);

    const overview = await d.companies.overview(company.id);
    expect(overview.name).toBe("Acme Corp");
    expect(overview.contacts.map((c) => c.name)).toEqual(["王经理"]);
    expect(overview.deals.map((x) => [x.id, x.stage.key, x.owner.name])).toEqual([[deal.id, "lead", "Li Lei"]]);
    expect(overview.activities.map((a) => [a.summary, a.actor.name])).toEqual([["intro call", "Li Lei"]]);
    expect(overview.tickets.map((x) => [x.title, x.priority])).toEqual([["Login broken", "high"]]);
    expect(overview.followUps.map((f) => f.id)).toEqual([open.id]);
  });

  it("throws NotFoundError for an unknown id", async () => {
    expect(await caught(d.companies.overview("nope"))).toBeInstanceOf(NotFoundError);
  });
});
