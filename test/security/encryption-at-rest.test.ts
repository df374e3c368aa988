import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, button, createHarnessWithCompanies, type Harness, LI, textOf } from "../bot-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(async () => {
  await h.close();
});

const PHONE = "13800138000";
const EMAIL = "zhang.wei@huawei.com";

interface RawContact {
  phone: string | null;
  email: string | null;
  wechatId: string | null;
}

/** The columns as stored, past Prisma and the domain. */
async function rawContacts(): Promise<RawContact[]> {
  const sql = h.t.dialect === "postgres" ? `SELECT phone, email, "wechatId" FROM "Contact"` : `SELECT phone, email, wechatId FROM Contact`;
  return h.t.db.$queryRawUnsafe<RawContact[]>(sql);
}

describe("personal contact fields at rest", () => {
  it("stores phone and email encrypted: neither a raw SELECT nor the database file shows them", async () => {
    expect(textOf(await h.say(LI, `联系人 添加 华为 张伟 ${PHONE} ${EMAIL}`))).toContain("张伟");
    const [row] = await rawContacts();
    expect(row?.phone).toMatch(/^v1:/);
    expect(row?.email).toMatch(/^v1:/);
    const everything = JSON.stringify(await rawContacts());
    expect(everything).not.toContain(PHONE);
    expect(everything).not.toContain("zhang.wei");
    // The audit row of the creation keeps a copy of the row: it must not hold the plaintext either.
    expect(JSON.stringify(await h.t.db.auditLog.findMany())).not.toContain(PHONE);
    if (h.t.dialect === "sqlite") {
      await h.t.db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
      const bytes = fs.readFileSync(h.t.file);
      expect(bytes.includes(Buffer.from(PHONE))).toBe(false);
      expect(bytes.includes(Buffer.from("zhang.wei"))).toBe(false);
    }
  });

  it("still shows the plaintext to the people allowed to see the contact", async () => {
    await h.say(LI, `联系人 添加 华为 张伟 ${PHONE} ${EMAIL}`);
    const card = textOf(await h.say(LI, "联系人 查看 张伟"));
    expect(card).toContain(PHONE);
    expect(card).toContain(EMAIL);
  });

  it("finds a contact by phone (any spelling of the number) or by email (any case)", async () => {
    await h.say(LI, `联系人 添加 华为 张伟 ${PHONE} ${EMAIL}`);
    expect(textOf(await h.say(LI, "联系人 查看 +86-138-0013-8000"))).toContain("张伟 · 华为");
    expect(textOf(await h.say(LI, "联系人 查看 Zhang.Wei@HUAWEI.com"))).toContain("张伟 · 华为");
    expect(textOf(await h.say(LI, "联系人 查看 13900000000"))).not.toContain("张伟");
  });

  it("refuses a second contact with the same phone or email at the same company", async () => {
    await h.say(LI, `联系人 添加 华为 张伟 ${PHONE} ${EMAIL}`);
    expect(textOf(await h.say(LI, "联系人 添加 华为 张三 +86 138-0013-8000"))).toContain("张伟");
    expect(textOf(await h.say(LI, "联系人 添加 华为 王五 ZHANG.WEI@huawei.com"))).toContain("张伟");
    expect(await h.t.db.contact.count()).toBe(1);
    // Another company may know the same person.
    await h.say(AMY, `contact add Acme Corp Zhang Wei ${PHONE}`);
    expect(await h.t.db.contact.count()).toBe(2);
  });
});

describe("privacy requests on encrypted contacts", () => {
  const previousDataDir = process.env.CRM_DATA_DIR;
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-enc-export-"));
    process.env.CRM_DATA_DIR = dataDir;
  });
  afterEach(() => {
    if (previousDataDir === undefined) delete process.env.CRM_DATA_DIR;
    else process.env.CRM_DATA_DIR = previousDataDir;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const confirm = async (text: string) => {
    const asked = await h.say(BOSS, text);
    return h.press(
      BOSS,
      button(asked, (b) => b.actionId === "privacy.confirm" && b.value.endsWith(":yes")),
    );
  };

  it("exports the plaintext (the person's own data) and finds the contact by phone", async () => {
    await h.say(LI, `联系人 添加 华为 张伟 ${PHONE} ${EMAIL}`);
    await confirm(`contact export ${PHONE}`);
    const [file] = fs.readdirSync(path.join(dataDir, "exports"));
    const exported = fs.readFileSync(path.join(dataDir, "exports", file!), "utf8");
    expect(exported).toContain(PHONE);
    expect(exported).toContain(EMAIL);
  });

  it("erase clears the encrypted values and the lookup hashes: the phone no longer finds anyone", async () => {
    await h.say(LI, `联系人 添加 华为 张伟 ${PHONE} ${EMAIL}`);
    await confirm("contact erase 张伟");
    const row = await h.t.db.contact.findFirstOrThrow();
    expect(row).toMatchObject({ phone: null, email: null, wechatId: null, phoneHash: null, emailHash: null });
    expect(textOf(await h.say(LI, `联系人 查看 ${PHONE}`))).not.toContain("华为");
    // The same person may be added again later (as a new contact).
    expect(textOf(await h.say(LI, `联系人 添加 华为 张伟 ${PHONE}`))).toContain("已添加");
  });
});
