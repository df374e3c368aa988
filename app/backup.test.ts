import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { openDatabase } from "../domain/shared/db.js";
import { AMY, createHarnessWithPeople, type Harness } from "../test/bot-harness.js";
import { backupDatabase, integrityCheck, restoreBackup } from "./backup.js";

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
