import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, createNorthTeamHarness, type Harness, LI, textOf } from "../../test/bot-harness.js";
import { FileStore } from "../documents/file-store.js";
import type { BotResponse } from "../types.js";

// NOW: Wednesday 2026-11-25 10:00 in Shanghai. 李雷 and Amy (reps) in team north; BOSS is the admin.
let h: Harness;
let dir: string;
beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "crm-export-figures-"));
  h = await createNorthTeamHarness({ files: new FileStore(dir) });
  await h.say(LI, "客户 添加 腾讯");
  await h.say(LI, "客户 添加 小米");
  await h.say(LI, "商机 新建 华为 50万 方案报价"); // #1, 50%, this month
  await h.say(LI, "商机 1 预计成交 11月30日");
  await h.say(LI, "商机 新建 腾讯 10万 商务谈判"); // #2, 75% → commit, this month
  await h.say(LI, "商机 2 预计成交 11月28日");
  await h.say(LI, "商机 新建 小米 30万 赢单"); // #3, won today
  await h.say(AMY, "deal new Acme Corp 40k proposal"); // #4, USD
  await h.say(AMY, "deal 4 close date Nov 30");
  await h.say(AMY, "called Acme Corp, went through pricing");
});
afterEach(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

const fileOf = (reply: BotResponse) => reply.replies.find((r) => r.attachment)?.attachment;
async function workbook(file: string): Promise<Record<string, unknown[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const out: Record<string, unknown[][]> = {};
  for (const sheet of book.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    out[sheet.name] = rows;
  }
  return out;
}

describe("exports of figures: pipeline, forecast, report", () => {
  it("the forecast: per rep and currency the weighted, commit, best-case and won sums the forecast shows, then the total", async () => {
    await h.say(BOSS, "user role 李雷 manager");
    const reply = await h.say(LI, "导出 预测 团队");
    expect(textOf(reply)).toContain("已导出销售预测（2026年11月 · 团队），文件见附件。");
    const book = await workbook(fileOf(reply)!.path);
    expect(Object.keys(book)).toEqual(["销售预测"]);
    // 50万 × 50% + 10万 × 75% = 32.5万 weighted; commit 10万; best case 60万; won 30万. Amy: $40,000 at 50%.
    expect(book["销售预测"]).toEqual([
      ["销售", "未结商机", "币种", "加权金额", "承诺", "最佳情况", "已赢单"],
      ["Amy Chen", 1, "USD", 20000, 0, 40000, 0],
      ["李雷", 2, "CNY", 325000, 100000, 600000, 300000],
      // The count once, so a column sum is right; the name on each currency's row, so a filter keeps it.
      ["合计", 3, "CNY", 325000, 100000, 600000, 300000],
      ["合计", undefined, "USD", 20000, 0, 40000, 0],
    ]);
  });

  it("the pipeline per stage and currency; a rep's own unless they may see more", async () => {
    const reply = await h.say(AMY, "export pipeline");
    expect(textOf(reply)).toContain("Exported the pipeline (mine); the file is attached.");
    const rows = (await workbook(fileOf(reply)!.path)).Pipeline!;
    expect(rows[0]).toEqual(["Stage", "Deals", "Amount", "Currency"]);
    expect(rows.filter((r) => r[0] !== "Open total" && r[2] === 40000)).toEqual([["Proposal", 1, 40000, "USD"]]);
    expect(rows.at(-1)).toEqual(["Open total", 1, 40000, "USD"]);
    expect(textOf(await h.say(AMY, "export pipeline all"))).toContain("permission to see that");
    expect(textOf(await h.say(AMY, "export report last year mine"))).toContain("No sales report to export (2025 · mine).");
    expect(textOf(await h.say(AMY, "export pipeline next month"))).toContain("next month");
  });

  it("the report as a workbook: figures, funnel, activities and leaderboard sheets; as CSV, sections of one table; audited", async () => {
    const reply = await h.say(BOSS, "export report this month all");
    expect(textOf(reply)).toContain("Exported the sales report (Nov 2026 · everyone)");
    const book = await workbook(fileOf(reply)!.path);
    expect(Object.keys(book)).toEqual(["Sales report", "Funnel", "Activities", "Leaderboard"]);
    expect(book["Sales report"]).toContainEqual(["Won", 1]);
    expect(book["Sales report"]).toContainEqual(["Average won deal", 300000, "CNY"]);
    expect(book.Funnel![0]).toEqual(["Stage", "Reached", "Conversion (%)"]);
    expect(book.Activities).toContainEqual(["call", 1]);
    expect(book.Leaderboard![0]).toEqual(["Rank", "Rep", "Won", "Amount", "Currency", "Lost", "New deals", "Activities"]);
    expect(book.Leaderboard![1]!.slice(0, 5)).toEqual([1, "李雷", 1, 300000, "CNY"]);

    const csv = readFileSync(fileOf(await h.say(BOSS, "export report all csv"))!.path, "utf8");
    expect(csv.startsWith("\uFEFFSales report\r\nFigure,Value,Unit\r\n")).toBe(true);
    expect(csv).toContain("\r\n\r\nLeaderboard\r\nRank,Rep,Won,Amount,Currency,Lost,New deals,Activities\r\n1,李雷,1,300000,CNY,");
    const audit = await h.t.db.auditLog.findMany({ where: { action: "export.report" } });
    expect(audit.map((a) => JSON.parse(a.after!).format).sort()).toEqual(["csv", "xlsx"]);
    expect(textOf(await h.say(BOSS, "export report last month all"))).toContain("No sales report to export (Oct 2026 · everyone)");
  });
});
