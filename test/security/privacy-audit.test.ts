import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttons, textOf } from "../bot-harness.js";
import { CAST, createRbacWorld, type RbacWorld } from "./rbac-cast.js";

let w: RbacWorld;
let dataDir: string;
const previousDataDir = process.env.CRM_DATA_DIR;
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-privacy-"));
  process.env.CRM_DATA_DIR = dataDir;
  w = await createRbacWorld();
  await w.h.say(CAST.li, "log called Zhang at Northwind about the budget");
  await w.h.say(CAST.amy, "log emailed Northwind, Zhang asked for the brochure");
});
afterAll(async () => {
  if (previousDataDir === undefined) delete process.env.CRM_DATA_DIR;
  else process.env.CRM_DATA_DIR = previousDataDir;
  fs.rmSync(dataDir, { recursive: true, force: true });
  await w.h.close();
});

const confirm = async (text: string) => {
  const asked = await w.h.say(CAST.boss, text);
  const yes = buttons(asked).find((b) => b.actionId === "privacy.confirm" && b.value.endsWith(":yes"));
  expect(yes, textOf(asked)).toBeDefined();
  return w.h.press(CAST.boss, yes!);
};

describe("audit <entity>", () => {
  it("lists actor, channel, time, action and the change for a deal (en) and a company (zh)", async () => {
    await w.h.say(CAST.li, "deal move 1 proposal");
    const en = textOf(await w.h.say(CAST.boss, "audit deal D-1"));
    expect(en).toContain("Audit trail: deal #1");
    expect(en).toMatch(/Li · local · moved the stage/);
    expect(en).toMatch(/stage: \S+ → \S+/);
    expect(en).toMatch(/Li · local · created the deal/);
    const zh = textOf(await w.h.say(CAST.boss, "审计 客户 Northwind"));
    expect(zh).toContain("审计记录：客户 Northwind");
    expect(zh).toMatch(/新建客户/);
  });

  it("is refused to a manager", async () => {
    expect(textOf(await w.h.say(CAST.mia, "audit deal 1"))).toContain("Only an admin");
  });
});

describe("contact export / erase (PIPL / GDPR)", () => {
  it("export asks first, then writes everything held on the person to a JSON file named in the reply", async () => {
    const reply = textOf(await confirm("contact export Zhang"));
    const file = /(\/\S+\.json)/.exec(reply)?.[1];
    expect(file, reply).toBeDefined();
    expect(file!.startsWith(path.join(dataDir, "exports"))).toBe(true);
    const data = JSON.parse(fs.readFileSync(file!, "utf8")) as {
      contact: { name: string; phone: string };
      activities: { summary: string }[];
      followUps: unknown[];
    };
    expect(data.contact).toMatchObject({ name: "Zhang", phone: "13800138000" });
    expect(data.activities.map((a) => a.summary)).toEqual(expect.arrayContaining([expect.stringContaining("budget"), expect.stringContaining("brochure")]));
    expect(data.followUps).toHaveLength(1);
    expect(await w.h.t.db.auditLog.count({ where: { action: "contact.export", entityId: w.contactId } })).toBe(1);
  });

  it("erase asks first, removes personal fields, keeps anonymised activity counts, and is audited", async () => {
    const activitiesBefore = await w.h.t.db.activity.count();
    expect(textOf(await confirm("contact erase Zhang"))).toContain("Personal data erased");
    const contact = await w.h.t.db.contact.findUniqueOrThrow({ where: { id: w.contactId } });
    expect(contact).toMatchObject({ name: "[erased]", phone: null, email: null, title: null, wechatId: null });
    expect(contact.erasedAt).not.toBeNull();
    expect(await w.h.t.db.activity.count()).toBe(activitiesBefore);
    const all = JSON.stringify([
      await w.h.t.db.activity.findMany(),
      await w.h.t.db.followUp.findMany(),
      await w.h.t.db.contact.findMany(),
      await w.h.t.db.auditLog.findMany({ where: { action: { not: "contact.export" } } }),
    ]);
    expect(all).not.toContain("Zhang");
    expect(all).not.toContain("13800138000");
    expect(await w.h.t.db.auditLog.count({ where: { action: "contact.erase", entityId: w.contactId } })).toBe(1);
    // The person is gone from lookups; a second request finds nobody.
    expect(textOf(await w.h.say(CAST.boss, "contact erase Zhang"))).toContain("No contact found");
    expect(textOf(await w.h.say(CAST.boss, `audit contact ${w.contactId}`))).toContain("erased personal data");
  });
});
