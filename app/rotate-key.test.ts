import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../test/actors.js";
import { createTestDb, type TestDb } from "../test/test-db.js";
import { createDomain } from "../domain/index.js";
import type { Actor } from "../domain/shared/actor.js";
import { fixedClock } from "../domain/shared/clock.js";
import { resealFields } from "../domain/privacy/field-reseal.js";
import { createCrmApp } from "./create-app.js";
import { generateDataKey, loadDataKeys, sensitiveFieldsFor } from "./data-keys.js";
import { rotateDataKey } from "./rotate-key.js";

let t: TestDb;
let dir: string;
let env: NodeJS.ProcessEnv;
let rep: Actor;

beforeEach(async () => {
  t = await createTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-keys-"));
  env = { CRM_DATA_DIR: dir, CRM_SENSITIVE_FIELDS: "Company.industry" };
  rep = await createActor(t.db, "Li Lei");
});
afterEach(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const domainWith = (e: NodeJS.ProcessEnv) =>
  createDomain(t.db, fixedClock(new Date("2026-12-02T04:00:00Z")), { fields: sensitiveFieldsFor(loadDataKeys(e), e) });
const keyIdOf = (stored: string | null) => stored?.split(":")[1];

async function seed(count: number) {
  const d = domainWith(env);
  const company = await d.companies.create(rep, { name: "Acme Corp", industry: "Chemicals" });
  for (let i = 0; i < count; i++) {
    await d.contacts.create(rep, { companyId: company.id, name: `Person ${i}`, phone: `1380013800${i}`, email: `p${i}@acme.com`, wechatId: `wx_${i}` });
  }
  return company;
}

describe("npm run rotate-key", () => {
  it("generates a new key, keeps the old one for reading, re-encrypts every value and hash", async () => {
    const company = await seed(3);
    const oldId = domainWith(env).fields.cipher.keyId;
    const result = await rotateDataKey(t.db, { env, generate: true, batchSize: 2 });
    expect(result.counts).toEqual({ Contact: 3, Company: 1, Lead: 0 });
    expect(result.keyId).not.toBe(oldId);
    expect(fs.statSync(path.join(dir, "data-key")).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(dir, "data-key.previous")).mode & 0o777).toBe(0o600);

    for (const row of await t.db.contact.findMany()) {
      for (const stored of [row.phone, row.email, row.wechatId]) expect(keyIdOf(stored)).toBe(result.keyId);
      for (const hash of [row.phoneHash, row.emailHash]) expect(hash?.split(":")[0]).toBe(result.keyId);
    }
    expect(keyIdOf((await t.db.company.findUniqueOrThrow({ where: { id: company.id } })).industry)).toBe(result.keyId);

    // Only the new key is needed now: drop the previous one and everything still reads and matches.
    fs.rmSync(path.join(dir, "data-key.previous"));
    const d = domainWith(env);
    expect(await d.contacts.findByName("+86 138-0013-8001")).toMatchObject({ name: "Person 1", email: "p1@acme.com", wechatId: "wx_1" });
    expect(await d.contacts.findByName("P2@ACME.com")).toMatchObject({ name: "Person 2" });
    expect((await d.companies.get(company.id)).industry).toBe("Chemicals");
  });

  it("is resumable: a run that stopped half way is finished by running it again", async () => {
    await seed(5);
    await expect(
      rotateDataKey(t.db, {
        env,
        generate: true,
        batchSize: 2,
        onBatch: () => {
          throw new Error("killed");
        },
      }),
    ).rejects.toThrow("killed");
    // The first batch was committed before the interruption.
    const again = await rotateDataKey(t.db, { env, generate: false, batchSize: 2 });
    expect(again.counts).toEqual({ Contact: 3, Company: 1, Lead: 0 });
    expect((await rotateDataKey(t.db, { env, generate: false })).counts).toEqual({ Contact: 0, Company: 0, Lead: 0 });
  });

  it("takes a new key from CRM_DATA_KEY with the old one in CRM_DATA_KEY_PREVIOUS", async () => {
    await seed(2);
    const old = fs.readFileSync(path.join(dir, "data-key"), "utf8").trim();
    const rotated = { ...env, CRM_DATA_KEY: generateDataKey(), CRM_DATA_KEY_PREVIOUS: old };
    await expect(rotateDataKey(t.db, { env: rotated, generate: true })).rejects.toThrow(/CRM_DATA_KEY is set/);
    const result = await rotateDataKey(t.db, { env: rotated, generate: false });
    expect(result.counts).toEqual({ Contact: 2, Company: 1, Lead: 0 });
    const d = domainWith({ CRM_DATA_DIR: dir, CRM_DATA_KEY: rotated.CRM_DATA_KEY });
    expect(await d.contacts.findByName("13800138000")).toMatchObject({ name: "Person 0", email: "p0@acme.com" });
  });

  it("refuses to read a value whose key is gone, naming the key", async () => {
    await seed(1);
    const d = domainWith({ CRM_DATA_DIR: dir, CRM_DATA_KEY: generateDataKey() });
    const row = await t.db.contact.findFirstOrThrow();
    await expect(d.contacts.get(row.id)).rejects.toThrow(/not configured/);
  });
});

describe("start with the wrong key", () => {
  it("is refused with a message naming the missing key, instead of failing on every read later", async () => {
    await seed(1);
    const storedUnder = domainWith(env).fields.cipher.keyId;
    const other = { CRM_DATA_DIR: dir, CRM_DATA_KEY: generateDataKey() };
    await expect(createCrmApp({ databaseUrl: t.url, migrate: false, outboxPollMs: 0, env: other })).rejects.toThrow(
      new RegExp(`data key ${storedUnder}.*CRM_DATA_KEY`),
    );
    const app = await createCrmApp({
      databaseUrl: t.url,
      migrate: false,
      outboxPollMs: 0,
      env: { ...other, CRM_DATA_KEY_PREVIOUS: fs.readFileSync(path.join(dir, "data-key"), "utf8").trim() },
    });
    await app.close();
  });
});

describe("encryption of rows stored before encryption (on every start)", () => {
  it("encrypts plaintext values, adds their hashes, and leaves encrypted ones alone", async () => {
    const company = await t.db.company.create({ data: { name: "Old Co", searchKey: "old co", industry: "Steel" } });
    await t.db.contact.create({
      data: { companyId: company.id, name: "Wang", searchKey: "wang", phone: "+86 139 0000 0000", email: "Wang@Old.co", wechatId: "wang_wx" },
    });
    const d = domainWith(env);
    await d.contacts.create(rep, { companyId: company.id, name: "New", phone: "13700000000" });
    const encryptedBefore = (await t.db.contact.findFirstOrThrow({ where: { name: "New" } })).phone;

    const counts = await resealFields(t.db, d.fields, { mode: "plaintext" });
    expect(counts).toEqual({ Contact: 1, Company: 1, Lead: 0 });
    const wang = await t.db.contact.findFirstOrThrow({ where: { name: "Wang" } });
    // The plaintexts whole (a short fragment such as "139" turns up in base64 ciphertext by chance).
    expect(JSON.stringify(wang)).not.toMatch(/\+86 139 0000 0000|13900000000|wang@old\.co|"wang_wx"/i);
    expect(await d.contacts.findByName("13900000000")).toMatchObject({ name: "Wang", email: "Wang@Old.co", wechatId: "wang_wx" });
    expect((await t.db.contact.findFirstOrThrow({ where: { name: "New" } })).phone).toBe(encryptedBefore);
    expect(await resealFields(t.db, d.fields, { mode: "plaintext" })).toEqual({ Contact: 0, Company: 0, Lead: 0 });
  });
});
