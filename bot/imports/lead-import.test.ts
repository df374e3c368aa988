import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contactHashes } from "../../domain/contacts/contact-lookup.js";
import { AMY, BOSS, button, createNorthTeamHarness, type Harness, LI, NOW, textOf, userRow } from "../../test/bot-harness.js";
import { confirmImport, runImports, sendFile, workbook } from "../../test/import-fixture.js";
import { FileStore } from "../documents/file-store.js";
import { ImportRunner } from "./import-runner.js";

// 李雷 and Amy Chen are reps of team "north" (李雷 its manager when asked); 王经理 is the admin, of no team.
let h: Harness;
let dir: string;
let files: FileStore;
async function start(options: { liManager?: boolean } = {}) {
  files = new FileStore(dir);
  h = await createNorthTeamHarness({ ...options, files });
}
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "crm-lead-import-"));
});
afterEach(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

const HEADERS = ["姓名", "公司", "职位", "手机", "邮箱", "微信", "省份", "行业", "线索来源", "负责人", "备注", "日期"];
const SHEET = [
  HEADERS,
  ["周总", "京东", "采购总监", "13900000001", "zhou@jd.com", "", "浙江省杭州市", "零售", "展会", "", "要报价", "2026/11/20"],
  ["吴经理", "美的集团", "", "13900000002", "", "wu_midea", "广东", "制造", "百度推广", "李雷", "", ""],
  ["钱女士", "", "", "", "qian@example.com", "", "", "", "2026工博会", "", "", ""],
  // the same person as row 2 (phone spelled otherwise): a repeat
  ["周总", "京东集团", "", "+86 139-0000-0001", "", "", "", "", "展会", "", "", ""],
  // an existing lead (made in chat before) gets the email it lacks
  ["孙总", "拼多多", "", "13700000007", "sun@pdd.com", "", "", "", "官网", "", "", ""],
  // a customer's contact already
  ["张总", "华为", "", "13800138000", "", "", "", "", "转介绍", "", "", ""],
  ["", "无名公司", "", "13900000009", "", "", "", "", "", "", "", ""],
  ["赵总", "", "", "", "not-an-email", "", "", "", "", "", "", ""],
  ["李四", "某公司", "", "13900000010", "", "", "", "", "", "韩梅梅", "", ""],
  ["王五", "", "", "", "", "", "", "", "", "", "", ""],
  ["陈六", "某厂", "", "13900000011", "", "", "", "", "", "", "", "2099-01-01"],
];
const leadsNamed = (names: string[]) => h.t.db.lead.findMany({ where: { name: { in: names } }, orderBy: { number: "asc" } });

async function seedDuplicates() {
  await h.say(LI, "线索 新建 孙总，拼多多，13700000007");
  await h.say(LI, "联系人 添加 华为 张总 13800138000 CTO");
}

describe("importing leads from a spreadsheet", () => {
  it("a sheet with a source column is previewed as leads: counts, sources, where ownerless rows go, problems; nothing written", async () => {
    await start();
    await seedDuplicates();
    const before = await h.t.db.lead.count();
    const text = textOf(await sendFile(h, files, LI, "展会名单.xlsx", await workbook(SHEET)));
    expect(text).toContain("线索导入预览 · 展会名单.xlsx");
    expect(text).toContain("共 11 行：新线索 3，已有线索 1，表内重复 1（跳过），有问题 6");
    expect(text).toContain("「线索来源」→ 来源");
    expect(text).toContain("「省份」→ 地区");
    expect(text).toContain("周总 · 京东 · 采购总监 · 13900000001 · zhou@jd.com · 浙江省杭州市 · 零售 · 展会 · 要报价 · 2026-11-20");
    expect(text).toContain("来源：展会 1 · 广告投放 1 · 其他 1");
    expect(text).toContain("不认识的来源 「2026工博会」");
    expect(text).toContain("没有负责人的行进入团队「north」的公海");
    expect(text).toContain("7: 已是客户的联系人：张总 (华为)");
    expect(text).toContain("8: 缺少姓名");
    expect(text).toContain("9: 邮箱「not-an-email」无效");
    expect(text).toContain("10: 没有叫「韩梅梅」的用户");
    expect(text).toContain("11: 缺少电话、邮箱、微信或公司");
    expect(text).toMatch(/\[\d\] 作为客户导入/u);
    expect(await h.t.db.lead.count()).toBe(before);
  });

  it("imports the rows as leads, sealed and hashed like the lead service, into the team's pool, and fills the existing lead", async () => {
    await start();
    await seedDuplicates();
    const preview = await sendFile(h, files, LI, "展会名单.xlsx", await workbook(SHEET));
    const done = await confirmImport(h, files, LI, preview, "update");
    expect(textOf(done)).toContain("线索导入完成（展会名单.xlsx）：新建线索 3，补全 1，跳过 1，未导入 6");
    const li = await userRow(h, "li");
    const [zhou, wu, qian] = await leadsNamed(["周总", "吴经理", "钱女士"]);
    expect(zhou).toMatchObject({
      companyName: "京东",
      title: "采购总监",
      region: "杭州",
      industry: "零售",
      source: "trade-show",
      ownerId: null,
      teamId: li.teamId,
    });
    expect(zhou!.phone).not.toContain("1390000"); // sealed, like a lead typed in chat
    expect(zhou!.email).not.toContain("jd.com");
    expect(zhou!.phoneHash).toBe(contactHashes(h.domain.fields.cipher, { phone: "13900000001" }).phoneHash);
    expect(zhou!.notes).toBe("要报价");
    expect(zhou!.createdAt.toISOString().slice(0, 10)).toBe("2026-11-20");
    expect(zhou!.lastTouchedAt).toEqual(NOW);
    expect(zhou!.score).toBeGreaterThan(0);
    expect(wu).toMatchObject({ region: "广东", source: "ads", ownerId: li.id, claimedAt: NOW });
    expect(h.domain.fields.open("Lead", wu!).wechatId).toBe("wu_midea");
    expect(qian).toMatchObject({ source: "other", notes: "来源: 2026工博会" });
    // The lead card reads them back as the service does.
    expect(textOf(await h.say(LI, `线索 ${zhou!.number}`))).toContain("13900000001");
    const [sun] = await leadsNamed(["孙总"]);
    expect(h.domain.fields.open("Lead", sun!).email).toBe("sun@pdd.com");
    expect(sun!.emailHash).toBe(contactHashes(h.domain.fields.cipher, { email: "sun@pdd.com" }).emailHash);
    expect(await h.t.db.lead.count({ where: { name: "周总" } })).toBe(1);
    expect(await h.t.db.auditLog.count({ where: { action: "lead.create", entityId: { in: [zhou!.id, wu!.id, qian!.id] } } })).toBe(3);
    const commit = await h.t.db.auditLog.findFirstOrThrow({ where: { action: "import.commit" } });
    expect(JSON.parse(commit.after!)).toMatchObject({ created: 3, updated: 1, skipped: 1, rejected: 6 });
    // The refused rows come back with their reasons in the importer's language.
    const report = done.replies.find((r) => r.attachment)!.attachment!;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(report.path);
    const rows: unknown[][] = [];
    book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]!.slice(0, 3)).toEqual(["行号", "原因", "姓名"]);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      [7, "已是客户的联系人：张总 (华为)"],
      [8, "缺少姓名"],
      [9, "邮箱「not-an-email」无效"],
      [10, "没有叫「韩梅梅」的用户"],
      [11, "缺少电话、邮箱、微信或公司（至少要有一项）"],
      [12, "日期「2099-01-01」无效"],
    ]);
  });

  it("skips existing leads when asked to, and the lead-assign rule hands the pool leads out like any others", async () => {
    await start();
    await seedDuplicates();
    await confirmImport(h, files, LI, await sendFile(h, files, LI, "展会名单.xlsx", await workbook(SHEET)), "skip");
    const [sun] = await leadsNamed(["孙总"]);
    expect(h.domain.fields.open("Lead", sun!).email).toBeNull();
    h.clock.advance(61 * 60_000);
    const assigned = await h.domain.leads.assignWaiting(60);
    expect(assigned.map((a) => a.lead.name).sort()).toEqual(["周总", "钱女士"]);
  });

  it("reads a GBK CSV with English headers, and a sheet of customers can be read as leads and back", async () => {
    await start();
    const csv = iconv.encode("Name,Company,Mobile,E-mail,Lead Source,City\r\n刘备,蜀汉科技,13600000001,liu@shu.cn,Trade show,Chengdu\r\n", "gbk");
    const preview = textOf(await sendFile(h, files, AMY, "leads.csv", csv));
    expect(preview).toContain("Lead import preview · leads.csv");
    expect(preview).toContain('"Lead Source" → Source');
    expect(preview).toContain("1 rows: 1 new leads");
    await confirmImport(h, files, AMY, await sendFile(h, files, AMY, "leads2.csv", csv), "update");
    expect(await leadsNamed(["刘备"])).toMatchObject([{ companyName: "蜀汉科技", region: "成都", source: "trade-show" }]);

    const customers = await sendFile(
      h,
      files,
      LI,
      "名单.xlsx",
      await workbook([
        ["客户名称", "联系人", "手机"],
        ["曹魏集团", "曹总", "13600000002"],
      ]),
    );
    expect(textOf(customers)).toContain("导入预览 · 名单.xlsx");
    const asLeads = await h.press(
      LI,
      button(customers, (b) => b.value.endsWith(":leads")),
    );
    expect(textOf(asLeads)).toContain("线索导入预览 · 名单.xlsx");
    expect(textOf(asLeads)).toContain("「联系人」→ 姓名");
    expect(textOf(await h.say(LI, "导入 客户"))).toContain("导入预览 · 名单.xlsx");
    expect(textOf(await h.say(LI, "导入 线索"))).toContain("新线索 1");
    await confirmImport(h, files, LI, asLeads, "update");
    expect(await leadsNamed(["曹总"])).toMatchObject([{ companyName: "曹魏集团" }]);
    expect(await h.t.db.company.count({ where: { name: "曹魏集团" } })).toBe(0);
  });

  it("a source naming a campaign links it; a campaign the CRM does not have is named in the preview and kept in the note", async () => {
    await start();
    await h.say(BOSS, "营销活动 新建 双11展会 5万 展会");
    const campaign = await h.t.db.campaign.findFirstOrThrow({ where: { name: "双11展会" } });
    const sheet = await workbook([
      ["姓名", "手机", "来源", "营销活动"],
      ["冯总", "13400000001", "双11展会", ""],
      ["褚总", "13400000002", "展会", "春季峰会"],
    ]);
    const preview = await sendFile(h, files, LI, "c.xlsx", sheet);
    expect(textOf(preview)).toContain("营销活动 「春季峰会」 还不存在");
    await confirmImport(h, files, LI, preview, "update");
    expect(await leadsNamed(["冯总", "褚总"])).toMatchObject([
      { campaignId: campaign.id, source: "trade-show", notes: null },
      { campaignId: null, source: "trade-show", notes: "活动: 春季峰会" },
    ]);
  });

  it("`import leads` before the file reads it as leads; a column is remapped to a lead field", async () => {
    await start();
    expect(textOf(await h.say(LI, "导入 线索"))).toContain("它会作为线索导入");
    const sheet = await workbook([
      ["联系人", "单位", "Handy"],
      ["马总", "马氏贸易", "13500000001"],
    ]);
    const preview = textOf(await sendFile(h, files, LI, "a.xlsx", sheet));
    expect(preview).toContain("线索导入预览 · a.xlsx");
    expect(preview).toContain("「Handy」→ 不导入");
    const remapped = textOf(await h.say(LI, "导入 映射 Handy 手机"));
    expect(remapped).toContain("「Handy」→ 电话");
    expect(remapped).toContain("马总 · 马氏贸易 · 13500000001");
    expect(textOf(await h.say(LI, "导入 映射 Handy 传真"))).toContain("不认识字段「传真」");
  });
});

