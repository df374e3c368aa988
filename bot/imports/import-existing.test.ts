import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";
import { sendFile, workbook } from "../../test/import-fixture.js";
import { FileStore } from "../documents/file-store.js";

// 华为 belongs to 李雷. A batch reads what its rows need of existing customers once (ImportBatchData):
// a later row of the batch, and a later batch, must still see what the earlier rows wrote.
let h: Harness;
let dir: string;
let files: FileStore;
beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "crm-import-existing-"));
  files = new FileStore(dir);
  h = await createHarnessWithCompanies(undefined, { files });
});
afterEach(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openJob() {
  const preview = await sendFile(h, files, LI, "huawei.xlsx", await workbook([["客户名称"], ["华为"]]));
  // The preview first: when no job is opened, the failure then says what the bot answered instead.
  expect({ reply: textOf(preview), errors: h.errors }).toMatchObject({ reply: expect.stringContaining("huawei.xlsx"), errors: [] });
  const job = await h.t.db.importJob.findFirstOrThrow({ where: { fileName: "huawei.xlsx" } });
  const li = await h.domain.users.resolveIdentity({ platform: "local", platformUserId: "li" });
  return { jobId: job.id, actor: { userId: li.id, role: li.role as "rep", teamId: li.teamId, channel: "local" } };
}

const people = async () =>
  (await h.t.db.contact.findMany({ where: { company: { name: "华为" } }, orderBy: { name: "asc" } })).map((c) => ({
    name: c.name,
    hasPhone: c.phone !== null,
    hasEmail: c.email !== null,
    title: c.title,
  }));

describe("rows updating an existing customer, within a batch and across batches", () => {
  it("fills a stored person once, adds a new one once, and merges the customer's fields and tags row after row", async () => {
    await h.say(LI, "联系人 添加 华为 张总 13800138000");
    const { jobId, actor } = await openJob();
    await h.domain.imports.commitBatch(actor, jobId, 0, [
      { company: "华为", contact: "张总", email: "zhang@huawei.com", tags: ["VIP"] },
      // Same person again (by name): the email was filled by the row before, so nothing is left to fill.
      { company: "华为", contact: "张总", email: "other@huawei.com", industry: "通信" },
      { company: "华为", contact: "李工", phone: "13900000000", tags: ["vip", "5G"] },
      // Same person as 李工 by phone: not a second contact.
      { company: "华为", contact: "李四", phone: "+86 139-0000-0000" },
    ]);
    let job = await h.t.db.importJob.findUniqueOrThrow({ where: { id: jobId } });
    expect([job.updated, job.skipped]).toEqual([3, 1]);
    expect(await people()).toEqual([
      { name: "张总", hasPhone: true, hasEmail: true, title: null },
      { name: "李工", hasPhone: true, hasEmail: false, title: null },
    ]);
    const huawei = await h.t.db.company.findFirstOrThrow({ where: { name: "华为" } });
    expect([huawei.industry, JSON.parse(huawei.tags)]).toEqual(["通信", ["VIP", "5G"]]);
    // The next batch reads the people the first one added and filled.
    await h.domain.imports.commitBatch(actor, jobId, 4, [
      { company: "华为", contact: "李工", jobTitle: "工程师" },
      { company: "华为", contact: "张总", jobTitle: "CTO", tags: ["5g"] },
    ]);
    job = await h.t.db.importJob.findUniqueOrThrow({ where: { id: jobId } });
    expect([job.updated, job.skipped]).toEqual([5, 1]);
    expect(await people()).toEqual([
      { name: "张总", hasPhone: true, hasEmail: true, title: "CTO" },
      { name: "李工", hasPhone: true, hasEmail: false, title: "工程师" },
    ]);
    expect(JSON.parse((await h.t.db.company.findFirstOrThrow({ where: { name: "华为" } })).tags)).toEqual(["VIP", "5G"]);
    const card = textOf(await h.say(LI, "联系人 查看 张总"));
    expect(card).toContain("zhang@huawei.com");
    expect(card).not.toContain("other@huawei.com");
  });
});
