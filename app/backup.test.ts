import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, expect, it } from "vitest";
import { openDatabase } from "../domain/shared/db.js";
import { AMY, createHarnessWithPeople, type Harness } from "../test/bot-harness.js";
import { backupDatabase, integrityCheck, pruneBackups, restoreBackup } from "./backup.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithPeople();
  await h.say(AMY, "company add Acme Corp B");
});
afterEach(() => h.close());

it("backs up while the bot writes, and the restored file is whole and has the data", { timeout: 120_000 }, async () => {
  const dir = path.join(path.dirname(h.t.file), "backups");
  // Writes keep going while the backup runs.
  const writing = (async () => {
    for (let i = 0; i < 15; i++) await h.say(AMY, `log called Acme Corp about item ${"abcdefghijklmnopqrstuvwxyzabcdefghijklmn"[i]}`);
  })();
  const backup = await backupDatabase(h.t.file, dir);
  await writing;
  expect(backup.integrity).toBe("ok");
  expect(path.dirname(backup.file)).toBe(dir);

  const restored = path.join(path.dirname(h.t.file), "restored", "crm.db");
  restoreBackup(backup.file, restored);
  expect(integrityCheck(restored)).toBe("ok");
  const db = await openDatabase(restored);
  try {
    expect(await db.company.count({ where: { name: "Acme Corp" } })).toBe(1);
    const activities = await db.activity.count();
    // One committed state: every activity in the copy has its audit row, none is half-written.
    expect(await db.auditLog.count({ where: { action: "activity.log" } })).toBe(activities);
    expect(activities).toBeLessThanOrEqual(15);
  } finally {
    await db.$disconnect();
  }
  // A second backup after the writes has all of them.
  const later = await backupDatabase(h.t.file, dir, new Date(Date.now() + 1000));
  const db2 = await openDatabase(later.file);
  expect(await db2.activity.count()).toBe(15);
  await db2.$disconnect();
  expect(fs.readdirSync(dir).filter((f) => f.endsWith(".db"))).toHaveLength(2);
});

it("refuses to restore a damaged file", async () => {
  const bad = path.join(path.dirname(h.t.file), "bad.db");
  fs.writeFileSync(bad, "not a database");
  expect(() => restoreBackup(bad, path.join(path.dirname(h.t.file), "x.db"))).toThrow();
});

it("prunes backups older than the retention, keeps newer ones and files it did not write", () => {
  const dir = path.join(path.dirname(h.t.file), "pruned");
  fs.mkdirSync(dir);
  const now = new Date("2026-11-25T02:00:00Z");
  for (const name of [
    "2026-10-01T00-00-00-000Z.db",
    "2026-10-26T01-00-00-000Z.db",
    "2026-10-27T00-00-00-000Z.db",
    "notes.db",
    "2026-01-01T00-00-00-000Z.txt",
  ]) {
    fs.writeFileSync(path.join(dir, name), "x");
  }
  expect(pruneBackups(dir, 30, now).map((f) => path.basename(f))).toEqual(["2026-10-01T00-00-00-000Z.db", "2026-10-26T01-00-00-000Z.db"]);
  expect(fs.readdirSync(dir).sort()).toEqual(["2026-01-01T00-00-00-000Z.txt", "2026-10-27T00-00-00-000Z.db", "notes.db"]);
  expect(pruneBackups(dir, 0, new Date("2030-01-01T00:00:00Z"))).toEqual([]);
});

it("npm run backup writes a backup and deletes those older than CRM_BACKUP_RETENTION_DAYS", { timeout: 60_000 }, async () => {
  const dir = path.join(path.dirname(h.t.file), "script-backups");
  fs.mkdirSync(dir);
  const old = new Date(Date.now() - 8 * 86_400_000).toISOString().replace(/[:.]/g, "-");
  const recent = new Date(Date.now() - 2 * 86_400_000).toISOString().replace(/[:.]/g, "-");
  for (const stamp of [old, recent]) fs.writeFileSync(path.join(dir, `${stamp}.db`), "x");
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/backup.ts"], {
    env: { ...process.env, DATABASE_URL: `file:${h.t.file}`, CRM_BACKUP_DIR: dir, CRM_BACKUP_RETENTION_DAYS: "7" },
  });
  expect(stdout).toMatch(/Backup written/);
  expect(stdout).toMatch(/Deleted 1 backup/);
  const left = fs.readdirSync(dir);
  expect(left).not.toContain(`${old}.db`);
  expect(left).toContain(`${recent}.db`);
  expect(left).toHaveLength(2);
});
