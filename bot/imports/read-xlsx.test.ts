import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readSheet } from "./read-sheet.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "crm-read-xlsx-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Tab = { name: string; rows: string[][]; hidden?: boolean };

async function book(tabs: Tab[], order?: string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const tab of tabs) {
    const sheet = wb.addWorksheet(tab.name, { state: tab.hidden ? "hidden" : "visible" });
    for (const row of tab.rows) sheet.addRow(row);
  }
  // Tab order apart from the order the sheets were added (their file numbers).
  if (order) for (const sheet of wb.worksheets) (sheet as ExcelJS.Worksheet & { orderNo: number }).orderNo = order.indexOf(sheet.name);
  const file = path.join(dir, `${tabs.length}-${order?.join("") ?? "x"}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

const customers: Tab = {
  name: "客户",
  rows: [
    ["客户名称", "联系人"],
    ["蔚来汽车", "李总"],
    ["理想汽车", "马总"],
  ],
};

describe("reading a workbook", () => {
  it("reads the first visible tab: a hidden sheet of dropdown lists before it is not the data", async () => {
    const lists: Tab = { name: "下拉选项", rows: [["行业"], ["汽车"], ["能源"]], hidden: true };
    const sheet = await readSheet(await book([lists, customers]), "客户.xlsx", 1_000_000);
    expect(sheet.headers).toEqual(["客户名称", "联系人"]);
    expect(sheet.rows).toEqual([
      ["蔚来汽车", "李总"],
      ["理想汽车", "马总"],
    ]);
  });

  it("reads the tab shown first, whatever its sheet file's number", async () => {
    const notes: Tab = { name: "说明", rows: [["请在“客户”页填写"]] };
    const sheet = await readSheet(await book([notes, customers], ["客户", "说明"]), "客户.xlsx", 1_000_000);
    expect(sheet.headers).toEqual(["客户名称", "联系人"]);
  });

  it("reads every row of many workbooks read at once (the sheet is stored before the parts it needs)", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [`公司${i}`, `联系人${i}`]);
    const file = await book([{ name: "客户", rows: [["客户名称", "联系人"], ...rows] }]);
    const sheets = await Promise.all(Array.from({ length: 12 }, () => readSheet(file, "客户.xlsx", 10_000_000)));
    for (const sheet of sheets) expect(sheet.rows).toEqual(rows);
  });
});
