import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { webApi } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../../test/fake-slack.js";
import { SlackSender } from "./slack.sender.js";

let fake: FakeSlack;
let sender: SlackSender;
let file: string;
// Every byte value, so a text re-encoding anywhere on the way would show.
const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from(Array.from({ length: 256 }, (_, i) => i))]);

beforeAll(async () => {
  fake = await startFakeSlack();
  const client = new webApi.WebClient(undefined, { slackApiUrl: fake.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
  sender = new SlackSender(client, "xoxb-test");
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "slack-file-")), "quote-7-abc.pdf");
  fs.writeFileSync(file, bytes);
});
afterAll(async () => fake.close());

const attachment = () => ({ fileName: "quote-7-abc.pdf", mimeType: "application/pdf", path: file });

describe("SlackSender with an attachment (files.uploadV2 against the fake Slack)", () => {
  it("opens the DM with the user, uploads the exact bytes and shares the file there with the text as comment", async () => {
    await sender.send({ conversationId: "U7", kind: "direct", platformUserId: "U7" }, { text: "Quote #7 approved", attachment: attachment() });
    expect(fake.callsOf("conversations.open").at(-1)!.body).toMatchObject({ users: "U7" });
    const asked = fake.callsOf("files.getUploadURLExternal").at(-1)!.body;
    expect(asked).toMatchObject({ filename: "quote-7-abc.pdf", length: String(bytes.length) });
    const completed = fake.callsOf("files.completeUploadExternal").at(-1)!.body;
    expect(completed).toMatchObject({ channel_id: "D7", initial_comment: "Quote #7 approved" });
    const fileId = (completed.files as { id: string }[])[0]!.id;
    expect(fake.uploads.get(fileId)?.bytes.equals(bytes)).toBe(true);
    expect(fake.callsOf("chat.postMessage")).toHaveLength(0);
  });

  it("shares into a group conversation, in the thread it answers", async () => {
    await sender.send(
      { conversationId: "C1", kind: "group", platformUserId: "U1", replyContext: { channel: "C1", threadTs: "170.1" } },
      { text: "here", attachment: attachment() },
    );
    expect(fake.callsOf("files.completeUploadExternal").at(-1)!.body).toMatchObject({ channel_id: "C1", thread_ts: "170.1" });
  });

  it("shares the file of a private reply in a group in the person's DM, never in the group", async () => {
    await sender.send(
      { conversationId: "C1", kind: "group", platformUserId: "U9", replyContext: { channel: "C1", threadTs: "170.1" } },
      { text: "only you", visibility: "private", attachment: attachment() },
    );
    const completed = fake.callsOf("files.completeUploadExternal").at(-1)!.body;
    expect(completed.channel_id).toBe("D9");
    expect(completed.thread_ts).toBeUndefined();
  });

  it("maps upload failures to delivery codes; an unreadable file is not retried", async () => {
    const target = { conversationId: "C1", kind: "group" as const };
    fake.failNext("files.completeUploadExternal", "channel_not_found");
    await expect(sender.send(target, { text: "x", attachment: attachment() })).rejects.toMatchObject({ code: "TARGET_NOT_FOUND" });
    fake.rateLimitNext("files.getUploadURLExternal", 5);
    await expect(sender.send(target, { text: "x", attachment: attachment() })).rejects.toMatchObject({ code: "RATE_LIMITED", retryAfterMs: 5000 });
    await expect(sender.send(target, { text: "x", attachment: { ...attachment(), path: `${file}.gone` } })).rejects.toMatchObject({ code: "PAYLOAD_REJECTED" });
  });
});
