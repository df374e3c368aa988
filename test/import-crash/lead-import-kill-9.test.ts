import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test-db.js";
import { type ImportCli, importCli } from "./import-cli.js";

// The lead import's twin of import-kill-9.test.ts: `npm run import -- 线索.xlsx --user li --yes` (a lead
// sheet, read as leads by its 线索来源 column) killed with SIGKILL after some batches, then `--resume`d:
// every lead in exactly once, and the file's last two rows — the same person as its first two, by
// phone and by WeChat id — known as repeats by the resumed process, which did not see the first rows.
const ROWS = Number(process.env.CRM_CRASH_IMPORT_ROWS ?? 5000);
/** The killed process's claim on the job lapses after this; the resume waits for it. */
const LEASE_MS = 3000;

let t: TestDb;
let dir: string;
beforeEach(async () => {
  t = await createTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-lead-import-kill9-"));
});
afterEach(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[]): ImportCli {
  return importCli(t.url, dir, LEASE_MS, args);
}

async function workbookFile(): Promise<string> {
  const file = path.join(dir, "线索.xlsx");
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  const sheet = writer.addWorksheet("线索");
  sheet.addRow(["姓名", "公司", "手机", "微信", "线索来源"]).commit();
  for (let i = 0; i < ROWS; i++) sheet.addRow([`崩溃测试线索${i}`, `公司${i % 50}`, `137${String(i).padStart(8, "0")}`, `wx_crash_${i}`, "展会"]).commit();
  // The first row's phone again, and the second row's WeChat id again.
  sheet.addRow(["重复甲", "", "13700000000", "", "展会"]).commit();
  sheet.addRow(["重复乙", "", "", "wx_crash_1", "展会"]).commit();
  sheet.commit();
  await writer.commit();
  return file;
}

it("kill -9 during a lead import, then --resume: every lead is in exactly once, repeats across the crash known", { timeout: 300_000 }, async () => {
  const user = await t.db.user.create({ data: { name: "李雷" } });
  await t.db.channelIdentity.create({ data: { platform: "local", platformUserId: "li", userId: user.id } });
  const file = await workbookFile();

  const first = cli([file, "--user", "li", "--yes"]);
  // Killed once a few batches are in and before the last one: the job is mid-way.
  let killedAt = 0;
  for (const started = Date.now(); Date.now() - started < 120_000; await new Promise((r) => setTimeout(r, 25))) {
    const job = await t.db.importJob.findFirst();
    if (job && job.doneRows >= 1000 && job.status === "running") {
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
  expect(stopped.kind).toBe("leads");
  expect(await t.db.lead.count()).toBe(stopped.doneRows); // what committed matches its counter

  const resumed = cli(["--resume", "--user", "li"]);
  expect(await resumed.exited, resumed.output()).toBe(0);
  expect(resumed.output()).toContain(`新建线索 ${ROWS}，补全 0，跳过 2`);

  const job = await t.db.importJob.findFirstOrThrow();
  expect(job).toMatchObject({ status: "done", doneRows: ROWS + 2, totalRows: ROWS + 2, created: ROWS, updated: 0, skipped: 2, rejected: 0 });
  expect(await t.db.lead.count({ where: { name: { startsWith: "崩溃测试线索" } } })).toBe(ROWS);
  expect(await t.db.lead.count()).toBe(ROWS);
  const names = await t.db.lead.groupBy({ by: ["name"], having: { name: { _count: { gt: 1 } } } });
  expect(names).toEqual([]);
  const numbers = await t.db.lead.groupBy({ by: ["number"], having: { number: { _count: { gt: 1 } } } });
  expect(numbers).toEqual([]);
  expect(await t.db.importedRecord.count({ where: { jobId: job.id, entityType: "lead", action: "created" } })).toBe(ROWS);
  expect(await t.db.auditLog.count({ where: { action: "lead.create" } })).toBe(ROWS);
  expect(await t.db.auditLog.count({ where: { action: "import.commit", entityId: job.id } })).toBe(1);
});
