import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, expect, it } from "vitest";
import { type ServerProcess, startServer } from "../server-process.js";

// `npm start` runs the compiled app (dist/), not the TypeScript: these start it as users do and
// talk to it, so a path that only works from the source (the worker's entry, the migrations) fails here.
const TOKEN = "npm-start-test-token-0123456789abcdef";
let server: ServerProcess | undefined;
let dir: string | undefined;

afterEach(async () => {
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  server = undefined;
  dir = undefined;
});

async function say(base: string, user: string, text: string): Promise<string> {
  const response = await fetch(`${base}/api/local/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ user, text }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { replies: { text?: string }[] };
  return body.replies.map((reply) => reply.text ?? "").join("\n");
}

for (const processing of ["same thread", "worker"]) {
  it(`the compiled app migrates an empty database and logs a call (${processing})`, { timeout: 120_000 }, async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-npm-start-"));
    const file = path.join(dir, "crm.db");
    server = await startServer({
      DATABASE_URL: `file:${file}`,
      CRM_DATA_DIR: dir,
      CRM_API_TOKEN: TOKEN,
      CRM_SCHEDULER: "off",
      ...(processing === "worker" ? { CRM_PROCESSING: "worker" } : {}),
    });
    expect(await say(server.baseUrl, "wang", "company add 宁德时代")).toContain("宁德时代");
    expect(await say(server.baseUrl, "wang", "跟宁德时代的周工通了电话，下周二报价")).toContain("已记录电话");
    expect(await say(server.baseUrl, "sam", "called 宁德时代 back, they want a demo")).toMatch(/Logged a call/);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare("SELECT kind FROM Activity ORDER BY id").all()).toEqual([{ kind: "call" }, { kind: "call" }]);
      expect((db.prepare("SELECT COUNT(*) AS n FROM FollowUp").get() as { n: number }).n).toBe(1);
    } finally {
      db.close();
    }
  });
}
