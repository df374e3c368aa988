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
  dir = mkdtempSync(path.join(os.tmpdir(), "crm-lead-import-e2e-"));
  await a.say("boss", "帮助", { displayName: "王总" });
  await a.say("li", "帮助", { displayName: "李雷" });
});
afterAll(async () => {
  await a.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("importing leads through the local API and the command line", () => {
  it("an uploaded sheet with a source column is previewed as leads and imported by the app's runner", async () => {
    const bytes = await workbook([
      ["姓名", "公司", "手机", "来源"],
      ["周总", "京东", "13900000001", "展会"],
    ]);
    const res = await fetch(`${a.base}/api/local/imports?user=li&name=${encodeURIComponent("展会.xlsx")}`, {
      method: "POST",
      headers: { "content-type": "application/octet-stream", ...a.auth },
      body: new Uint8Array(bytes),
    });
    const preview = (await res.json()) as never;
    expect(allText(preview)).toContain("线索导入预览 · 展会.xlsx");
    const confirm = buttonsOf((preview as { replies: never }).replies).find((b) => b.value.endsWith(":update"))!;
    await a.press("li", confirm);
    await a.app.imports.tick();
    expect(await a.t.db.lead.count({ where: { name: "周总", source: "trade-show" } })).toBe(1);
  });

  it("npm run import --as leads reads a plain sheet as leads, and --undo takes it back", async () => {
    const file = path.join(dir, "list.xlsx");
    writeFileSync(
      file,
      await workbook([
        ["联系人", "单位", "手机"],
        ["吴经理", "美的集团", "13900000002"],
        ["郑总", "格力", "13900000003"],
      ]),
    );
    const run = (...args: string[]) =>
      promisify(execFile)("npx", ["tsx", "scripts/import.ts", ...args], {
        env: { ...process.env, DATABASE_URL: a.t.url, CRM_FILES_DIR: dir },
        timeout: 60_000,
      });
    const imported = await run(file, "--user", "李雷", "--as", "leads", "--yes");
    expect(imported.stdout).toContain("线索导入预览 · list.xlsx");
    expect(imported.stdout).toContain("新建线索 2");
    expect(await a.t.db.lead.count({ where: { name: { in: ["吴经理", "郑总"] } } })).toBe(2);
    expect(await a.t.db.company.count({ where: { name: "美的集团" } })).toBe(0);
    expect((await run("--undo", "--user", "li")).stdout).toContain("已撤销线索导入（list.xlsx）");
    expect(await a.t.db.lead.count({ where: { name: { in: ["吴经理", "郑总"] } } })).toBe(0);
    await expect(run(file, "--user", "李雷", "--as", "deals")).rejects.toThrow(/--as leads/u);
  }, 120_000);
});
