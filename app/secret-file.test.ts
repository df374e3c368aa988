import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { dataDir, readOrCreateSecretFile } from "./secret-file.js";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-secret-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("readOrCreateSecretFile", () => {
  it("generates once with mode 0600, then reads the same value back", () => {
    const file = path.join(tempDir(), "nested", "api-token");
    let calls = 0;
    const first = readOrCreateSecretFile(file, () => `secret-${++calls}`);
    expect(first).toMatchObject({ value: "secret-1", created: true });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const second = readOrCreateSecretFile(file, () => `secret-${++calls}`);
    expect(second).toMatchObject({ value: "secret-1", created: false });
    expect(calls).toBe(1);
  });

  it("tightens an existing world-readable file to 0600", () => {
    const file = path.join(tempDir(), "key");
    fs.writeFileSync(file, "kept\n", { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    expect(readOrCreateSecretFile(file, () => "new").value).toBe("kept");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it("refuses an empty file instead of silently using an empty secret", () => {
    const file = path.join(tempDir(), "key");
    fs.writeFileSync(file, "\n");
    expect(() => readOrCreateSecretFile(file, () => "new")).toThrow(/empty/);
  });
});

describe("dataDir", () => {
  it("is CRM_DATA_DIR when set, ./data otherwise", () => {
    expect(dataDir({ CRM_DATA_DIR: "/srv/crm" })).toBe("/srv/crm");
    expect(dataDir({})).toBe(path.resolve("data"));
  });
});

describe("readOrCreateSecretFile from two processes at once", () => {
  it("both read the one value that was linked into place, never an empty file", async () => {
    const { spawn } = await import("node:child_process");
    const file = path.join(tempDir(), "shared", "data-key");
    const script = `
      import { readOrCreateSecretFile } from ${JSON.stringify(path.resolve("app/secret-file.ts"))};
      process.stdout.write(readOrCreateSecretFile(process.argv[1], () => "v-" + process.pid).value);`;
    const run = () =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, file], { stdio: ["ignore", "pipe", "inherit"] });
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
        child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
      });
    const values = await Promise.all([run(), run(), run(), run()]);
    expect(new Set(values).size).toBe(1);
    expect(values[0]).toBe(fs.readFileSync(file, "utf8").trim());
    expect(fs.readdirSync(path.dirname(file))).toEqual(["data-key"]);
  });
});
