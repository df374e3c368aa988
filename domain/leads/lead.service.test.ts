import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { caught } from "../../test/caught.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { createDomain, type Domain } from "../index.js";
import type { Actor } from "../shared/actor.js";
import { fixedClock } from "../shared/clock.js";
import { InvalidInputError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";

const NOW = new Date("2026-11-25T02:00:00Z");
const DAY = 86_400_000;

let t: TestDb;
let d: Domain;
let clock: ReturnType<typeof fixedClock>;
let li: Actor;
let amy: Actor;
let mgr: Actor;
let south: Actor;
let admin: Actor;

beforeEach(async () => {
  t = await createTestDb();
  clock = fixedClock(NOW);
  d = createDomain(t.db, clock, { leadClaimCap: 2 });
  li = await createActor(t.db, "Li Lei", "rep", "North");
  amy = await createActor(t.db, "Amy", "rep", "North");
  mgr = await createActor(t.db, "Zhou", "manager", "North");
  south = await createActor(t.db, "Bob", "rep", "South");
  admin = await createActor(t.db, "Boss", "admin");
});
afterEach(async () => t.close());

const pool = (teamId: string | null = li.teamId) => ({ owner: "pool" as const, teamId });

describe("leads", () => {
  it("a lead from a known customer takes its region and industry unless it names its own; a territory is set by managers of the team or admins", async () => {
    const hw = await d.companies.create(li, { name: "华为技术有限公司", region: "深圳", industry: "通信" });
    const made = await d.leads.create(li, { name: "张总", companyName: "华为", phone: "13900001111" }, { owner: "me" }, "create");
    expect(made.kind === "created" && [made.lead.region, made.lead.industry]).toEqual([hw.region, hw.industry]);
    const own = await d.leads.create(li, { name: "李总", companyName: "华为", phone: "13900002222", region: "北京" }, { owner: "me" }, "create");
    expect(own.kind === "created" && [own.lead.region, own.lead.industry]).toEqual(["北京", "通信"]);

    const set = await d.users.setTerritory(mgr, amy.userId, "regions", [" 华东 ", "广东", "华东"]);
    expect(JSON.parse(set.regions)).toEqual(["华东", "广东"]);
    expect(await caught(d.users.setTerritory(li, amy.userId, "regions", ["华南"]))).toBeInstanceOf(PermissionDeniedError);
    expect(await caught(d.users.setTerritory(mgr, south.userId, "industries", ["零售"]))).toBeInstanceOf(PermissionDeniedError);
    expect(JSON.parse((await d.users.setTerritory(admin, south.userId, "industries", ["零售"])).industries)).toEqual(["零售"]);
    expect(await t.db.auditLog.count({ where: { action: "user.update", entityId: amy.userId } })).toBe(1);
  });

  it("a lead is stored with its contact fields encrypted, numbered, scored with its reasons, audited", async () => {
    const made = await d.leads.create(li, { name: "王总", companyName: "京东", phone: "138 0013 8000", source: "trade-show" }, { owner: "me" }, "ask");
    expect(made.kind).toBe("created");
    if (made.kind !== "created") return;
    expect(made.lead).toMatchObject({ number: 1, name: "王总", phone: "138 0013 8000", ownerId: li.userId, status: "new", source: "trade-show" });
    // trade show 20 + senior (…总) 20 + phone 10 + company 10 = 60.
    expect(made.lead.score).toBe(60);
    expect(made.lead.scoreReasons.map((r) => [r.rule, r.points])).toEqual([
      ["source", 20],
      ["senior-title", 20],
      ["phone", 10],
      ["company", 10],
    ]);
    const row = await t.db.lead.findUniqueOrThrow({ where: { id: made.lead.id } });
    expect(row.phone).not.toContain("138");
    expect(row.phoneHash).toBeTruthy();
    expect(await t.db.auditLog.count({ where: { action: "lead.create", entityId: made.lead.id } })).toBe(1);
    // Nothing to reach them by and no company: refused, nothing written.
    expect(await caught(d.leads.create(li, { name: "Someone" }, { owner: "me" }, "ask"))).toBeInstanceOf(InvalidInputError);
    expect(await t.db.lead.count()).toBe(1);
  });

  it("duplicates by phone (any spelling), email, company name or its pinyin — against leads, contacts and customers — are shown, never silently made", async () => {
    const company = await d.companies.create(li, { name: "华为技术有限公司" });
    await d.contacts.create(li, { companyId: company.id, name: "张伟", email: "zhang@huawei.com" });
    await d.leads.create(li, { name: "王总", companyName: "京东", phone: "13800138000" }, { owner: "me" }, "ask");
    const asked = async (input: Parameters<Domain["leads"]["create"]>[1]) => {
      const r = await d.leads.create(amy, input, { owner: "me" }, "ask");
      return r.kind === "duplicates" ? r.duplicates.map((x) => `${x.kind}:${x.by}:${x.label}`) : [];
    };
    expect(await asked({ name: "Wang", phone: "+86 138-0013-8000" })).toEqual(["lead:phone:#1 王总 · 京东"]);
    expect(await asked({ name: "Zhang", email: "ZHANG@huawei.com" })).toEqual(["contact:email:张伟 (华为技术有限公司)"]);
    expect(await asked({ name: "李总", companyName: "Huawei" })).toEqual(["company:company:华为技术有限公司"]);
    expect(await asked({ name: "刘经理", companyName: "京东集团" })).toEqual(["lead:company:#1 王总 · 京东"]);
    expect(await t.db.lead.count()).toBe(1);
    // Chosen "create anyway": made, with the duplicates named.
    const made = await d.leads.create(amy, { name: "刘经理", companyName: "京东集团" }, { owner: "me" }, "create");
    expect(made.kind === "created" && made.duplicates.length).toBe(1);
  });

  it("the same source and external id is the same lead; a form sent twice merges into the open lead", async () => {
    const source = await d.leadSources.create(admin, { name: "website", teamId: li.teamId });
    const input = { name: "陈总", phone: "13900001111", source: "web" as const, externalId: "form-42", notes: "想要报价" };
    const first = await d.leads.create(null, input, { ...pool(), sourceId: source.id }, "merge");
    const again = await d.leads.create(null, input, { ...pool(), sourceId: source.id }, "merge");
    expect(again.kind).toBe("already");
    const resent = await d.leads.create(null, { ...input, externalId: "form-43", notes: "再次询价" }, { ...pool(), sourceId: source.id }, "merge");
    expect(resent.kind).toBe("merged");
    expect(await t.db.lead.count()).toBe(1);
    const lead = await d.leads.get(li, 1);
    expect(lead.notes).toContain("再次询价");
    expect(lead.touches).toBe(1);
    expect(first.kind === "created" && first.lead.ownerId).toBeNull();
  });

  it("the pool: a rep claims up to the cap, one of two claims wins, others' teams cannot; managers assign; owners release", async () => {
    for (const name of ["A总", "B总", "C总"]) await d.leads.create(null, { name, companyName: `${name}公司` }, pool(), "create");
    await d.leads.create(null, { name: "South lead", companyName: "Southco" }, pool(south.teamId), "create");
    const poolList = await d.leads.list(li, "pool");
    expect(poolList.leads.map((l) => l.name).sort()).toEqual(["A总", "B总", "C总"]);
    const [a, b, c] = poolList.leads.sort((x, y) => x.number - y.number);
    const both = await Promise.allSettled([d.leads.claim(li, a!.id), d.leads.claim(amy, a!.id)]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const winner = (await d.leads.get(mgr, a!.number)).ownerId;
    const other = winner === li.userId ? amy : li;
    await d.leads.claim(other, b!.id);
    await d.leads.claim(other, c!.id);
    await d.leads.create(null, { name: "D总", companyName: "D公司" }, pool(), "create");
    const d5 = await d.leads.get(li, 5);
    // The cap (2 here): a third claim is refused, the lead stays in the pool.
    expect(await caught(d.leads.claim(other, d5.id))).toMatchObject({ field: "claim-cap" });
    expect((await d.leads.get(li, 5)).ownerId).toBeNull();
    const southLead = (await t.db.lead.findFirstOrThrow({ where: { name: "South lead" } })).id;
    expect(await caught(d.leads.claim(li, southLead))).toBeInstanceOf(NotFoundError);
    expect(await caught(d.leads.assign(li, b!.id, amy.userId))).toBeInstanceOf(PermissionDeniedError);
    const assigned = await d.leads.assign(mgr, b!.id, winner!);
    expect(assigned.ownerId).toBe(winner);
    const released = await d.leads.release(winner === li.userId ? li : amy, b!.id);
    expect(released.ownerId).toBeNull();
    expect(await t.db.auditLog.count({ where: { action: { in: ["lead.claim", "lead.assign", "lead.release"] } } })).toBe(5);
  });

  it("work on a lead raises its score; idle owned leads return to the pool after N days, audited, touched ones stay", async () => {
    const made = await d.leads.create(li, { name: "Dana", companyName: "Initech", email: "dana@initech.com", source: "web" }, { owner: "me" }, "ask");
    const idle = await d.leads.create(li, { name: "Eve", companyName: "Globex", email: "eve@globex.com" }, { owner: "me" }, "ask");
    if (made.kind !== "created" || idle.kind !== "created") throw new Error("not created");
    // web 15 + email 5 + company 10 = 30; a note adds 5 and moves it to contacted.
    expect(made.lead.score).toBe(30);
    clock.set(new Date(NOW.getTime() + 5 * DAY));
    const noted = await d.leads.touch(li, made.lead.id, "called, wants a demo");
    expect([noted.score, noted.status, noted.touches]).toEqual([35, "contacted", 1]);
    expect(await caught(d.leads.touch(amy, made.lead.id, "not mine"))).toBeInstanceOf(PermissionDeniedError);
    clock.set(new Date(NOW.getTime() + 8 * DAY));
    const returned = await d.leads.returnIdle(7);
    expect(returned.map((r) => r.lead.name)).toEqual(["Eve"]);
    expect(returned[0]!.previousOwnerId).toBe(li.userId);
    expect((await d.leads.get(li, idle.lead.number)).ownerId).toBeNull();
    expect((await d.leads.get(li, made.lead.number)).ownerId).toBe(li.userId);
    expect(await t.db.auditLog.count({ where: { action: "lead.return" } })).toBe(1);
    expect(await d.leads.returnIdle(7)).toEqual([]);
  });

  it("converts in one step into the existing customer (by name), a new contact and a deal; the lead keeps its source and points at them", async () => {
    const huawei = await d.companies.create(li, { name: "华为" });
    const made = await d.leads.create(
      li,
      { name: "李总", companyName: "华为技术有限公司", phone: "13700001234", title: "采购总监", source: "referral" },
      { owner: "me" },
      "create",
    );
    if (made.kind !== "created") throw new Error("not created");
    const done = await d.leadConversion.convert(li, made.lead.id, { amountMinor: 50_000_000 });
    expect(done.company).toMatchObject({ id: huawei.id, existed: true });
    expect(done.contact).toMatchObject({ name: "李总", existed: false });
    expect(done.deal).toMatchObject({ companyId: huawei.id, ownerId: li.userId, amountMinor: 50_000_000n });
    expect(done.lead).toMatchObject({ status: "converted", companyId: huawei.id, dealId: done.deal.id, source: "referral" });
    const contact = await d.contacts.findByName("13700001234", huawei.id);
    expect(contact.name).toBe("李总");
    expect(await caught(d.leadConversion.convert(li, made.lead.id))).toBeInstanceOf(InvalidInputError);
    // A lead naming no known company makes a new customer.
    const other = await d.leads.create(li, { name: "Frank", companyName: "Hooli", email: "frank@hooli.com" }, { owner: "me" }, "ask");
    if (other.kind !== "created") throw new Error("not created");
    const second = await d.leadConversion.convert(li, other.lead.id);
    expect(second.company).toMatchObject({ name: "Hooli", existed: false });
    expect(await caught(d.leadConversion.convert(south, other.lead.id))).toBeInstanceOf(NotFoundError);
  });

  it("a manager converting a rep's lead makes the rep the owner of the new customer, contact and deal; a lead without a company is refused until it has one", async () => {
    const made = await d.leads.create(amy, { name: "Gina", companyName: "Vandelay", email: "gina@vandelay.com" }, { owner: "me" }, "create");
    if (made.kind !== "created") throw new Error("not created");
    const done = await d.leadConversion.convert(mgr, made.lead.id);
    const company = await t.db.company.findUniqueOrThrow({ where: { id: done.company.id } });
    const contact = await t.db.contact.findUniqueOrThrow({ where: { id: done.contact.id } });
    expect([company.ownerId, company.teamId, contact.ownerId, done.deal.ownerId]).toEqual([amy.userId, amy.teamId, amy.userId, amy.userId]);

    const bare = await d.leads.create(li, { name: "王总", phone: "13911112222" }, { owner: "me" }, "create");
    if (bare.kind !== "created") throw new Error("not created");
    const refused = await caught(d.leadConversion.convert(li, bare.lead.id));
    expect(refused).toMatchObject({ field: "lead-no-company" });
    expect(await t.db.company.count({ where: { name: "王总" } })).toBe(0);
    await d.leads.edit(li, bare.lead.id, "companyName", "王氏贸易");
    expect((await d.leadConversion.convert(li, bare.lead.id)).company).toMatchObject({ name: "王氏贸易", existed: false });
  });

  it("pool leads of a team with no rep free do not keep other teams' leads from being assigned", async () => {
    const empty = await t.db.team.create({ data: { name: "Empty" } });
    for (const name of ["A1", "A2", "A3"]) await d.leads.create(null, { name, companyName: `${name} Co`, source: "web" }, pool(empty.id), "create");
    clock.set(new Date(NOW.getTime() + 60_000));
    const north = await d.leads.create(null, { name: "N1", companyName: "N1 Co", source: "web" }, pool(li.teamId), "create");
    clock.set(new Date(NOW.getTime() + 3 * 3_600_000));
    const assigned = await d.leads.assignWaiting(60, ["region", "industry"], 1);
    expect(assigned.map((a) => a.lead.name)).toEqual(["N1"]);
    expect(north.kind === "created" && (await t.db.lead.findUniqueOrThrow({ where: { id: north.lead.id } })).ownerId).not.toBeNull();
  });

  it("a lead of someone without a team is theirs (and admins') to see; a teamless pool lead is everyone's to claim", async () => {
    const solo = await createActor(t.db, "Solo", "rep");
    const own = await d.leads.create(solo, { name: "Pat", companyName: "Soylent", phone: "13922223333" }, { owner: "me" }, "create");
    if (own.kind !== "created") throw new Error("not created");
    expect(await caught(d.leads.get(li, own.lead.number))).toBeInstanceOf(NotFoundError);
    expect(await caught(d.leads.get(mgr, own.lead.number))).toBeInstanceOf(NotFoundError);
    expect((await d.leads.get(admin, own.lead.number)).name).toBe("Pat");
    expect((await d.leads.list(li, "pool")).leads.map((l) => l.name)).not.toContain("Pat");
    // It has no pool to go back to: not released, not returned when idle, and its WeChat id is not in its note.
    expect(await caught(d.leads.release(solo, own.lead.id))).toMatchObject({ field: "lead-no-pool" });
    clock.set(new Date(NOW.getTime() + 30 * DAY));
    expect((await d.leads.returnIdle(7)).map((r) => r.lead.name)).not.toContain("Pat");
    expect(await caught(d.leads.get(li, own.lead.number))).toBeInstanceOf(NotFoundError);
    const withWechat = await d.leads.create(
      solo,
      { name: "Wu", companyName: "Acme", notes: "加了微信 wxid_secret99，微信号 wu_acme_2026" },
      { owner: "me" },
      "create",
    );
    expect(withWechat.kind === "created" && withWechat.lead.notes).toBe("加了微信 [wechat]，微信号 [wechat]");
    const open = await d.leads.create(null, { name: "Quinn", companyName: "Initrode", phone: "13933334444", source: "web" }, pool(null), "create");
    if (open.kind !== "created") throw new Error("not created");
    expect((await d.leads.claim(li, open.lead.id)).ownerName).toBe("Li Lei");
  });

  it("campaigns: cost per lead, conversion, won revenue and ROI computed by hand; per-source conversion", async () => {
    await d.campaigns.create(mgr, { name: "双11展会", channel: "trade-show", costMinor: 1_000_000 }); // ¥10,000
    expect(await caught(d.campaigns.create(li, { name: "x" }))).toBeInstanceOf(PermissionDeniedError);
    const ids: string[] = [];
    for (const [i, name] of ["甲总", "乙总", "丙总", "丁总"].entries()) {
      const r = await d.leads.create(li, { name, companyName: `${name}公司${i}`, source: "trade-show", campaign: "双11展会" }, { owner: "me" }, "create");
      if (r.kind === "created") ids.push(r.lead.id);
    }
    await d.leads.create(li, { name: "Web", companyName: "Webco", source: "web" }, { owner: "me" }, "create");
    // Two of four convert; one of their deals is won for ¥30,000.
    const won = await d.leadConversion.convert(li, ids[0]!, { amountMinor: 3_000_000 });
    await d.leadConversion.convert(li, ids[1]!, { amountMinor: 9_900_000 });
    await d.deals.move(li, won.deal.id, "won");
    const report = await d.campaigns.report(admin);
    const expo = report.campaigns.find((c) => c.name === "双11展会")!;
    // 4 leads, 2 converted (50%), won ¥30,000, cost ¥10,000 → ¥2,500 a lead, ROI (30,000 − 10,000) ÷ 10,000 = 200%.
    expect(expo).toMatchObject({ leads: 4, converted: 2, conversionRate: 50, wonMinor: 3_000_000, costPerLeadMinor: 250_000, roi: 200 });
    expect(report.campaigns.find((c) => c.id === null)).toMatchObject({ leads: 1, converted: 0 });
    expect(report.sources).toEqual([
      { source: "trade-show", leads: 4, converted: 2, conversionRate: 50 },
      { source: "web", leads: 1, converted: 0, conversionRate: 0 },
    ]);
    expect(await caught(d.campaigns.report(li))).toBeInstanceOf(PermissionDeniedError);
    // North's manager: the same counts (every lead here is north's), no company-wide cost figures.
    const team = await d.campaigns.report(mgr);
    expect(team.scope).toBe("team");
    expect(team.campaigns.find((c) => c.name === "双11展会")).toMatchObject({ leads: 4, converted: 2, wonMinor: 3_000_000, costPerLeadMinor: null, roi: null });
  });

  it("a source token authenticates only its enabled source", async () => {
    const made = await d.leadSources.create(admin, { name: "ads" });
    expect(made.token).toMatch(/^lsk_/);
    expect(await d.leadSources.authenticate(made.token)).toMatchObject({ name: "ads" });
    expect(await d.leadSources.authenticate(`${made.token}x`)).toBeNull();
    expect(await d.leadSources.authenticate(undefined)).toBeNull();
    expect(JSON.stringify(await t.db.leadSource.findMany())).not.toContain(made.token);
    await d.leadSources.setEnabled(admin, "ads", false);
    expect(await d.leadSources.authenticate(made.token)).toEqual({ disabled: true });
    expect(await caught(d.leadSources.create(mgr, { name: "x" }))).toBeInstanceOf(PermissionDeniedError);
  });
});
