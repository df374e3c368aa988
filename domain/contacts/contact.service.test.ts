import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { createDomain, type Domain } from "../index.js";
import type { Actor } from "../shared/actor.js";
import { fixedClock } from "../shared/clock.js";
import { AmbiguousError, InvalidInputError, NotFoundError } from "../shared/errors.js";
import { caught } from "../../test/caught.js";

let t: TestDb;
let d: Domain;
let rep: Actor;
let acmeId: string;
let globexId: string;

beforeEach(async () => {
  t = await createTestDb();
  d = createDomain(t.db, fixedClock(new Date("2026-11-25T02:00:00Z")));
  rep = await createActor(t.db, "Li Lei");
  acmeId = (await d.companies.create(rep, { name: "Acme Corp" })).id;
  globexId = (await d.companies.create(rep, { name: "Globex" })).id;
});
afterEach(async () => t.close());

describe("create", () => {
  it("stores the contact with a name + pinyin search key and writes an audit row", async () => {
    const contact = await d.contacts.create(rep, {
      companyId: acmeId,
      name: " 张总 ",
      title: "CTO",
      phone: "+86 138-0000-0000",
      email: "zhang@acme.com",
    });
    const row = await t.db.contact.findUniqueOrThrow({ where: { id: contact.id } });
    expect(row).toMatchObject({
      companyId: acmeId,
      name: "张总",
      searchKey: "张总 zhangzong",
      title: "CTO",
      phone: expect.stringMatching(/^v1:/),
      email: expect.stringMatching(/^v1:/),
      phoneHash: expect.any(String),
      emailHash: expect.any(String),
      wechatId: null,
      ownerId: rep.userId,
    });
    expect(await d.contacts.get(contact.id)).toMatchObject({ phone: "+86 138-0000-0000", email: "zhang@acme.com" });
    expect(contact).toMatchObject({ phone: "+86 138-0000-0000", email: "zhang@acme.com" });
    const audit = await t.db.auditLog.findMany({ where: { entityType: "contact" } });
    expect(audit.map((a) => [a.action, a.entityId, a.actorId])).toEqual([["contact.create", contact.id, rep.userId]]);
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ name: "张总", companyId: acmeId });
  });

  it("rejects a bad email and writes nothing", async () => {
    const error = await caught(d.contacts.create(rep, { companyId: acmeId, name: "Bob", email: "not-an-email" }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).field).toBe("email");
    expect(await t.db.contact.count()).toBe(0);
    expect(await t.db.auditLog.count({ where: { entityType: "contact" } })).toBe(0);
  });

  it("rejects a bad phone number", async () => {
    const error = await caught(d.contacts.create(rep, { companyId: acmeId, name: "Bob", phone: "call me maybe" }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).field).toBe("phone");
  });

  it("rejects an unknown company with NotFoundError and writes nothing", async () => {
    const error = await caught(d.contacts.create(rep, { companyId: "missing", name: "Bob" }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).entity).toBe("company");
    expect(await t.db.contact.count()).toBe(0);
    expect(await t.db.auditLog.count({ where: { entityType: "contact" } })).toBe(0);
  });
});

describe("findByName", () => {
  it("finds 张总 by Chinese name and by pinyin", async () => {
    const zhang = await d.contacts.create(rep, { companyId: acmeId, name: "张总" });
    await d.contacts.create(rep, { companyId: acmeId, name: "李经理" });
    expect((await d.contacts.findByName("张总")).id).toBe(zhang.id);
    expect((await d.contacts.findByName("zhangzong")).id).toBe(zhang.id);
    expect((await d.contacts.findByName("Zhang Zong")).id).toBe(zhang.id);
  });

  it("finds a Latin name case- and space-insensitively", async () => {
    const li = await d.contacts.create(rep, { companyId: acmeId, name: "Li Lei" });
    expect((await d.contacts.findByName("lilei")).id).toBe(li.id);
  });

  it("is ambiguous across companies but unique within one", async () => {
    const acmeZhang = await d.contacts.create(rep, { companyId: acmeId, name: "张总" });
    const globexZhang = await d.contacts.create(rep, { companyId: globexId, name: "张总" });
    const error = await caught(d.contacts.findByName("张总"));
    expect(error).toBeInstanceOf(AmbiguousError);
    expect((error as AmbiguousError).candidates.map((c) => c.label).sort()).toEqual(["张总 (Acme Corp)", "张总 (Globex)"]);
    expect((await d.contacts.findByName("张总", acmeId)).id).toBe(acmeZhang.id);
    expect((await d.contacts.findByName("zhangzong", globexId)).id).toBe(globexZhang.id);
  });

  it("does not find contacts of another company or erased contacts", async () => {
    const zhang = await d.contacts.create(rep, { companyId: acmeId, name: "张总" });
    const error = await caught(d.contacts.findByName("张总", globexId));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).entity).toBe("contact");
    await t.db.contact.update({ where: { id: zhang.id }, data: { erasedAt: new Date() } });
    expect(await caught(d.contacts.findByName("张总"))).toBeInstanceOf(NotFoundError);
    expect(await caught(d.contacts.get(zhang.id))).toBeInstanceOf(NotFoundError);
  });
});
