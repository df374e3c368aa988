import { createHmac } from "node:crypto";
import { readdirSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../domain/shared/clock.js";
import { FakeDingTalk } from "../../test/fakes/fake-dingtalk.js";
import { workbook } from "../../test/import-fixture.js";
import { startTestApp, type TestApp } from "../../test/test-app.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");
const APP = { appKey: "dingfilekey", appSecret: "file-secret", robotAccessToken: "robot-token", robotSecret: "SECrobot" };
const CORP = "dingcorpf";
const clock = fixedClock(NOW);
const fake = new FakeDingTalk(APP, () => clock.now());
let t: TestApp;
let stamp = 0;
let seq = 0;

/** A robot message as DingTalk posts it to the callback, signed over a fresh timestamp. */
async function deliver(body: Record<string, unknown>): Promise<number> {
  const timestamp = String(clock.now().getTime() - ++stamp);
  const sign = createHmac("sha256", APP.appSecret).update(`${timestamp}\n${APP.appSecret}`).digest("base64");
  const res = await fetch(`${t.base}/dingtalk/callback`, {
    method: "POST",
    headers: { "content-type": "application/json", timestamp, sign },
    body: JSON.stringify(body),
  });
  await t.app.inbox.idle();
  await t.app.outbox.drain();
  return res.status;
}

const message = (msgId: string, extra: Record<string, unknown>) => ({
  msgId,
  createAt: clock.now().getTime(),
  conversationType: "1",
  conversationId: "cid-direct-boss",
  senderId: "$:LWCP_v1:$boss",
  senderNick: "Wang",
  senderCorpId: CORP,
  senderStaffId: "boss",
  chatbotCorpId: CORP,
  chatbotUserId: "$:LWCP_v1:$bot",
  robotCode: APP.appKey,
  sessionWebhook: fake.sessionWebhook(msgId),
  sessionWebhookExpiredTime: clock.now().getTime() + 90 * 60_000,
  ...extra,
});
const sendFile = (msgId: string, downloadCode: string, fileName: string) => deliver(message(msgId, { msgtype: "file", content: { downloadCode, fileName } }));
const replies = (mark: number) =>
  fake
    .since(mark)
    .filter((c) => c.path.startsWith("/session/") || c.path.startsWith("/v1.0/robot/oToMessages") || c.path.includes("interactiveCards"))
    .map((c) => JSON.stringify(c.body))
    .join("\n");
const storedImports = () => readdirSync(t.app.files.dir).filter((f) => f.startsWith("import-"));

beforeAll(async () => {
  await fake.start();
  t = await startTestApp({
    clock,
    outboxPollMs: 0,
    env: {
      DINGTALK_APP_KEY: APP.appKey,
      DINGTALK_APP_SECRET: APP.appSecret,
      DINGTALK_API_BASE: fake.base,
      DINGTALK_OAPI_BASE: fake.base,
      DINGTALK_CORP_ID: CORP,
      DINGTALK_FILE_HOSTS: fake.base,
    },
  });
  expect(await deliver(message(`m${++seq}`, { msgtype: "text", text: { content: "help" } }))).toBe(200);
});
afterAll(async () => {
  await t?.close();
  await fake.stop();
});

describe("a spreadsheet sent to the DingTalk robot as a file", () => {
  it("is exchanged for a download URL, fetched and previewed; a redelivery fetches nothing", async () => {
    fake.sentFiles.set("code-1", {
      bytes: await workbook([
        ["Company", "Contact", "Email"],
        ["Initech", "Bill", "bill@initech.com"],
        ["Globex", "Hank", "hank@globex.com"],
      ]),
    });
    const mark = fake.calls.length;
    expect(await sendFile("file-1", "code-1", "customers.xlsx")).toBe(200);
    const exchange = fake.since(mark).filter((c) => c.path === "/v1.0/robot/messageFiles/download");
    expect(exchange.map((c) => c.body)).toEqual([{ downloadCode: "code-1", robotCode: APP.appKey }]);
    expect(fake.since(mark).filter((c) => c.path.startsWith("/files/"))).toHaveLength(1);
    expect(replies(mark)).toContain("2 rows: 2 new customers");
    expect(await t.app.db.company.count({ where: { name: { in: ["Initech", "Globex"] } } })).toBe(0);

    const files = storedImports().length;
    const again = fake.calls.length;
    expect(await sendFile("file-1", "code-1", "customers.xlsx")).toBe(200);
    expect(fake.since(again).map((c) => c.path)).toEqual([]);
    expect(storedImports()).toHaveLength(files);
    expect(await t.app.db.importJob.count()).toBe(1);
  });

  it("fetches nothing from a host that is not DingTalk's, and asks for the file again when the exchange fails", async () => {
    fake.sentFiles.set("code-2", { bytes: Buffer.from("Company\nHooli\n") });
    // Another host that would serve the file: it must never be asked.
    const hits: string[] = [];
    const other = createServer((req, res) => {
      hits.push(req.url ?? "");
      res.end("Company\nHooli\n");
    });
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    const { port } = other.address() as AddressInfo;
    fake.downloadOrigin = `http://127.0.0.1:${port}`;
    let mark = fake.calls.length;
    expect(await sendFile("file-2", "code-2", "hooli.csv")).toBe(200);
    fake.downloadOrigin = undefined;
    await new Promise((resolve) => other.close(resolve));
    expect(hits).toEqual([]);
    expect(fake.since(mark).filter((c) => c.path === "/v1.0/robot/messageFiles/download")).toHaveLength(1);
    expect(replies(mark)).toContain('Could not fetch \\"hooli.csv\\"');

    mark = fake.calls.length;
    expect(await sendFile("file-3", "code-unknown", "lost.xlsx")).toBe(200);
    expect(fake.since(mark).filter((c) => c.path.startsWith("/files/"))).toHaveLength(0);
    expect(replies(mark)).toContain('Could not fetch \\"lost.xlsx\\"');
  });

  it("answers a file that is no spreadsheet without asking for it", async () => {
    const mark = fake.calls.length;
    expect(await sendFile("file-4", "code-pdf", "quote.pdf")).toBe(200);
    expect(fake.since(mark).filter((c) => c.path === "/v1.0/robot/messageFiles/download")).toHaveLength(0);
    expect(replies(mark)).toContain("Cannot import");
  });
});
