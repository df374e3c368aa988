import { webApi } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeliveryError } from "../../bot/delivery/channel-sender.js";
import type { Card } from "../../cards/model.js";
import { type FakeSlack, startFakeSlack } from "../../test/fake-slack.js";
import { SlackSender } from "./slack.sender.js";

let fake: FakeSlack;
let sender: SlackSender;
const card: Card = { title: "#1 Acme", blocks: [{ type: "actions", buttons: [{ label: "Won", actionId: "deal.move-stage", value: "d:won:1" }] }] };
const group = { conversationId: "C1", kind: "group" as const, platformUserId: "U1", tenantId: "T1" };

beforeAll(async () => {
  fake = await startFakeSlack();
  const client = new webApi.WebClient(undefined, { slackApiUrl: fake.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
  sender = new SlackSender(client, "xoxb-test");
});
afterAll(async () => fake.close());

describe("SlackSender (real WebClient against the fake Slack)", () => {
  it("posts a direct reply to the user id and returns {channel, ts} as the message ref", async () => {
    const sent = await sender.send({ conversationId: "D1", kind: "direct", platformUserId: "U1" }, { text: "hi <there> & you", card });
    const call = fake.callsOf("chat.postMessage").at(-1)!;
    expect(call.body.channel).toBe("U1");
    expect(String(call.body.text)).toContain("hi &lt;there&gt; &amp; you");
    expect(JSON.parse(sent.messageRef!)).toEqual({ channel: "D1", ts: expect.stringMatching(/^\d+\.\d+$/) });
  });

  it("answers in the thread of a mention, privately with chat.postEphemeral, and edits by message ref", async () => {
    await sender.send({ ...group, replyContext: { channel: "C1", threadTs: "170.1" } }, { text: "in thread" });
    expect(fake.callsOf("chat.postMessage").at(-1)!.body).toMatchObject({ channel: "C1", thread_ts: "170.1" });
    await sender.send(group, { text: "only you", visibility: "private" });
    expect(fake.callsOf("chat.postEphemeral").at(-1)!.body).toMatchObject({ channel: "C1", user: "U1", text: "only you" });
    await sender.update!(group, JSON.stringify({ channel: "C1", ts: "171.2" }), { card });
    expect(fake.callsOf("chat.update").at(-1)!.body).toMatchObject({ channel: "C1", ts: "171.2" });
    await expect(sender.update!(group, "not-json", { card })).rejects.toMatchObject({ code: "TARGET_NOT_FOUND" });
  });

  it("maps Slack failures to delivery codes the outbox acts on", async () => {
    const attempt = async () =>
      sender.send(group, { text: "x" }).then(
        () => null,
        (e: unknown) => e as DeliveryError,
      );
    fake.rateLimitNext("chat.postMessage", 12);
    expect(await attempt()).toMatchObject({ code: "RATE_LIMITED", retryAfterMs: 12_000 });
    fake.failNext("chat.postMessage", "invalid_auth");
    expect(await attempt()).toMatchObject({ code: "AUTH_INVALID" });
    fake.failNext("chat.postMessage", "channel_not_found");
    expect(await attempt()).toMatchObject({ code: "TARGET_NOT_FOUND" });
    fake.failNext("chat.postMessage", "invalid_blocks");
    expect(await attempt()).toMatchObject({ code: "PAYLOAD_REJECTED" });
    fake.failNext("chat.postMessage", 503);
    const temporary = await attempt();
    expect(temporary).toMatchObject({ code: "TEMPORARY" });
    expect(temporary?.retryable).toBe(true);
  });
});
