import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { createDomain } from "../index.js";
import { fixedClock } from "./clock.js";
import { FieldCipher } from "./field-cipher.js";
import { SensitiveFields } from "./sensitive-fields.js";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => t.close());

describe("fields an admin marks sensitive (CRM_SENSITIVE_FIELDS)", () => {
  it("stores them encrypted and hands them out in plaintext (company card, its contacts)", async () => {
    const fields = new SensitiveFields(new FieldCipher(randomBytes(32)), ["Contact.title", "Company.industry", "Company.region"]);
    const d = createDomain(t.db, fixedClock(new Date("2026-12-02T04:00:00Z")), { fields });
    const rep = await createActor(t.db, "Li Lei");
    const company = await d.companies.create(rep, { name: "Acme Corp", industry: "Chemicals", region: "华东" });
    await d.contacts.create(rep, { companyId: company.id, name: "Zhang", title: "采购总监" });
    const raw = JSON.stringify([await t.db.company.findMany(), await t.db.contact.findMany(), await t.db.auditLog.findMany()]);
    for (const secret of ["Chemicals", "华东", "采购总监"]) expect(raw).not.toContain(secret);
    expect(company).toMatchObject({ industry: "Chemicals", region: "华东" });
    const overview = await d.companies.overview(company.id);
    expect(overview).toMatchObject({ industry: "Chemicals", region: "华东" });
    expect(overview.contacts.map((c) => c.title)).toEqual(["采购总监"]);
    expect((await d.companies.findByName("Acme")).industry).toBe("Chemicals");
  });

  it("leaves unlisted optional columns in plaintext", async () => {
    const d = createDomain(t.db, fixedClock(new Date("2026-12-02T04:00:00Z")), { fields: new SensitiveFields(new FieldCipher(randomBytes(32))) });
    const rep = await createActor(t.db, "Li Lei");
    const company = await d.companies.create(rep, { name: "Acme Corp", industry: "Chemicals" });
    expect((await t.db.company.findUniqueOrThrow({ where: { id: company.id } })).industry).toBe("Chemicals");
  });
});
