import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase } from "../../app/backup.js";
import { createCrmApp } from "../../app/create-app.js";
import { FileStore } from "../../bot/documents/file-store.js";
import { exportFilePath, writeExportFile } from "../../bot/privacy/export-file.js";

/** Personal data and keys are for the bot's own user only, whatever the umask of whoever started it. */
const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

let dir: string;
const previousUmask = process.umask(0o022);
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-modes-"));
});
afterAll(() => {
  process.umask(previousUmask);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("files holding personal data or keys are 0600, their folders 0700", () => {
  it("the SQLite database, its -wal and -shm, the data dir, the generated data key and backups", async () => {
    const dataDir = path.join(dir, "data");
    const file = path.join(dataDir, "crm.db");
    const options = { databaseUrl: `file:${file}`, outboxPollMs: 0, env: { CRM_DATA_DIR: dataDir }, filesDir: path.join(dataDir, "files") };
    const app = await createCrmApp(options);
    try {
      await app.db.team.create({ data: { name: "modes" } });
      expect(modeOf(dataDir)).toBe(0o700);
      expect(modeOf(file)).toBe(0o600);
      expect(modeOf(`${file}-wal`)).toBe(0o600);
      expect(modeOf(`${file}-shm`)).toBe(0o600);
      expect(modeOf(path.join(dataDir, "data-key"))).toBe(0o600);
      const backup = await backupDatabase(file, path.join(dataDir, "backups"));
      expect(modeOf(path.dirname(backup.file))).toBe(0o700);
      expect(modeOf(backup.file)).toBe(0o600);
    } finally {
      await app.close();
    }
    // A database file left readable by others (an older version, a copy) is tightened on start.
    fs.chmodSync(file, 0o644);
    const again = await createCrmApp({ ...options, migrate: false });
    await again.close();
    expect(modeOf(file)).toBe(0o600);
  });

  it("privacy exports", () => {
    const file = exportFilePath("c1", new Date(), path.join(dir, "exports"));
    writeExportFile(file, { contact: { name: "张伟" } });
    expect(modeOf(path.dirname(file))).toBe(0o700);
    expect(modeOf(file)).toBe(0o600);
  });

  it("generated quote PDFs", async () => {
    const store = new FileStore(path.join(dir, "files"));
    const saved = await store.save("Q-1", "pdf", new Uint8Array([37, 80, 68, 70]));
    expect(modeOf(store.dir)).toBe(0o700);
    expect(modeOf(saved.path)).toBe(0o600);
  });
});
