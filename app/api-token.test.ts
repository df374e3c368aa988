import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { apiTokenNotice, resolveApiToken } from "./api-token.js";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-token-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("resolveApiToken", () => {
  it("generates 32 random bytes into <data dir>/api-token (0600) once, then reads them back", () => {
    const dir = tempDir();
    const first = resolveApiToken({ CRM_DATA_DIR: dir });
    expect(first).toMatchObject({ source: "file", created: true, path: path.join(dir, "api-token") });
    expect(Buffer.from(first.token, "base64url")).toHaveLength(32);
    expect(fs.statSync(path.join(dir, "api-token")).mode & 0o777).toBe(0o600);
    const second = resolveApiToken({ CRM_DATA_DIR: dir });
    expect(second).toMatchObject({ token: first.token, created: false });
  });

  it("CRM_API_TOKEN wins and nothing is written", () => {
    const dir = tempDir();
    expect(resolveApiToken({ CRM_DATA_DIR: dir, CRM_API_TOKEN: " my-own-token-0123456789 " })).toEqual({
      token: "my-own-token-0123456789",
      source: "env",
      created: false,
    });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("refuses a short CRM_API_TOKEN", () => {
    expect(() => resolveApiToken({ CRM_DATA_DIR: tempDir(), CRM_API_TOKEN: "secret" })).toThrow(/too short/);
  });

  it("the first-start notice says where the token is and how to send it", () => {
    const dir = tempDir();
    const token = resolveApiToken({ CRM_DATA_DIR: dir });
    const notice = apiTokenNotice(token, "http://127.0.0.1:3000");
    expect(notice).toContain(token.token);
    expect(notice).toContain(path.join(dir, "api-token"));
    expect(notice).toContain(`curl -H "Authorization: Bearer $(cat ${path.join(dir, "api-token")})"`);
    expect(notice).toContain("http://127.0.0.1:3000/api/local/messages");
  });
});
