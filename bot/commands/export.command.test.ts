import { readFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";
import { FileStore } from "../documents/file-store.js";
import type { BotResponse } from "../types.js";

// Wednesday 2026-11-25 10:00 in Shanghai. 华为 belongs to 李雷 (zh), Acme Corp to Amy (en).
let h: Harness;
let dir: string;
beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "crm-export-"));
  h = await createHarnessWithCompanies(undefined, { files: new FileStore(dir) });
});
afterEach(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

const attachmentOf = (reply: BotResponse) => reply.replies.find((r) => r.attachment)?.attachment;
async function sheetRows(file: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("export / 导出: what you may see, as a spreadsheet in the chat", () => {
  it("exports the deals the deal list would show, every page, amounts as numbers, headers in the asker's language", async () => {
    await h.say(LI, "商机 新建 华为 50万 方案报价");
    for (let i = 0; i < 12; i++) await h.say(LI, `客户 添加 测试客户${i}`);
    for (let i = 0; i < 12; i++) await h.say(LI, `商机 新建 测试客户${i} ${i + 1}万`);
    const reply = await h.say(LI, "导出 商机");
    expect(textOf(reply)).toContain("已导出 13 条商机");
    const file = attachmentOf(reply)!;
    expect(file.mimeType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const rows = await sheetRows(file.path);
    expect(rows[0]).toEqual(["编号", "名称", "客户", "阶段", "金额", "币种", "赢单概率", "负责人", "预计成交", "合同到期", "最近跟进", "创建时间"]);
    expect(rows).toHaveLength(14);
    expect(rows[1]!.slice(0, 8)).toEqual([1, "华为", "华为", "方案报价", 500000, "CNY", 50, "李雷"]);
    expect(rows[1]![10]).toBe("2026-11-25 10:00"); // last activity, Shanghai time, as text
    // Filters as in the list: only 方案报价.
    const filtered = await sheetRows(attachmentOf(await h.say(LI, "导出 商机 方案报价"))!.path);
    expect(filtered).toHaveLength(2);
    const audit = await h.t.db.auditLog.findMany({ where: { action: "export.deals" } });
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ rows: 13, format: "xlsx" });
  });

  it("leaves out what the asker may not see", async () => {
    await h.say(BOSS, "user team 李雷 north");
    await h.say(BOSS, "user team Amy Chen south");
    // Customers added before their owner had a team belong to no team (everyone's): these are team ones.
    await h.say(BOSS, "客户 转移 华为 李雷");
    await h.say(BOSS, "company transfer Acme Corp Amy Chen");
    await h.say(LI, "商机 新建 华为 50万");
    await h.say(AMY, "deal new Acme Corp 20k");
    const mine = await sheetRows(attachmentOf(await h.say(AMY, "export deals"))!.path);
    expect(mine.slice(1).map((r) => r[2])).toEqual(["Acme Corp"]);
    const companies = await sheetRows(attachmentOf(await h.say(AMY, "export companies"))!.path);
    expect(companies.slice(1).map((r) => r[0])).toEqual(["Acme Corp"]);
    const all = await sheetRows(attachmentOf(await h.say(BOSS, "export companies"))!.path);
    expect(
      all
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(["Acme Corp", "华为"]);
  });

  it("contacts with their decrypted details; a cell that would start a formula is neutralized", async () => {
    await h.say(LI, "联系人 添加 华为 张总 13800138000 zhang@huawei.com CTO");
    await h.say(LI, '联系人 张总 标签 =HYPERLINK("http://evil")');
    const rows = await sheetRows(attachmentOf(await h.say(LI, "导出 联系人 华为"))!.path);
    expect(rows[0]).toEqual(["姓名", "客户", "职位", "电话", "邮箱", "微信", "生日", "标签"]);
    expect(rows[1]!.slice(0, 5)).toEqual(["张总", "华为", "CTO", "13800138000", "zhang@huawei.com"]);
    // In the workbook a text cell, never a formula; in the CSV the formula is neutralized, a phone number is not.
    expect(rows[1]![7]).toBe('=HYPERLINK("http://evil")');
    await h.say(LI, "联系人 添加 华为 Hank +1 415 555 0100");
    await h.say(LI, "联系人 Hank 生日 3月5日");
    const csv = readFileSync(attachmentOf(await h.say(LI, "导出 联系人 华为 csv"))!.path, "utf8");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toMatch(/Hank,华为,,\+1 415 555 0100,,,03-05,/u);
    expect(textOf(await h.say(LI, "导出 联系人 不存在的公司"))).toContain("找不到客户");
  });

  it("activities of a period as CSV with a byte-order mark, quoted where needed", async () => {
    await h.say(LI, '跟华为的张总通了电话，他说："价格, 还要再谈"');
    const reply = await h.say(LI, "导出 活动 本月 csv");
    const file = attachmentOf(reply)!;
    expect(file.mimeType).toBe("text/csv");
    const text = readFileSync(file.path, "utf8");
    expect(text.startsWith("\uFEFF时间,类型,客户,联系人,商机,内容,记录人\r\n")).toBe(true);
    expect(text).toContain("2026-11-25 10:00,电话,华为");
    expect(text).toMatch(/"[^"\r\n]*""价格, 还要再谈""[^"\r\n]*"/u);
    // Rows in time order, whatever order they were logged in.
    await h.say(LI, "昨天拜访了华为的李总");
    const ordered = readFileSync(attachmentOf(await h.say(LI, "导出 活动 本月 csv"))!.path, "utf8")
      .split("\r\n")
      .slice(1, 3);
    expect(ordered[0]).toMatch(/^2026-11-24 /u);
    expect(ordered[1]).toMatch(/^2026-11-25 /u);
    expect(textOf(await h.say(LI, "导出 活动 上月"))).toContain("没有可导出的活动");
    expect(textOf(await h.say(LI, "导出 活动 昨天下午"))).toContain("昨天下午");
  });

  it("counts one row in the singular, in English", async () => {
    await h.say(AMY, "deal new Acme Corp 20k");
    expect(textOf(await h.say(AMY, "export deals"))).toContain("Exported 1 deal; the file is attached.");
    await h.say(AMY, "called Acme Corp about the rollout");
    expect(textOf(await h.say(AMY, "export activities"))).toContain("Exported 1 activity (");
  });

  it("answers usage for an unknown kind", async () => {
    expect(textOf(await h.say(AMY, "export spaceships"))).toMatch(/export deals/u);
  });
});
