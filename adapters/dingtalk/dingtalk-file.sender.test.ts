import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../domain/shared/clock.js";
import { FakeDingTalk } from "../../test/fakes/fake-dingtalk.js";
import { DingTalkApiClient } from "./dingtalk-api.client.js";
import { DingTalkSender } from "./dingtalk.sender.js";
import { RobotWebhook } from "./robot-webhook.js";

const APP = { appKey: "k", appSecret: "s", robotAccessToken: "rt", robotSecret: "SEC" };
const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
const fake = new FakeDingTalk(APP, () => clock.now());
// Every byte value, so a text re-encoding anywhere on the way would show.
const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from(Array.from({ length: 256 }, (_, i) => i))]);
let sender: DingTalkSender;
let file: string;

beforeAll(async () => {
  await fake.start();
  const api = new DingTalkApiClient({ apiBase: fake.base, oapiBase: fake.base, appKey: APP.appKey, appSecret: APP.appSecret }, clock);
  sender = new DingTalkSender(api, new RobotWebhook(clock), clock, { robotCode: "robot-1" });
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dingtalk-file-")), "quote-7-abc.pdf");
  fs.writeFileSync(file, bytes);
});
afterAll(() => fake.stop());

const attachment = () => ({ fileName: "quote-7-abc.pdf", mimeType: "application/pdf", path: file });

describe("DingTalkSender with an attachment (media/upload + robot sampleFile)", () => {
  it("sends the text, uploads the exact bytes and sends a sampleFile message to the member", async () => {
    const mark = fake.calls.length;
    await sender.send({ conversationId: "cidD", kind: "direct", platformUserId: "staff-7" }, { text: "报价 #7 已批准", attachment: attachment() });
    const upload = fake.since(mark).find((c) => c.path === "/media/upload")!;
    expect(upload.query.type).toBe("file");
    const [mediaId, stored] = [...fake.media.entries()].at(-1)!;
    expect(stored.bytes.equals(bytes)).toBe(true);
    expect(stored.fileName).toBe("quote-7-abc.pdf");
    const sends = fake
      .since(mark)
      .filter((c) => c.path === "/v1.0/robot/oToMessages/batchSend")
      .map((c) => c.body);
    expect(sends).toHaveLength(2);
    expect(sends[0]).toMatchObject({ userIds: ["staff-7"], msgKey: "sampleText" });
    expect(sends[1]).toMatchObject({ robotCode: "robot-1", userIds: ["staff-7"], msgKey: "sampleFile" });
    expect(JSON.parse(String(sends[1]!.msgParam))).toEqual({ mediaId, fileName: "quote-7-abc.pdf", fileType: "pdf" });
  });

  it("sends the file into a group with groupMessages/send", async () => {
    const mark = fake.calls.length;
    await sender.send({ conversationId: "cidG", kind: "group" }, { attachment: attachment() });
    const sent = fake.since(mark).filter((c) => c.path === "/v1.0/robot/groupMessages/send");
    expect(sent.map((c) => c.body)).toEqual([expect.objectContaining({ openConversationId: "cidG", msgKey: "sampleFile" })]);
  });

  it("refreshes an expired token for the upload once and maps failures to delivery codes", async () => {
    const direct = { conversationId: "cidD", kind: "direct" as const, platformUserId: "staff-7" };
    const before = fake.media.size;
    fake.expireTokens();
    await sender.send(direct, { attachment: attachment() });
    expect(fake.media.size).toBe(before + 1);
    const mark = fake.calls.length;
    fake.failNext("/media/upload", { status: 200, body: { errcode: 90018, errmsg: "too fast" } });
    await expect(sender.send(direct, { text: "报价 #7 已批准", attachment: attachment() })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Nothing was sent yet, so the outbox's retry will not repeat the text.
    expect(fake.since(mark).filter((c) => c.path.startsWith("/v1.0/robot/"))).toEqual([]);
    fake.failNext("/v1.0/robot/oToMessages/batchSend", { status: 404, body: { code: "resource.notFound", message: "no staff" } });
    await expect(sender.send(direct, { attachment: attachment() })).rejects.toMatchObject({ code: "TARGET_NOT_FOUND" });
    await expect(sender.send(direct, { attachment: { ...attachment(), path: `${file}.gone` } })).rejects.toMatchObject({ code: "PAYLOAD_REJECTED" });
  });
});
