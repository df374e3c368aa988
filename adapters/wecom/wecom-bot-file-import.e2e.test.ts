import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../domain/shared/clock.js";
import { FakeFileHost } from "../../test/fakes/fake-file-host.js";
import { FakeWecomBot } from "../../test/fakes/fake-wecom-bot.js";
import { startTestApp, type TestApp } from "../../test/test-app.js";
import type { WecomBotConnection } from "./wecom-bot.connection.js";

const BOT = { botId: "aibot-files", secret: "bot-secret" };
const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
const fake = new FakeWecomBot(BOT);
const allowed = new FakeFileHost();
const other = new FakeFileHost();
let t: TestApp;
let connection: WecomBotConnection;

const settle = async () => {
  await new Promise((r) => setTimeout(r, 20));
  await connection.settled();
  await t.app.inbox.idle();
  await t.app.outbox.drain();
};
const textTo = (user: string, from: number) =>
  fake
    .sentTo(user)
    .slice(from)
    .map((b) => JSON.stringify(b))
    .join("\n");

beforeAll(async () => {
  await fake.start();
  await allowed.start();
  await other.start();
  t = await startTestApp({
    clock,
    outboxPollMs: 0,
    env: { WECOM_BOT_ID: BOT.botId, WECOM_BOT_SECRET: BOT.secret, WECOM_BOT_WS_URL: fake.url, WECOM_BOT_FILE_HOSTS: allowed.base },
  });
  connection = (t.app.adapters.find((a) => a.platform === "wecom-bot") as unknown as { connection: WecomBotConnection }).connection;
  await t.app.start();
  await fake.connected();
  fake.text("amy", "help");
  await settle();
});
afterAll(async () => {
  await t?.close();
  await fake.stop();
  await allowed.stop();
  await other.stop();
});

describe("a file sent to the WeCom smart bot over the long connection", () => {
  it("is not fetched from a host that is not on WECOM_BOT_FILE_HOSTS; the person is asked to send it again", async () => {
    const key = randomBytes(32).toString("base64");
    const from = fake.sentTo("amy").length;
    fake.file("amy", { url: other.put("list.csv", Buffer.from("Company\nHooli\n"), key), aeskey: key });
    await settle();
    expect(other.downloads).toEqual([]);
    expect(textTo("amy", from)).toMatch(/Could not fetch|没能取到文件/u);
    expect(await t.app.db.importJob.count()).toBe(0);
  });

  it("a file that does not decrypt with its link's key is not previewed; the person is asked again", async () => {
    const from = fake.sentTo("amy").length;
    // Fixed keys, so the outcome is the same every run (a random wrong key could pass the padding check by chance).
    const url = allowed.put("list.csv", Buffer.from("Company\nHooli\n"), Buffer.alloc(32, 1).toString("base64"));
    fake.file("amy", { url, aeskey: Buffer.alloc(32, 2).toString("base64") });
    await settle();
    expect(allowed.downloads).toHaveLength(1);
    expect(textTo("amy", from)).toMatch(/Could not fetch|没能取到文件/u);
    expect(await t.app.db.importJob.count()).toBe(0);
  });
});
