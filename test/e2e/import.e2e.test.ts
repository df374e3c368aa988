import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workbook } from "../import-fixture.js";
import { allText, buttonsOf, type LocalApp, startLocalApp } from "./local-app.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");
let a: LocalApp;
let dir: string;

beforeAll(async () => {
  a = await startLocalApp(NOW);
  dir = mkdtempSync(path.join(os.tmpdir(), "crm-import-e2e-"));
  await a.say("boss", "帮助", { displayName: "王总" });
  await a.say("li", "帮助", { displayName: "李雷" });
});
afterAll(async () => {
  await a.close();
  rmSync(dir, { recursive: true, force: true });
});

const upload = async (user: string, name: string, bytes: Buffer) => {
  const res = await fetch(`${a.base}/api/local/imports?user=${user}&name=${encodeURIComponent(name)}`, {
    method: "POST",
    headers: { "content-type": "application/octet-stream", ...a.auth },
    body: new Uint8Array(bytes),
  });
  return { status: res.status, body: (await res.json()) as { replies: { text?: string; plainText?: string; attachment?: { url: string } }[] } };
};

describe("importing through the local API and the command line", () => {
  it("an uploaded workbook is previewed; the Import button imports it; the refused rows' report downloads through its signed link", async () => {
    const bytes = await workbook([
      ["客户名称", "联系人", "邮箱"],
      ["蔚来汽车", "李总", "li@nio.com"],
      ["理想汽车", "马总", "not-an-email"],
    ]);
    const preview = await upload("li", "汽车客户.xlsx", bytes);
    expect(preview.status).toBe(200);
    expect(allText(preview.body as never)).toContain("共 2 行：新客户 1");
    expect(await a.t.db.company.count({ where: { name: "蔚来汽车" } })).toBe(0);
    const confirm = buttonsOf(preview.body.replies as never).find((b) => b.value.endsWith(":update"))!;
    // Import answers at once with the progress card; the app's runner commits the rows in the background.
    const pressed = await a.press("li", confirm);
    expect(allText(pressed)).toContain("0 / 2 行");
    await a.app.imports.tick();
    await a.app.outbox.drain();
    expect(await a.t.db.company.count({ where: { name: "蔚来汽车" } })).toBe(1);
    // The result reaches the importer's chat with the report (the local channel's notifications).
    const listed = (await (await a.get("/api/local/notifications?user=li")).json()) as {
      notifications: { text?: string; replaces?: string; attachment?: { url: string } }[];
    };
    const done = listed.notifications.find((n) => n.text?.includes("导入完成"))!;
    expect(done.text).toContain("新建客户 1");
    const link = done.attachment!;
    const report = await fetch(`${a.base}${link.url}`);
    expect(report.status).toBe(200);
    expect((await report.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it("a file over the size limit is refused with 413 and kept nowhere", async () => {
    process.env.CRM_IMPORT_MAX_MB = "0.001";
    try {
      const res = await upload("li", "big.csv", Buffer.alloc(4096, 65));
      expect(res.status).toBe(413);
    } finally {
      delete process.env.CRM_IMPORT_MAX_MB;
    }
  });

  it("npm run import previews, imports with --yes, and undoes with --undo, as the named user", async () => {
    const file = path.join(dir, "customers.xlsx");
    writeFileSync(
      file,
      await workbook([
        ["Company", "Industry"],
        ["Initech", "Software"],
        ["Globex", "Energy"],
      ]),
    );
    const run = (...args: string[]) =>
      promisify(execFile)("npx", ["tsx", "scripts/import.ts", ...args], {
        env: { ...process.env, DATABASE_URL: a.t.url, CRM_FILES_DIR: dir },
        timeout: 60_000,
      });
    const preview = await run(file, "--user", "李雷");
    expect(preview.stdout).toContain("共 2 行：新客户 2");
    expect(preview.stdout).toContain("preview only");
    expect(await a.t.db.company.count({ where: { name: { in: ["Initech", "Globex"] } } })).toBe(0);
    const imported = await run(file, "--user", "李雷", "--yes");
    expect(imported.stdout).toContain("新建客户 2");
    expect(await a.t.db.company.count({ where: { name: { in: ["Initech", "Globex"] } } })).toBe(2);
    expect((await run("--undo", "--user", "li")).stdout).toContain("已撤销导入（customers.xlsx）");
    expect(await a.t.db.company.count({ where: { name: { in: ["Initech", "Globex"] } } })).toBe(0);
    await expect(run(file)).rejects.toThrow(/--user/u);
  }, 120_000);
});
