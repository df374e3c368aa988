import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generateDataKey, loadDataKeys, sensitiveFieldsFor } from "./data-keys.js";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-data-keys-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("loadDataKeys", () => {
  it("generates <data dir>/data-key once (0600) and reads the same key afterwards", () => {
    const first = loadDataKeys({ CRM_DATA_DIR: dir });
    expect(first).toMatchObject({ source: "file", created: true, file: path.join(dir, "data-key") });
    expect(fs.statSync(first.file).mode & 0o777).toBe(0o600);
    const second = loadDataKeys({ CRM_DATA_DIR: dir });
    expect(second.created).toBe(false);
    expect(second.current.equals(first.current)).toBe(true);
  });

  it("prefers CRM_DATA_KEY and writes no file; previous keys come from CRM_DATA_KEY_PREVIOUS", () => {
    const previous = generateDataKey();
    const keys = loadDataKeys({ CRM_DATA_DIR: dir, CRM_DATA_KEY: generateDataKey(), CRM_DATA_KEY_PREVIOUS: previous });
    expect(keys.source).toBe("env");
    expect(keys.previous.map((k) => k.toString("base64"))).toEqual([previous]);
    expect(fs.existsSync(path.join(dir, "data-key"))).toBe(false);
  });

  it("refuses a key that is not 32 bytes of base64, with a hint", () => {
    expect(() => loadDataKeys({ CRM_DATA_DIR: dir, CRM_DATA_KEY: "secret" })).toThrow(/CRM_DATA_KEY.*32 bytes/);
    expect(() => loadDataKeys({ CRM_DATA_DIR: dir, CRM_DATA_KEY: "not base64!" })).toThrow(/base64/);
  });
});

describe("CRM_SENSITIVE_FIELDS", () => {
  it("accepts the allow-listed columns and refuses any other", () => {
    const keys = loadDataKeys({ CRM_DATA_DIR: dir });
    expect(sensitiveFieldsFor(keys, { CRM_SENSITIVE_FIELDS: "Contact.title, Company.region" }).columns("Company")).toEqual(["region"]);
    expect(() => sensitiveFieldsFor(keys, { CRM_SENSITIVE_FIELDS: "Company.name" })).toThrow(/Contact.title, Company.industry, Company.region/);
  });
});
