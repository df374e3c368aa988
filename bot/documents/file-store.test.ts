import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FileStore, isSafeFileName } from "./file-store.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("file store", () => {
  it("stores under a random, safe name and resolves only names inside its directory", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-files-test-"));
    dirs.push(dir);
    const store = new FileStore(path.join(dir, "files"));
    const saved = await store.save("quote-Q0001 报价/../x", "pdf", new Uint8Array([37, 80, 68, 70]));
    expect(saved.fileName).toMatch(/^quote-Q0001-x-[0-9a-f]{12}\.pdf$/);
    expect(store.resolve(saved.fileName)).toBe(saved.path);
    expect(fs.readFileSync(saved.path).toString()).toBe("%PDF");
    for (const bad of ["../secret", "..", "a/b.pdf", "a\\b.pdf", ".hidden", "", "x".repeat(201), "a..b.pdf"]) {
      expect(isSafeFileName(bad)).toBe(false);
      expect(store.resolve(bad)).toBeNull();
    }
  });
});
