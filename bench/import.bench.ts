import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import { migrateDeploy } from "../app/migrate.js";
import { Bot } from "../bot/bot.js";
import { FileStore } from "../bot/documents/file-store.js";
import { Inbox } from "../bot/inbox.js";
import { createDomain } from "../domain/index.js";
import { fixedClock } from "../domain/shared/clock.js";
import { openDatabase } from "../domain/shared/db.js";

const NOW = new Date("2026-11-25T02:00:00Z");

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Import of an N-row workbook (BENCH_IMPORT_ROWS, 100000): customer, contact, phone, amount per row,
 * sent as a file and confirmed, through the inbox like a chat; next to a baseline in the same run:
 * raw better-sqlite3 inserts of one company, contact and deal per row in one transaction. Goal: 100,000
 * rows in under 60 s, memory under 300 MB.
 */
export async function benchImport(): Promise<string[]> {
  const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-bench-import-"));
  try {
    const sheetFile = path.join(dir, "customers.xlsx");
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: sheetFile });
    const sheet = writer.addWorksheet("客户");
    sheet.addRow(["客户名称", "联系人", "手机", "金额"]).commit();
    for (let i = 0; i < rows; i++) sheet.addRow([`导入测试客户${i}`, `联系人${i}`, `139${String(i).padStart(8, "0")}`, `${(i % 90) + 10}万`]).commit();
    sheet.commit();
    await writer.commit();

    const template = path.join(dir, "template.db");
    await migrateDeploy(`file:${template}`);
    const baseline = path.join(dir, "baseline.db");
    fs.copyFileSync(template, baseline);
    const raw = new Database(baseline);
    const company = raw.prepare(`INSERT INTO "Company" (id, name, searchKey, tier, tags, createdAt, updatedAt) VALUES (?, ?, ?, 'C', '[]', ?, ?)`);
    const contact = raw.prepare(`INSERT INTO "Contact" (id, companyId, name, searchKey, phone, tags, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, '[]', ?, ?)`);
    const b0 = process.hrtime.bigint();
    const now = NOW.toISOString();
    raw.transaction(() => {
      for (let i = 0; i < rows; i++) {
        company.run(`c${i}`, `导入测试客户${i}`, `导入测试客户${i}`, now, now);
        contact.run(`p${i}`, `c${i}`, `联系人${i}`, `联系人${i}`, `139${i}`, now, now);
      }
    })();
    const baselineMs = ms(b0);
    raw.close();

    const file = path.join(dir, "import.db");
    fs.copyFileSync(template, file);
    const db = await openDatabase(file);
    const clock = fixedClock(NOW);
    const domain = createDomain(db, clock);
    const files = new FileStore(path.join(dir, "files"));
    const inbox = new Inbox(domain.events, new Bot(domain, undefined, { files }), clock);
    const who = { channel: "local", user: { platformUserId: "importer" }, conversation: { id: "dm:importer", kind: "direct" as const } };
    await inbox.handle({ ...who, type: "message", text: "帮助" });
    const stored = await files.create("import", "xlsx");
    fs.copyFileSync(sheetFile, stored.path);
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    const before = process.memoryUsage().rss;
    const p0 = process.hrtime.bigint();
    const preview = await inbox.handle({ ...who, type: "file", fileName: "customers.xlsx", storedName: stored.fileName });
    const previewMs = ms(p0);
    const confirm = preview.replies
      .flatMap((r) => r.card?.blocks.flatMap((b) => (b.type === "actions" ? b.buttons : [])) ?? [])
      .find((b) => b.value.endsWith(":update"));
    const i0 = process.hrtime.bigint();
    const done = confirm ? await inbox.handle({ ...who, type: "card.action", actionId: confirm.actionId, value: confirm.value }) : preview;
    const importMs = ms(i0);
    clearInterval(sampler);
    const imported = await db.company.count();
    await db.$disconnect();
    const summary = done.replies
      .map((r) => r.text ?? "")
      .join(" ")
      .slice(0, 80);
    return [
      `import ${rows} rows (customer + contact + deal each) from xlsx (goal: 100,000 in < 60 s, < 300 MB)`,
      `  baseline: raw inserts of a company and a contact per row, one transaction  ${baselineMs.toFixed(0).padStart(7)} ms`,
      `  preview (read, map, match; nothing written)                               ${previewMs.toFixed(0).padStart(7)} ms`,
      `  import after the confirmation, 500 rows per transaction                   ${importMs.toFixed(0).padStart(7)} ms  (${imported} customers; ${summary})`,
      `  process RSS before ${(before / 1e6).toFixed(0)} MB, peak ${(peak / 1e6).toFixed(0)} MB`,
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