describe("who a lead import may give leads to", () => {
  const OWNED = [
    ["姓名", "手机", "负责人"],
    ["甲", "13300000001", "李雷"],
    ["乙", "13300000002", "Amy Chen"],
    ["丙", "13300000003", "公海"],
    ["丁", "13300000006", "我"],
  ];

  it("a rep: to themselves or the pool, not to a teammate", async () => {
    await start();
    await h.say(LI, "导入 线索");
    const done = await confirmImport(h, files, LI, await sendFile(h, files, LI, "owners.xlsx", await workbook(OWNED)), "update");
    expect(textOf(done)).toContain("新建线索 3");
    const li = await userRow(h, "li");
    expect(await leadsNamed(["甲", "丙", "丁"])).toMatchObject([{ ownerId: li.id }, { ownerId: null, teamId: li.teamId }, { ownerId: li.id }]);
    const report = done.replies.find((r) => r.attachment)!.attachment!;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(report.path);
    expect(book.worksheets[0]!.getRow(2).getCell(2).value).toBe("你不能把线索分给「Amy Chen」（不在你的团队或权限内）");
  });

  it("a manager: to their own team, not to another team's rep; an admin of no team gets the ownerless rows", async () => {
    await start({ liManager: true });
    await h.say(BOSS, "user team Amy Chen south");
    await h.say(LI, "import leads");
    const done = await confirmImport(h, files, LI, await sendFile(h, files, LI, "owners.xlsx", await workbook(OWNED)), "update");
    expect(textOf(done)).toContain("新建线索 3");
    expect(await h.t.db.lead.count({ where: { name: "乙" } })).toBe(0);

    const boss = await userRow(h, "boss");
    const amy = await userRow(h, "amy");
    const admin = await sendFile(
      h,
      files,
      BOSS,
      "admin.xlsx",
      await workbook([
        ["Name", "Phone", "Owner", "Source"],
        ["Ding", "13300000004", "Amy Chen", "web"],
        ["Wei", "13300000005", "", "web"],
      ]),
    );
    expect(textOf(admin)).toContain("You are in no team, so there is no pool: rows without an owner are yours.");
    await confirmImport(h, files, BOSS, admin, "update");
    expect(await leadsNamed(["Ding", "Wei"])).toMatchObject([
      { ownerId: amy.id, teamId: amy.teamId },
      { ownerId: boss.id, teamId: null },
    ]);
  });
});

