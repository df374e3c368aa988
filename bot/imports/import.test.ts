import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, button, createHarnessWithCompanies, type Harness, LI, NOW, textOf } from "../../test/bot-harness.js";
import { confirmImport, runImports, sendFile, workbook } from "../../test/import-fixture.js";
import { FileStore } from "../documents/file-store.js";
import { readSheet } from "./read-sheet.js";

// 华为 (tier A) belongs to 李雷; Acme Corp to Amy. Wednesday 2026-11-25 10:00 in Shanghai.
let h: Harness;
let dir: string;
let files: FileStore;
beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "crm-import-"));
  files = new FileStore(dir);
  h = await createHarnessWithCompanies(undefined, { files });
});
afterEach(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

const HEADERS = ["客户名称", "行业", "地区", "客户等级", "联系人", "手机", "邮箱", "金额", "阶段", "负责人"];
const SHEET = [
  HEADERS,
  ["小米科技有限公司", "消费电子", "北京", "A类", "雷总", "13800000001", "lei@mi.com", "50万", "方案报价", ""],
  ["比亚迪", "汽车", "深圳", "B", "王总", "13800000002", "", "", "", "李雷"],
  ["小米科技", "", "", "", "林总", "13800000003", "lin@mi.com", "", "", ""],
  ["huawei", "通信", "", "", "", "", "", "", "", ""],
  ["坏邮箱公司", "", "", "", "赵总", "", "not-an-email", "", "", ""],
  ["不明阶段公司", "", "", "", "", "", "", "10万", "谈恋爱", ""],
  ["", "缺名字", "", "", "", "", "", "", "", ""],
  ["无名联系人公司", "", "", "", "", "13800000004", "", "", "", ""],
];
const companies = () => h.t.db.company.count();

describe("import a spreadsheet: preview, confirm, report, undo", () => {
  it("previews the mapping, first rows and counts, and writes nothing", async () => {
    const before = await companies();
    const reply = await sendFile(h, files, LI, "客户名单.xlsx", await workbook(SHEET));
    const text = textOf(reply);
    expect(text).toContain("导入预览 · 客户名单.xlsx");
    expect(text).toContain("共 8 行：新客户 2，已有客户 1，表内重复 1，有问题 4");
    expect(text).toContain("「手机」→ 电话");
    expect(text).toContain("「客户等级」→ 客户等级");
    expect(text).toMatch(/小米科技有限公司 · 消费电子 · 北京 · A · 雷总 · 13800000001 · lei@mi\.com · ¥500,000 · 方案报价/u);
    expect(text).toContain("8: 缺少客户名称");
    expect(await companies()).toBe(before);
    expect((await h.t.db.importJob.findFirstOrThrow()).status).toBe("previewed");
  });

  it("imports on confirmation: new customers with their people and deals, an existing one updated, a repeat joined, refused rows in a report", async () => {
    await h.say(LI, "跟华为的张总通了电话"); // the name index for sentences is built before the import
    const preview = await sendFile(h, files, LI, "客户名单.xlsx", await workbook(SHEET));
    const done = await confirmImport(h, files, LI, preview, "update");
    expect(textOf(done)).toContain("导入完成（客户名单.xlsx）：新建客户 2，更新 2，跳过 0，未导入 4");
    const mi = await h.t.db.company.findFirstOrThrow({ where: { name: "小米科技有限公司" }, include: { contacts: true, deals: { include: { stage: true } } } });
    expect(mi).toMatchObject({ industry: "消费电子", region: "北京", tier: "A" });
    expect(mi.contacts.map((c) => c.name).sort()).toEqual(["林总", "雷总"]);
    expect(mi.contacts[0]!.phone).not.toContain("1380000"); // stored encrypted
    expect(mi.deals.map((d) => [d.amountMinor, d.stage.key])).toEqual([[50_000_000n, "proposal"]]);
    // Written by multi-row inserts, read back by Prisma as it reads its own rows.
    expect([mi.createdAt, mi.updatedAt, mi.deals[0]!.createdAt, mi.deals[0]!.closedAt, mi.deals[0]!.atRisk]).toEqual([NOW, NOW, NOW, null, false]);
    expect(mi.contacts[0]!.createdAt).toEqual(NOW);
    expect((await h.t.db.auditLog.findFirstOrThrow({ where: { action: "deal.create", entityId: mi.deals[0]!.id } })).createdAt).toBeInstanceOf(Date);
    expect((await h.t.db.company.findFirstOrThrow({ where: { name: "华为" } })).industry).toBe("通信");
    // The imported customers are known to sentences at once.
    expect(textOf(await h.say(LI, "跟比亚迪的王总通了电话"))).toContain("比亚迪");
    expect(await h.t.db.activity.count({ where: { company: { name: "比亚迪" } } })).toBe(1);
    expect(await h.t.db.activity.count()).toBe(2);
    const byd = await h.t.db.company.findFirstOrThrow({ where: { name: "比亚迪" } });
    expect(byd.ownerId).toBe((await h.t.db.channelIdentity.findFirstOrThrow({ where: { platformUserId: "li" } })).userId);
    expect(await h.t.db.company.count({ where: { name: { in: ["坏邮箱公司", "不明阶段公司"] } } })).toBe(0);
    // The report lists each refused row with its reason, in the importer's language.
    const report = done.replies.find((r) => r.attachment)!.attachment!;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(report.path);
    const rows: unknown[][] = [];
    book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]!.slice(0, 3)).toEqual(["行号", "原因", "客户名称"]);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      [6, "邮箱「not-an-email」无效"],
      [7, "没有「谈恋爱」这个阶段"],
      [8, "缺少客户名称"],
      [9, "缺少联系人"],
    ]);
    const audit = await h.t.db.auditLog.findFirstOrThrow({ where: { action: "import.commit" } });
    expect(JSON.parse(audit.after!)).toMatchObject({ created: 2, updated: 2, skipped: 0, rejected: 4 });
  });

  it("skips existing customers when asked to, and cancel writes nothing", async () => {
    const preview = await sendFile(h, files, LI, "a.xlsx", await workbook(SHEET));
    await confirmImport(h, files, LI, preview, "skip");
    expect((await h.t.db.company.findFirstOrThrow({ where: { name: "华为" } })).industry).toBeNull();
    const before = await companies();
    const again = await sendFile(h, files, LI, "b.xlsx", await workbook([["Company"], ["Initech"]]));
    expect(
      textOf(
        await h.press(
          LI,
          button(again, (b) => b.value.endsWith(":cancel")),
        ),
      ),
    ).toContain("已取消导入");
    expect(await companies()).toBe(before);
  });

  it("undo takes the whole import back, and is refused once its records were used", async () => {
    const before = await companies();
    await confirmImport(h, files, LI, await sendFile(h, files, LI, "a.xlsx", await workbook(SHEET)), "update");
    expect(textOf(await h.say(LI, "导入 撤销"))).toContain("已撤销导入（a.xlsx）");
    expect(await companies()).toBe(before);
    expect(await h.t.db.contact.count()).toBe(0);
    expect((await h.t.db.company.findFirstOrThrow({ where: { name: "华为" } })).industry).toBeNull();
    expect(await h.t.db.auditLog.count({ where: { action: "import.undo" } })).toBe(1);

    await confirmImport(h, files, LI, await sendFile(h, files, LI, "b.xlsx", await workbook(SHEET)), "update");
    await h.say(LI, "跟比亚迪的王总通了电话，下周见面");
    expect(textOf(await h.say(LI, "导入 撤销"))).toContain("不能撤销导入（b.xlsx）：导入的数据之后又有 2 处新增或修改");
    expect(await h.t.db.company.count({ where: { name: "比亚迪" } })).toBe(1);
  });

  it("an existing person gets what the sheet adds, an existing open deal no twin, and an edit made since blocks the undo", async () => {
    await h.say(LI, "联系人 添加 华为 张总 13800138000 CTO");
    await h.say(LI, "商机 新建 华为 100万");
    const sheet = await workbook([
      ["客户名称", "联系人", "手机", "邮箱", "金额"],
      ["华为", "张总", "13800138000", "zhang@huawei.com", "30万"],
      ["新客户甲", "", "", "", "5万"],
    ]);
    const done = await confirmImport(h, files, LI, await sendFile(h, files, LI, "c.xlsx", sheet), "update");
    expect(textOf(done)).toContain("新建客户 1，更新 1，跳过 0");
    expect(textOf(await h.say(LI, "联系人 查看 张总"))).toContain("zhang@huawei.com");
    expect(await h.t.db.deal.count({ where: { company: { name: "华为" } } })).toBe(1);
    await h.say(LI, "客户 新客户甲 地区 广州");
    expect(textOf(await h.say(LI, "导入 撤销"))).toContain("不能撤销导入（c.xlsx）：导入的数据之后又有 1 处新增或修改");
    expect((await h.t.db.company.findFirstOrThrow({ where: { name: "新客户甲" } })).region).toBe("广州");
  });

  it("resumes after a stop from the first row not yet in, never taking a row twice", async () => {
    const rows = [["客户名称", "联系人"], ...Array.from({ length: 9 }, (_, i) => [`续传客户${i}`, `联系人${i}`])];
    await sendFile(h, files, LI, "big.xlsx", await workbook(rows));
    const job = await h.t.db.importJob.findFirstOrThrow({ where: { fileName: "big.xlsx" } });
    const li = await h.domain.users.resolveIdentity({ platform: "local", platformUserId: "li" });
    const actor = { userId: li.id, role: li.role as "rep", teamId: li.teamId, channel: "local" };
    const mapped = Array.from({ length: 4 }, (_, i) => ({ company: `续传客户${i}`, contact: `联系人${i}` }));
    // The first batch went in, then the process stopped.
    await h.domain.imports.commitBatch(actor, job.id, 0, mapped);
    await expect(h.domain.imports.commitBatch(actor, job.id, 0, mapped)).rejects.toThrow(/changed by someone else/u);
    expect(textOf(await h.say(LI, "导入 继续"))).toContain("4 / 9 行");
    expect(textOf(await runImports(h, files))).toContain("新建客户 9");
    expect(await h.t.db.company.count({ where: { name: { startsWith: "续传客户" } } })).toBe(9);
    expect(await h.t.db.contact.count({ where: { name: { startsWith: "联系人" } } })).toBe(9);
  });

  it("streams thousands of Chinese names exactly (exceljs's streaming reader garbles one every few thousand rows)", async () => {
    const rows = [["客户名称"], ...Array.from({ length: 6000 }, (_, i) => [`导入测试客户${i}`])];
    const file = path.join(dir, "many.xlsx");
    // Shared strings, as Excel writes them: 6,000 names span enough zip chunks that exceljs's own
    // streaming reader splits a character between two of them four times (xlsx-row-stream.ts).
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
    const sheet = book.addWorksheet("客户");
    for (const row of rows) sheet.addRow(row).commit();
    sheet.commit();
    await book.commit();
    const read = await readSheet(file, "many.xlsx", 50_000_000);
    expect(read.rows.length).toBe(6000);
    expect(read.rows.filter((r, i) => r[0] !== `导入测试客户${i}`)).toEqual([]);
  });

  it("reads a CSV saved by Excel in China (GBK), and a column mapped by hand", async () => {
    const csv = iconv.encode("公司,Handy\r\n海尔集团,13900000009\r\n", "gbk");
    const preview = textOf(await sendFile(h, files, AMY, "haier.csv", csv));
    expect(preview).toContain('"Handy" → not imported');
    const remapped = await h.say(AMY, "import map Handy phone");
    expect(textOf(remapped)).toContain('"Handy" → Phone');
    expect(textOf(remapped)).toContain("海尔集团 · 13900000009");
    expect(textOf(await h.say(AMY, "import map Mobile phone"))).toContain('no column "Mobile"');
    expect(textOf(await h.say(AMY, "import map Handy fax"))).toContain('Unknown field "fax"');
  });

  it("refuses formulas, password-protected, damaged and other files, and customers of another team; writes nothing", async () => {
    const before = await companies();
    const formula = await workbook([
      ["客户名称", "金额"],
      ["公式公司", { formula: "1+1" }],
    ]);
    expect(textOf(await sendFile(h, files, LI, "f.xlsx", formula))).toContain("表格里有公式（B2）");
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(512)]);
    expect(textOf(await sendFile(h, files, LI, "locked.xlsx", ole))).toContain("密码保护");
    expect(textOf(await sendFile(h, files, LI, "broken.xlsx", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(64)])))).toContain("文件损坏");
    expect(textOf(await sendFile(h, files, LI, "quote.pdf", Buffer.from("%PDF-1.4")))).toContain("只能导入 .xlsx 或 .csv");
    expect(await companies()).toBe(before);
    expect(await h.t.db.importJob.count()).toBe(0);

    await h.say(BOSS, "user team 李雷 north");
    await h.say(BOSS, "user team Amy Chen south");
    await h.say(BOSS, "company transfer Acme Corp Amy Chen");
    const theirs = textOf(
      await sendFile(
        h,
        files,
        LI,
        "t.xlsx",
        await workbook([
          ["Company", "Industry"],
          ["Acme Corp", "Robots"],
        ]),
      ),
    );
    expect(theirs).toContain("客户「Acme Corp」属于别的团队，你不能修改");
  });
});
