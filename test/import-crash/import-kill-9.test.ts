import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test-db.js";
import { type ImportCli, importCli } from "./import-cli.js";

// `npm run import -- file --user li --yes` in a real process on this suite's database (SQLite or
// PostgreSQL), killed with SIGKILL after some batches committed, then `--resume`d: every row must be
// in exactly once. CRM_CRASH_IMPORT_ROWS (default 5000, 10 batches) sizes it.
const ROWS = Number(process.env.CRM_CRASH_IMPORT_ROWS ?? 5000);
/** The killed process's claim on the job lapses after this; the resume waits for it. */
const LEASE_MS = 3000;

let t: TestDb;
let dir: string;
beforeEach(async () => {
  t = await createTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-import-kill9-"));
});
afterEach(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[]): ImportCli {
  return importCli(t.url, dir, LEASE_MS, args);
}

async function workbookFile(): Promise<string> {
  const file = path.join(dir, "客户.xlsx");
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  const sheet = writer.addWorksheet("客户");
  sheet.addRow(["客户名称", "联系人", "手机", "金额"]).commit();
  for (let i = 0; i < ROWS; i++) sheet.addRow([`崩溃测试客户${i}`, `联系人${i}`, `139${String(i).padStart(8, "0")}`, `${(i % 90) + 10}万`]).commit();
  sheet.commit();
  await writer.commit();
  return file;
}

it("kill -9 during an import, then --resume: every row is imported exactly once", { timeout: 300_000 }, async () => {
  const user = await t.db.user.create({ data: { name: "李雷" } });
  await t.db.channelIdentity.create({ data: { platform: "local", platformUserId: "li", userId: user.id } });
  const file = await workbookFile();

  const first = cli([file, "--user", "li", "--yes"]);
  // Killed once a few batches are in and before the last one: the job is mid-way.
  let killedAt = 0;
  for (const started = Date.now(); Date.now() - started < 120_000; await new Promise((r) => setTimeout(r, 25))) {
    const job = await t.db.importJob.findFirst();
    if (job && job.doneRows >= 1000) {
      first.child.kill("SIGKILL");
      killedAt = job.doneRows;
      break;
    }
    if (first.child.exitCode !== null) break;
  }
  expect(await first.exited, first.output()).toBeNull(); // it died of the signal, not of its own accord
  const stopped = await t.db.importJob.findFirstOrThrow();
  expect(stopped.status).toBe("running");
  expect(stopped.doneRows).toBeGreaterThanOrEqual(killedAt);
  expect(stopped.doneRows).toBeLessThan(ROWS);
  expect(await t.db.company.count()).toBe(stopped.doneRows); // what committed matches its counter

  const resumed = cli(["--resume", "--user", "li"]);
  expect(await resumed.exited, resumed.output()).toBe(0);
  expect(resumed.output()).toContain(`新建客户 ${ROWS}`);

  const job = await t.db.importJob.findFirstOrThrow();
  expect(job).toMatchObject({ status: "done", doneRows: ROWS, totalRows: ROWS, created: ROWS, updated: 0, skipped: 0, rejected: 0 });
  expect(await t.db.company.count({ where: { name: { startsWith: "崩溃测试客户" } } })).toBe(ROWS);
  expect(await t.db.contact.count()).toBe(ROWS);
  expect(await t.db.deal.count()).toBe(ROWS);
  // Each row's customer once: no name twice.
  const names = await t.db.company.groupBy({ by: ["name"], having: { name: { _count: { gt: 1 } } } });
  expect(names).toEqual([]);
  expect(await t.db.importedRecord.count({ where: { jobId: job.id, action: "created" } })).toBe(3 * ROWS);
  expect(await t.db.auditLog.count({ where: { action: "company.create" } })).toBe(ROWS);
  expect(await t.db.auditLog.count({ where: { action: "import.commit", entityId: job.id } })).toBe(1);
});
