import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { refuseToBind } from "./bind-policy.js";

const TOKEN = "a-configured-token-of-enough-length";

describe("refuseToBind", () => {
  it("refuses a non-loopback HOST while the local API has no configured token", () => {
    for (const host of ["0.0.0.0", "::", "192.168.1.10", "10.0.0.5", "crm.example.com", "::ffff:10.0.0.1"]) {
      const message = refuseToBind({ host, env: {} });
      expect(message, host).toContain("CRM_API_TOKEN");
      expect(message).toContain("CRM_LOCAL_API=off");
      expect(message).toContain(host);
    }
  });

  it("lets a loopback HOST start without a token (the generated one in the data dir is used)", () => {
    for (const host of ["127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]", "::ffff:127.0.0.1"])
      expect(refuseToBind({ host, env: {} }), host).toBeUndefined();
  });

  it("lets a public HOST start with CRM_API_TOKEN set, or with the local API switched off", () => {
    expect(refuseToBind({ host: "0.0.0.0", env: { CRM_API_TOKEN: TOKEN } })).toBeUndefined();
    expect(refuseToBind({ host: "0.0.0.0", env: { CRM_LOCAL_API: "off" } })).toBeUndefined();
    expect(refuseToBind({ host: "0.0.0.0", env: { CRM_API_TOKEN: "" } })).toContain("CRM_API_TOKEN");
    expect(refuseToBind({ host: "0.0.0.0", env: { CRM_LOCAL_API: "on" } })).toContain("CRM_API_TOKEN");
  });
});

describe("npm start with HOST=0.0.0.0 and no token", () => {
  it("exits 1 with the message, before touching the database", { timeout: 30_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-bind-"));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, HOST: "0.0.0.0", PORT: "0", CRM_DATA_DIR: dir, DATABASE_URL: `file:${path.join(dir, "crm.db")}` };
      delete env.CRM_API_TOKEN;
      delete env.CRM_LOCAL_API;
      const child = spawn(process.execPath, ["--import", "tsx", "app/main.ts", "--no-terminal"], {
        cwd: path.resolve(import.meta.dirname, ".."),
        env,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (c: Buffer) => (output += c.toString()));
      child.stderr.on("data", (c: Buffer) => (output += c.toString()));
      const code = await new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
        child.once("exit", (c) => {
          clearTimeout(timer);
          resolve(c);
        });
      });
      expect(code, output).toBe(1);
      expect(output).toContain("CRM_API_TOKEN");
      expect(fs.existsSync(path.join(dir, "crm.db"))).toBe(false);
      expect(fs.existsSync(path.join(dir, "api-token"))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
