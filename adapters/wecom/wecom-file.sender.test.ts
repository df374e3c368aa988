import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../domain/shared/clock.js";
import { FakeWecomApi } from "../../test/fake-wecom-api.js";
import { WecomApiClient } from "./wecom-api.client.js";
import { WecomSender } from "./wecom.sender.js";
import { renderChartPng } from "../../bot/charts/render-chart.js";

const corp = { corpId: "wwfile0000000001", secret: "s3cret", robotKey: "rk" };
const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
// Every byte value, so a text re-encoding anywhere on the way would show.
const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from(Array.from({ length: 256 }, (_, i) => i))]);
let fake: FakeWecomApi;
let sender: WecomSender;
let file: string;

beforeAll(async () => {
  fake = new FakeWecomApi(corp);
  const apiBase = await fake.start();
  const api = new WecomApiClient({ apiBase, corpId: corp.corpId, secret: corp.secret, clock });
  sender = new WecomSender(api, { agentId: 42, apiBase, robotWebhook: `${apiBase}/cgi-bin/webhook/send?key=rk`, cardUrl: "https://crm.example.com/" }, clock);
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "wecom-file-")), "quote-7-abc.pdf");
  fs.writeFileSync(file, bytes);
});
afterAll(async () => fake.stop());

const attachment = () => ({ fileName: "quote-7-abc.pdf", mimeType: "application/pdf", path: file });

describe("WecomSender with an attachment (media/upload + msgtype file)", () => {
  it("sends the text, uploads the exact bytes and sends the file message to the member", async () => {
    await sender.send({ conversationId: "zhang", kind: "direct", platformUserId: "zhang" }, { text: "报价 #7 已批准", attachment: attachment() });
    const upload = fake.delivered("media/upload").at(-1)!;
    expect(upload.body).toMatchObject({ type: "file", fileName: "quote-7-abc.pdf" });
    const mediaId = String(upload.answer.media_id);
    expect(fake.media.get(mediaId)?.bytes.equals(bytes)).toBe(true);
    const sends = fake
      .delivered("message/send")
      .slice(-2)
      .map((c) => c.body);
    expect(sends[0]).toMatchObject({ touser: "zhang", msgtype: "text", text: { content: "报价 #7 已批准" } });
    expect(sends[1]).toEqual({ touser: "zhang", agentid: 42, msgtype: "file", file: { media_id: mediaId } });
  });

  it("sends a chart (PNG) as an image message, uploaded as an image", async () => {
    const png = path.join(path.dirname(file), "report-1.png");
    fs.writeFileSync(
      png,
      await renderChartPng({ xAxis: { type: "category", data: ["线索"] }, yAxis: {}, series: [{ type: "bar", data: [1] }] }, { width: 200, height: 120 }),
    );
    await sender.send(
      { conversationId: "zhang", kind: "direct", platformUserId: "zhang" },
      { attachment: { fileName: "report-1.png", mimeType: "image/png", path: png } },
    );
    const upload = fake.delivered("media/upload").at(-1)!;
    expect(upload.body).toMatchObject({ type: "image", fileName: "report-1.png" });
    expect(fake.delivered("message/send").at(-1)!.body).toEqual({
      touser: "zhang",
      agentid: 42,
      msgtype: "image",
      image: { media_id: String(upload.answer.media_id) },
    });
  });

  it("sends the file into an app chat with appchat/send", async () => {
    await sender.send({ conversationId: "chat-sales", kind: "group" }, { attachment: attachment() });
    const mediaId = String(fake.delivered("media/upload").at(-1)!.answer.media_id);
    expect(fake.delivered("appchat/send").at(-1)!.body).toEqual({ chatid: "chat-sales", msgtype: "file", file: { media_id: mediaId } });
  });

  it("sends a chart to the group robot as its image message (base64 + MD5 of the exact bytes), after the text", async () => {
    const png = path.join(path.dirname(file), "digest-1.png");
    const picture = await renderChartPng(
      { xAxis: { type: "category", data: ["线索"] }, yAxis: {}, series: [{ type: "bar", data: [1] }] },
      { width: 200, height: 120 },
    );
    fs.writeFileSync(png, picture);
    const uploads = fake.count("media/upload");
    const posts = fake.count("webhook/send");
    await sender.send({ conversationId: "robot", kind: "group" }, { text: "简报", attachment: { fileName: "digest-1.png", mimeType: "image/png", path: png } });
    const [text, image] = fake
      .delivered("webhook/send")
      .slice(posts)
      .map((c) => c.body as { msgtype: string; image?: { base64: string; md5: string } });
    expect(text).toMatchObject({ msgtype: "markdown", markdown: { content: "简报" } });
    expect(image!.msgtype).toBe("image");
    expect(Buffer.from(image!.image!.base64, "base64").equals(picture)).toBe(true);
    expect(image!.image!.md5).toBe(createHash("md5").update(picture).digest("hex"));
    // The robot has no use for an app's media upload.
    expect(fake.count("media/upload")).toBe(uploads);
    // A chart alone is one post.
    await sender.send({ conversationId: "robot", kind: "group" }, { attachment: { fileName: "digest-1.png", mimeType: "image/png", path: png } });
    expect(fake.count("webhook/send")).toBe(posts + 3);
  });

  it("sends only the text through the group robot, which cannot carry an app's media", async () => {
    const uploads = fake.count("media/upload");
    await sender.send({ conversationId: "robot", kind: "group" }, { text: "报价 #7 已批准", attachment: attachment() });
    expect(fake.delivered("webhook/send").at(-1)!.body).toMatchObject({ msgtype: "markdown", markdown: { content: "报价 #7 已批准" } });
    expect(fake.count("media/upload")).toBe(uploads);
  });

  it("maps upload failures to delivery codes and refreshes an expired token once", async () => {
    const direct = { conversationId: "zhang", kind: "direct" as const, platformUserId: "zhang" };
    const sendsBefore = fake.count("message/send");
    fake.failNext("media/upload", 45009);
    await expect(sender.send(direct, { text: "报价 #7 已批准", attachment: attachment() })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Nothing was sent yet, so the outbox's retry will not repeat the text.
    expect(fake.count("message/send")).toBe(sendsBefore);
    fake.expireTokens();
    await sender.send(direct, { attachment: attachment() });
    expect(fake.media.size).toBeGreaterThanOrEqual(3);
    await expect(sender.send(direct, { attachment: { ...attachment(), path: `${file}.gone` } })).rejects.toMatchObject({ code: "PAYLOAD_REJECTED" });
  });
});
