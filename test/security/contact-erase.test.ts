import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase } from "../../app/backup.js";
import { buttons, textOf } from "../bot-harness.js";
import { changedRows, dumpAllTables, rowCounts, rowsContaining, type TableDump } from "../db-text-dump.js";
import { CAST, createRbacWorld, type RbacWorld } from "./rbac-cast.js";

// The person: a Chinese name (no word boundaries), a mobile number and an email address.
const NAME = "王芳";
const PHONE = "13912345678";
const EMAIL = "fang.wang@example.com";
const NEEDLES = [NAME, PHONE, "139 1234 5678", "139-1234-5678", EMAIL];

let w: RbacWorld;
let dataDir: string;
let backupDir: string;
let contactId: string;
let filesDir: string;
const saved = { data: process.env.CRM_DATA_DIR, backup: process.env.CRM_BACKUP_DIR, files: process.env.CRM_FILES_DIR };

/** Asks, runs `between` (a snapshot), then presses "yes". */
const confirm = async (text: string, between: () => Promise<unknown> = async () => undefined) => {
  const asked = await w.h.say(CAST.boss, text);
  const yes = buttons(asked).find((b) => b.actionId === "privacy.confirm" && b.value.endsWith(":yes"));
  expect(yes, textOf(asked)).toBeDefined();
  await between();
  return w.h.press(CAST.boss, yes!);
};
const dump = () => dumpAllTables(w.h.t.db, w.h.t.dialect);

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-erase-"));
  backupDir = path.join(dataDir, "backups");
  process.env.CRM_DATA_DIR = dataDir;
  process.env.CRM_BACKUP_DIR = backupDir;
  filesDir = path.join(dataDir, "files");
  process.env.CRM_FILES_DIR = filesDir;
  w = await createRbacWorld();
  await w.h.say(CAST.li, `contact add Northwind ${NAME} ${PHONE} ${EMAIL}`);
  contactId = (await w.h.t.db.contact.findFirstOrThrow({ where: { name: NAME } })).id;
  // Linked by name, named by phone only (other formatting), by email only (other case), and one not about her.
  await w.h.say(CAST.li, `log called ${NAME} at Northwind about the budget`);
  await w.h.say(CAST.li, "log called Northwind, reached +86 139-1234-5678 about pricing");
  await w.h.say(CAST.amy, "log emailed FANG.WANG@example.com the brochure for Northwind");
  await w.h.say(CAST.amy, "log called Northwind about the invoice");
  await w.h.say(CAST.li, `followup add tomorrow 3pm send ${NAME} the contract`);
  // A deleted follow-up naming her waits in the recycle bin: erase reaches it there too.
  await w.h.say(CAST.li, `followup add tomorrow 4pm call ${NAME} about the discount`);
  await w.h.say(CAST.li, "followup list");
  await w.h.say(CAST.li, "followup delete 2");
  expect(await w.h.t.db.deletedRecord.count()).toBe(1);
  // The search index holds the words of what was logged (her name among them).
  await w.h.domain.activitySearch.indexPending();
  expect(await w.h.t.db.activityTerm.count({ where: { term: "王芳" } })).toBeGreaterThan(0);
  await w.h.say(CAST.li, `ticket new Northwind printer broken, reply to ${EMAIL} high`);
  // A quote line naming her: its PDF (compressed, not searchable) is found through the quote.
  await w.h.say(CAST.li, "quote new Northwind");
  await w.h.say(CAST.li, `quote line ${NAME}-onsite-training 1 100`);
  const quote = await w.h.t.db.quote.findFirstOrThrow({ include: { lines: true } });
  expect(quote.lines.map((l) => l.product).join()).toContain(NAME);
  fs.mkdirSync(filesDir, { recursive: true });
  fs.writeFileSync(path.join(filesDir, `quote-${quote.number}-0a1b2c.pdf`), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x78, 0x9c, 0x01]));
  fs.writeFileSync(path.join(filesDir, "call-notes.txt"), `call back on 139 1234 5678`);
  fs.writeFileSync(path.join(filesDir, "other-notes.txt"), "nothing about her");
  // Delivery logs and notifications hold message text.
  const db = w.h.t.db;
  const old = new Date("2026-11-20T00:00:00Z");
  await db.processedEvent.create({
    data: {
      platform: "local",
      eventId: "in-1",
      status: "processed",
      processedAt: old,
      receivedAt: old,
      payload: JSON.stringify({ text: `contact add Northwind ${NAME} 139 1234 5678` }),
    },
  });
  await db.outboxMessage.create({
    data: {
      platform: "local",
      conversationId: "dm:li",
      status: "sent",
      sentAt: old,
      payload: JSON.stringify({ reply: { text: `Contact ${NAME} (${EMAIL}) added` } }),
    },
  });
  await db.outboxMessage.create({
    data: { platform: "local", conversationId: "dm:li", status: "pending", payload: JSON.stringify({ reply: { text: `Call ${PHONE}` } }) },
  });
  await db.numberedChoice.create({
    data: {
      platform: "wechaty",
      conversationId: "room",
      choices: JSON.stringify([{ label: `${NAME} (Northwind)`, actionId: "x", value: "1" }]),
      expiresAt: new Date("2026-12-01T00:00:00Z"),
    },
  });
  await db.alert.create({ data: { kind: "sla", subjectType: "ticket", subjectId: "t", periodKey: "p", payload: JSON.stringify({ text: `SLA: ${EMAIL}` }) } });
  // Backups: one that holds her, one older that does not.
  fs.mkdirSync(backupDir, { recursive: true });
  fs.writeFileSync(path.join(backupDir, "2026-11-01T00-00-00-000Z.db"), "an old backup from before she was added");
  if (w.h.t.dialect === "sqlite") await backupDatabase(w.h.t.file, backupDir, new Date("2026-11-24T00:00:00Z"));
  else fs.writeFileSync(path.join(backupDir, "2026-11-24T00-00-00-000Z.sql"), `INSERT INTO "Contact" VALUES ('${NAME}', '${PHONE}');`);
});