describe("taking a lead import back, and going on after a stop", () => {
  it("undo deletes the leads it created and restores the ones it filled; an assignment does not hold it back, a note does", async () => {
    await start();
    await seedDuplicates();
    const before = await h.t.db.lead.count();
    await confirmImport(h, files, LI, await sendFile(h, files, LI, "a.xlsx", await workbook(SHEET)), "update");
    const [zhou] = await leadsNamed(["周总"]);
    const amy = await userRow(h, "amy");
    await h.domain.leads.assign(await actorOf("boss"), zhou!.id, amy.id);
    expect(textOf(await h.say(LI, "导入 撤销"))).toContain("已撤销线索导入（a.xlsx）");
    expect(await h.t.db.lead.count()).toBe(before);
    const [sun] = await leadsNamed(["孙总"]);
    expect(h.domain.fields.open("Lead", sun!).email).toBeNull();
    expect(sun!.emailHash).toBeNull();
    expect(await h.t.db.auditLog.count({ where: { action: "import.undo" } })).toBe(1);

    await confirmImport(h, files, LI, await sendFile(h, files, LI, "b.xlsx", await workbook(SHEET)), "update");
    const [again] = await leadsNamed(["吴经理"]); // 李雷's own
    expect(textOf(await h.say(LI, `线索 备注 ${again!.number} 打过电话了`))).not.toContain("不能");
    expect(textOf(await h.say(LI, "导入 撤销"))).toContain("不能撤销线索导入（b.xlsx）：导入的线索之后又有 1 处跟进或修改");
    expect(await h.t.db.lead.count({ where: { name: "周总" } })).toBe(1);
  });

  it("resumes after a stop from the first row not yet in, never taking a row twice", async () => {
    await start();
    const rows = [["姓名", "手机", "来源"], ...Array.from({ length: 9 }, (_, i) => [`续传${i}`, `1320000000${i}`, "展会"])];
    await sendFile(h, files, LI, "big.xlsx", await workbook(rows));
    const job = await h.t.db.importJob.findFirstOrThrow({ where: { fileName: "big.xlsx" } });
    expect(job.kind).toBe("leads");
    const actor = await actorOf("li");
    const mapped = Array.from({ length: 4 }, (_, i) => ({ name: `续传${i}`, phone: `1320000000${i}`, source: "trade-show" }));
    await h.domain.leadImports.commitBatch(actor, job.id, 0, mapped);
    await expect(h.domain.leadImports.commitBatch(actor, job.id, 0, mapped)).rejects.toThrow(/changed by someone else/u);
    await expect(h.domain.imports.commitBatch(actor, job.id, 4, [{ company: "x" }])).rejects.toThrow(/changed by someone else/u);
    expect(textOf(await h.say(LI, "导入 继续"))).toContain("4 / 9 行");
    expect(textOf(await runImports(h, files))).toContain("新建线索 9");
    expect(await h.t.db.lead.count({ where: { name: { startsWith: "续传" } } })).toBe(9);
    expect(await h.t.db.importedRecord.count({ where: { jobId: job.id, entityType: "lead" } })).toBe(9);
  });

  it("a sheet of several batches: repeats across batches skipped, existing leads found among hundreds of hashes, two runners take each row once", async () => {
    await start();
    await h.say(LI, "线索 新建 老客户，某公司，13100001099");
    // 1,100 rows (three batches, more hashes per batch than one SQLite statement binds): row 1052 repeats row 3's phone.
    const people = Array.from({ length: 1100 }, (_, i) => [`批量${i}`, `131000${String(i).padStart(5, "0")}`, `p${i}@example.com`, "官网"]);
    people[1050]![1] = people[1]![1]!;
    const preview = await sendFile(h, files, LI, "many.xlsx", await workbook([["姓名", "手机", "邮箱", "来源"], ...people]));
    expect(textOf(preview)).toContain("共 1100 行：新线索 1098，已有线索 1，表内重复 1（跳过），有问题 0");
    await h.press(
      LI,
      button(preview, (b) => b.value.endsWith(":update")),
    );
    const runner = () => new ImportRunner({ domain: h.domain, files, editable: () => false });
    await Promise.all([runner().tick(), runner().tick()]);
    expect(await h.t.db.lead.count({ where: { name: { startsWith: "批量" } } })).toBe(1098);
    const job = await h.t.db.importJob.findFirstOrThrow({ where: { fileName: "many.xlsx" } });
    expect(job).toMatchObject({ status: "done", created: 1098, updated: 1, skipped: 1, rejected: 0 });
    const [old] = await leadsNamed(["老客户"]);
    expect(h.domain.fields.open("Lead", old!).email).toBe("p1099@example.com");
  });

  it("a refused row's cells come back in the report as text, never as a formula", async () => {
    await start();
    const done = await confirmImport(
      h,
      files,
      LI,
      await sendFile(
        h,
        files,
        LI,
        "x.xlsx",
        await workbook([
          ["姓名", "邮箱", "来源"],
          ['=HYPERLINK("http://evil","点我")', "bad", "展会"],
        ]),
      ),
      "update",
    );
    const report = done.replies.find((r) => r.attachment)!.attachment!;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(report.path);
    const cell = book.worksheets[0]!.getRow(2).getCell(3);
    expect(cell.formula).toBeUndefined();
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(String(cell.value)).toContain("HYPERLINK");
  });
});

async function actorOf(platformUserId: string) {
  const user = await userRow(h, platformUserId);
  return { userId: user.id, role: user.role as "rep" | "manager" | "admin", teamId: user.teamId, channel: "local" };
}
