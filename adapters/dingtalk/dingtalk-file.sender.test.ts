import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pngSize, renderChartPng } from "../../bot/charts/render-chart.js";
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
let chart: string;
let png: Buffer;

beforeAll(async () => {
  await fake.start();
  const api = new DingTalkApiClient({ apiBase: fake.base, oapiBase: fake.base, appKey: APP.appKey, appSecret: APP.appSecret }, clock);
  sender = new DingTalkSender(api, new RobotWebhook(clock), clock, { robotCode: "robot-1" });
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dingtalk-file-")), "quote-7-abc.pdf");
  fs.writeFileSync(file, bytes);
  png = await renderChartPng({ xAxis: { type: "category", data: ["赢单"] }, yAxis: { type: "value" }, series: [{ type: "bar", data: [3] }] });
  chart = path.join(path.dirname(file), "report-abc.png");
  fs.writeFileSync(chart, png);
});
afterAll(() => fake.stop());

const attachment = () => ({ fileName: "quote-7-abc.pdf", mimeType: "application/pdf", path: file });
const picture = () => ({ fileName: "report-abc.png", mimeType: "image/png", path: chart });
const direct = { conversationId: "cidD", kind: "direct" as const, platformUserId: "staff-7" };

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

describe("DingTalkSender with a picture (media/upload type image + robot sampleImageMsg)", () => {
  it("uploads a chart as an image and sends it as sampleImageMsg with the media id as photoURL, after the card", async () => {
    const mark = fake.calls.length;
    await sender.send(direct, { card: { title: "销售报表", blocks: [{ type: "text", text: "赢单 3" }] }, attachment: picture() });
    const calls = fake.since(mark);
    const upload = calls.findIndex((c) => c.path === "/media/upload");
    expect(calls[upload]!.query.type).toBe("image");
    const [mediaId, stored] = [...fake.media.entries()].at(-1)!;
    expect(stored).toMatchObject({ type: "image", fileName: "report-abc.png" });
    expect(stored.bytes.equals(png)).toBe(true);
    expect(pngSize(stored.bytes)).toEqual({ width: 800, height: 480 });
    const sends = calls.filter((c) => c.path === "/v1.0/robot/oToMessages/batchSend");
    expect(sends.map((c) => c.body.msgKey)).toEqual(["sampleMarkdown", "sampleImageMsg"]);
    expect(sends.every((c) => !c.failed && calls.indexOf(c) > upload)).toBe(true);
    expect(sends[1]!.body).toMatchObject({ robotCode: "robot-1", userIds: ["staff-7"] });
    expect(JSON.parse(String(sends[1]!.body.msgParam))).toEqual({ photoURL: mediaId });
  });

  it("sends a JPEG the same way, and a picture into a group with groupMessages/send", async () => {
    const mark = fake.calls.length;
    await sender.send({ conversationId: "cidG", kind: "group" }, { attachment: { ...picture(), mimeType: "image/jpeg" } });
    expect(fake.since(mark).find((c) => c.path === "/media/upload")!.query.type).toBe("image");
    const sent = fake.since(mark).filter((c) => c.path === "/v1.0/robot/groupMessages/send");
    expect(sent.map((c) => c.body)).toEqual([expect.objectContaining({ openConversationId: "cidG", msgKey: "sampleImageMsg" })]);
  });

  it("sends nothing while the upload fails, so a retry does not repeat the card", async () => {
    const mark = fake.calls.length;
    fake.failNext("/media/upload", { status: 200, body: { errcode: 90018, errmsg: "too fast" } });
    await expect(sender.send(direct, { text: "销售报表", attachment: picture() })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(fake.since(mark).filter((c) => c.path.startsWith("/v1.0/robot/"))).toEqual([]);
  });

  it("posts nothing to the custom group robot for a picture alone (it carries no pictures)", async () => {
    const mark = fake.calls.length;
    await expect(sender.send({ conversationId: "robot:sales", kind: "group" }, { attachment: picture() })).resolves.toEqual({});
    expect(fake.since(mark)).toEqual([]);
  });

  it("is held to DingTalk's rules by the fake: an image upload must be a picture, a photoURL must name an uploaded image", async () => {
    const mark = fake.calls.length;
    await expect(sender.send(direct, { attachment: { ...attachment(), mimeType: "image/png" } })).rejects.toMatchObject({ code: "PAYLOAD_REJECTED" });
    expect(fake.since(mark).filter((c) => c.path.startsWith("/v1.0/robot/"))).toEqual([]);
    await sender.send(direct, { attachment: attachment() });
    const [fileId] = [...fake.media.entries()].at(-1)!;
    const api = new DingTalkApiClient({ apiBase: fake.base, oapiBase: fake.base, appKey: APP.appKey, appSecret: APP.appSecret }, clock);
    const wrong = { robotCode: "robot-1", userIds: ["staff-7"], msgKey: "sampleImageMsg", msgParam: JSON.stringify({ photoURL: fileId }) };
    await expect(api.call("POST", "/v1.0/robot/oToMessages/batchSend", wrong)).rejects.toMatchObject({ code: "PAYLOAD_REJECTED" });
  });
});