afterAll(async () => {
  for (const [key, value] of [
    ["CRM_DATA_DIR", saved.data],
    ["CRM_BACKUP_DIR", saved.backup],
    ["CRM_FILES_DIR", saved.files],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  await w.h.close();
});

describe("contact export and erase cover the same rows (issue 13 item 4)", () => {
  let exported: { records: { table: string; id: string }[]; activities: { summary: string }[]; tickets: unknown[]; files: string[]; backups: string[] };
  let exportFile: string;
  let before: TableDump;
  let after: TableDump;
  let eraseReply: string;

  it("export finds the activities that name her by phone or email only, the ticket mentioning the email, audit rows and delivery logs", async () => {
    const reply = textOf(await confirm(`contact export ${NAME}`));
    exportFile = /(\/\S+\.json)/.exec(reply)?.[1] ?? "";
    expect(exportFile, reply).not.toBe("");
    exported = JSON.parse(fs.readFileSync(exportFile, "utf8")) as typeof exported;
    const summaries = exported.activities.map((a) => a.summary).join("\n");
    expect(summaries).toContain("budget");
    expect(summaries).toContain("pricing");
    expect(summaries).toContain("brochure");
    expect(summaries).not.toContain("invoice");
    expect(exported.tickets).toHaveLength(1);
    const tables = new Set(exported.records.map((r) => r.table));
    expect(exported.backups.map((f) => path.basename(f))).toEqual([
      w.h.t.dialect === "sqlite" ? "2026-11-24T00-00-00-000Z.db" : "2026-11-24T00-00-00-000Z.sql",
    ]);
    expect(exported.files.map((f) => path.basename(f))).toEqual(expect.arrayContaining(["call-notes.txt", expect.stringMatching(/^quote-.*-0a1b2c\.pdf$/)]));
    for (const table of ["Activity", "FollowUp", "Ticket", "QuoteLine", "AuditLog", "ProcessedEvent", "OutboxMessage", "NumberedChoice", "Alert"])
      expect(tables, table).toContain(table);
  });

  it("erase leaves none of her name, phone or email in any table, keeps every row, and records the fact", async () => {
    eraseReply = textOf(await confirm(`contact erase ${NAME}`, async () => (before = await dump())));
    after = await dump();
    expect(rowsContaining(after, NEEDLES)).toEqual([]);
    // The search index is derived from the activities' text: the redacted activities' terms are dropped and re-read.
    const { ActivityTerm: _before, ...counts } = rowCounts(before);
    counts.AuditLog = (counts.AuditLog ?? 0) + 1; // the erase itself
    const { ActivityTerm: _after, ...afterCounts } = rowCounts(after);
    expect(afterCounts).toEqual(counts);
    expect(await w.h.t.db.activity.count({ where: { termsIndexed: false } })).toBeGreaterThan(0);
    const fact = await w.h.t.db.auditLog.findFirstOrThrow({ where: { action: "contact.erase", entityId: contactId } });
    expect(fact.actorId).not.toBeNull();
    expect(`${fact.before ?? ""}${fact.after ?? ""}`).not.toMatch(/王芳|139|example/);
    // Her earlier audit rows keep who did what when, and the ids, without her data.
    const created = await w.h.t.db.auditLog.findFirstOrThrow({ where: { action: "contact.create", entityId: contactId } });
    expect(JSON.parse(created.after ?? "{}")).toMatchObject({ id: contactId, companyId: expect.any(String), name: "[erased]", phone: "[erased]" });
    expect(created.actorId).not.toBeNull();
    // Rows not about her are left alone; a mention is replaced, the rest of the text stays.
    expect(await w.h.t.db.activity.count({ where: { summary: "called Northwind, reached [erased] about pricing" } })).toBe(1);
    expect(await w.h.t.db.activity.count({ where: { summary: "called Northwind about the invoice" } })).toBe(1);
    expect(await w.h.t.db.outboxMessage.count({ where: { status: "pending" } })).toBe(1);
  });

  it("erase changed exactly the rows the export listed (one finder for both)", () => {
    const listed = exported.records.map((r) => `${r.table}:${r.id}`).sort();
    const ignored = (ref: string) => ref.startsWith("Contact:") || ref.startsWith("PendingAction:") || ref.startsWith("ActivityTerm:");
    expect(changedRows(before, after).filter((r) => !ignored(r))).toEqual(listed.filter((r) => !ignored(r)));
  });

  it("deletes her earlier export files and names the backups that still hold her, with their retention", () => {
    expect(fs.existsSync(exportFile)).toBe(false);
    expect(eraseReply).toContain(w.h.t.dialect === "sqlite" ? "2026-11-24T00-00-00-000Z.db" : "2026-11-24T00-00-00-000Z.sql");
    expect(eraseReply).not.toContain("2026-11-01T00-00-00-000Z.db");
    expect(eraseReply).toMatch(/30 days/);
    expect(eraseReply).toMatch(/quote-\S+-0a1b2c\.pdf/);
    expect(eraseReply).toContain("call-notes.txt");
    expect(eraseReply).not.toContain("other-notes.txt");
  });

  it.runIf(process.env.CRM_TEST_DB !== "postgres")("leaves no trace of her phone or email in the SQLite file or its WAL", () => {
    for (const file of [w.h.t.file, `${w.h.t.file}-wal`]) {
      if (!fs.existsSync(file)) continue;
      const bytes = fs.readFileSync(file);
      for (const needle of [PHONE, EMAIL, NAME]) expect(bytes.includes(Buffer.from(needle, "utf8")), `${path.basename(file)} holds ${needle}`).toBe(false);
    }
  });
});
