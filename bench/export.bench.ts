import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { migrateDeploy } from "../app/migrate.js";
import { Bot } from "../bot/bot.js";
import { FileStore } from "../bot/documents/file-store.js";
import { writeSheet } from "../bot/exports/sheet-writer.js";
import { Inbox } from "../bot/inbox.js";
import { createDomain } from "../domain/index.js";
import { fixedClock } from "../domain/shared/clock.js";
import { openDatabase } from "../domain/shared/db.js";
import { loadPipeline } from "./automation-data.js";

const NOW = new Date("2026-11-25T02:00:00Z");

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * `export deals` of N deals (BENCH_EXPORT_DEALS, 100000) by an admin, through the inbox like a chat
 * message, next to a baseline in the same run: one raw better-sqlite3 query of the same columns
 * written by the same streaming xlsx writer. Goal: under 20 s for 100,000 deals.
 */
export async function benchExport(): Promise<string[]> {
  const deals = Number(process.env.BENCH_EXPORT_DEALS ?? 100_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-bench-export-"));
  try {
    const file = path.join(dir, "export.db");
    await migrateDeploy(`file:${file}`);
    loadPipeline(file, { teams: 10, repsPerTeam: 10, openDeals: deals, closedDeals: 0, followUps: 0, now: NOW, steadyStateAtRisk: false });
    const raw = new Database(file);
    raw.prepare(`UPDATE "User" SET role = 'admin' WHERE id = 'm0'`).run();

    const b0 = process.hrtime.bigint();
    const rows = raw
      .prepare(
        `SELECT d.number, d.title, c.name AS company, s.nameZh AS stage, d.amountMinor, d.currency, s.probability, u.name AS owner, d.expectedCloseAt, d.lastActivityAt, d.createdAt
         FROM "Deal" d JOIN "Company" c ON c.id = d.companyId JOIN "PipelineStage" s ON s.id = d.stageId JOIN "User" u ON u.id = d.ownerId ORDER BY d.number`,
      )
      .raw()
      .all() as (string | number)[][];
    const columns = ["编号", "名称", "客户", "阶段", "金额", "币种", "赢单概率", "负责人", "预计成交", "最近跟进", "创建时间"].map((header) => ({ header }));
    async function* once() {
      yield rows.map((r) => r.map((v, i) => (i === 4 ? Number(v) / 100 : v)));
    }
    const baselineRows = await writeSheet(path.join(dir, "baseline.xlsx"), "xlsx", "deals", columns, once());
    const baselineMs = ms(b0);
    raw.close();

    const db = await openDatabase(file);
    const clock = fixedClock(NOW);
    const domain = createDomain(db, clock);
    const bot = new Bot(domain, undefined, { files: new FileStore(path.join(dir, "files")) });
    const inbox = new Inbox(domain.events, bot, clock);
    const e0 = process.hrtime.bigint();
    const answer = await inbox.handle({
      type: "message",
      channel: "local",
      user: { platformUserId: "m0" },
      conversation: { id: "dm:m0", kind: "direct" },
      text: "导出 商机",
    });
    const exportMs = ms(e0);
    const attachment = answer.replies.find((r) => r.attachment)?.attachment;
    const text = answer.replies.map((r) => r.text ?? "").join(" ");
    await db.$disconnect();
    return [
      `export ${deals} deals to xlsx (goal: < 20 s for 100,000)`,
      `  baseline: one raw SQL query + the same streaming writer  ${baselineMs.toFixed(0).padStart(7)} ms  (${baselineRows} rows)`,
      `  export deals through the bot                             ${exportMs.toFixed(0).padStart(7)} ms  = ${((baselineMs / exportMs) * 100).toFixed(0)}% of the baseline's speed; ${attachment ? "file attached" : `no file: ${text}`}`,
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
