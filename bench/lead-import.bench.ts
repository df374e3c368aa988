import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { migrateDeploy } from "../app/migrate.js";
import { Bot } from "../bot/bot.js";
import { FileStore } from "../bot/documents/file-store.js";
import { ImportRunner } from "../bot/imports/import-runner.js";
import { Inbox } from "../bot/inbox.js";
import { createDomain } from "../domain/index.js";
import { fixedClock } from "../domain/shared/clock.js";
import { openDatabase } from "../domain/shared/db.js";
import { startNodeFlags } from "../test/start-command.js";

const NOW = new Date("2026-11-25T02:00:00Z");
const CHILD_FLAG = "--lead-import-child";
const PROVINCES = ["浙江省", "广东", "北京", "四川成都", "Shanghai"];
const SOURCES = ["展会", "官网", "百度推广", "转介绍", "2026工博会"];

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

interface LeadImportRun {
  previewMs: number;
  importMs: number;
  leads: number;
  summary: string;
  idleMb: number;
  peakMb: number;
}

/**
 * Import of an N-row lead sheet (BENCH_IMPORT_ROWS, 100000): name, company, phone, email, source,
 * province per row, sent as a file (previewed as leads by its 线索来源 column) and confirmed through
 * the inbox, then committed by the import runner in a fresh child process, whose peak RSS is the
 * figure — the customer import's bench (import.bench.ts) with a lead sheet.
 */
export async function benchLeadImport(): Promise<string[]> {
  const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-bench-lead-import-"));
  try {
    const sheetFile = path.join(dir, "leads.xlsx");
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: sheetFile });
    const sheet = writer.addWorksheet("线索");
    sheet.addRow(["姓名", "公司", "手机", "邮箱", "线索来源", "省份"]).commit();
    for (let i = 0; i < rows; i++)
      sheet.addRow([`线索${i}`, `线索公司${i % 5000}`, `137${String(i).padStart(8, "0")}`, `lead${i}@example.com`, SOURCES[i % 5], PROVINCES[i % 5]]).commit();
    sheet.commit();
    await writer.commit();
    const file = path.join(dir, "import.db");
    await migrateDeploy(`file:${file}`);
    const run = await inChild(file, sheetFile, path.join(dir, "files"));
    const perRow = rows > 0 ? ` = ${((run.importMs * 1000) / rows).toFixed(0)} µs a row` : "";
    return [
      `lead import ${rows} rows (one lead each: name, company, phone, email, source, province) from xlsx`,
      `  preview (read, map, check, dedupe by phone/email hash; nothing written)   ${run.previewMs.toFixed(0).padStart(7)} ms`,
      `  import by the runner, 500 rows per transaction                            ${run.importMs.toFixed(0).padStart(7)} ms${perRow}  (${run.leads} leads; ${run.summary})`,
      `  child process RSS idle ${run.idleMb.toFixed(0)} MB, peak ${run.peakMb.toFixed(0)} MB (maxRSS)`,
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function inChild(dbFile: string, sheetFile: string, filesDir: string): Promise<LeadImportRun> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [
        ...startNodeFlags(),
        "--import",
        "tsx",
        ...(process.env.BENCH_IMPORT_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_IMPORT_PROFILE}`] : []),
        fileURLToPath(import.meta.url),
        CHILD_FLAG,
        dbFile,
        sheetFile,
        filesDir,
      ],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    proc.stdout.on("data", (d) => (out += d));
    proc.on("error", reject);
    proc.on("exit", (code) => {
      const last = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !last.startsWith("{")) reject(new Error(`lead import child exited with ${code}: ${out.slice(-500)}`));
      else resolve(JSON.parse(last) as LeadImportRun);
    });
  });
}

async function childRun(dbFile: string, sheetFile: string, filesDir: string): Promise<LeadImportRun> {
  const db = await openDatabase(dbFile);
  const clock = fixedClock(NOW);
  const domain = createDomain(db, clock);
  const files = new FileStore(filesDir);
  const inbox = new Inbox(domain.events, new Bot(domain, undefined, { files }), clock);
  const who = { channel: "local", user: { platformUserId: "importer" }, conversation: { id: "dm:importer", kind: "direct" as const } };
  await inbox.handle({ ...who, type: "message", text: "帮助" });
  const stored = await files.create("import", "xlsx");
  fs.copyFileSync(sheetFile, stored.path);
  const idle = process.memoryUsage().rss;
  const p0 = process.hrtime.bigint();
  const preview = await inbox.handle({ ...who, type: "file", fileName: "leads.xlsx", storedName: stored.fileName });
  const previewMs = ms(p0);
  const confirm = preview.replies
    .flatMap((r) => r.card?.blocks.flatMap((b) => (b.type === "actions" ? b.buttons : [])) ?? [])
    .find((b) => b.value.endsWith(":update"));
  if (!confirm) throw new Error(`no Import button: ${JSON.stringify(preview.replies).slice(0, 300)}`);
  await inbox.handle({ ...who, type: "card.action", actionId: confirm.actionId, value: confirm.value });
  const runner = new ImportRunner({ domain, files, editable: () => true });
  const i0 = process.hrtime.bigint();
  const done = await runner.runInForeground(confirm.value.split(":")[0]!, { waitMs: 0 });
  const importMs = ms(i0);
  const leads = await db.lead.count();
  await db.$disconnect();
  const summary = done === "held" ? "held" : done.map((r) => r.text ?? "").join(" ");
  return { previewMs, importMs, leads, summary: summary.slice(0, 60), idleMb: idle / 1e6, peakMb: (process.resourceUsage().maxRSS * 1024) / 1e6 };
}

if (process.argv[2] === CHILD_FLAG) {
  const [dbFile, sheetFile, filesDir] = process.argv.slice(3) as [string, string, string];
  process.stdout.write(`${JSON.stringify(await childRun(dbFile, sheetFile, filesDir))}\n`);
}
