import { TOPIC_CARD, TOPIC_ROBOT } from "dingtalk-stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CrmApp } from "../../app/create-app.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { FakeDingTalk } from "../../test/fakes/fake-dingtalk.js";
import { startTestApp, type TestApp } from "../../test/test-app.js";
import type { DingTalkAdapter } from "./dingtalk.adapter.js";
import type { DingTalkStream } from "./dingtalk-stream.js";
import { decodeButtonId } from "./render-dingtalk-card.js";

/*
 * Stream mode end to end (the SDK asking the fake gateway for a ticket, its WebSocket, the
 * acknowledgements) runs in the behaviour suite (test/behaviour/dingtalk-stream.behaviour.test.ts).
 * These tests drive the real SDK client from its WebSocket entry point (DWClient.onDownStream, which
 * the socket's "message" handler calls) with downstream frames shaped like DingTalk's, to check
 * exactly what our callbacks record and acknowledge.
 */

const NOW = new Date("2026-11-25T02:00:00Z");
const APP = { appKey: "dingstreamkey", appSecret: "stream-secret", robotAccessToken: "rt", robotSecret: "SECx" };
const clock = fixedClock(NOW);
const fake = new FakeDingTalk(APP, () => clock.now());
let started: TestApp;
let app: CrmApp;
let stream: DingTalkStream;
let acks: ReturnType<typeof vi.spyOn>;

function downstream(topic: string, messageId: string, data: unknown): string {
  return JSON.stringify({
    specVersion: "1.0",
    type: "CALLBACK",
    headers: { appId: "app-1", connectionId: "conn-1", contentType: "application/json", messageId, time: String(NOW.getTime()), topic },
    data: JSON.stringify(data),
  });
}

function robotMessage(msgId: string, content: string) {
  return {
    msgId,
    msgtype: "text",
    text: { content },
    conversationType: "1",
    conversationId: "cid-direct-amy",
    senderId: "$:LWCP_v1:$amy",
    senderStaffId: "amy",
    senderNick: "Amy Chen",
    senderCorpId: "corp1",
    chatbotCorpId: "corp1",
    chatbotUserId: "$:LWCP_v1:$bot",
    robotCode: APP.appKey,
    isAdmin: false,
    createAt: NOW.getTime(),
    sessionWebhook: fake.sessionWebhook(msgId),
    sessionWebhookExpiredTime: NOW.getTime() + 90 * 60_000,
  };
}

async function deliver(frame: string): Promise<void> {
  stream.client.onDownStream(frame);
  await stream.settled();
  await app.inbox.idle();
  await app.outbox.drain();
}

beforeAll(async () => {
  await fake.start();
  started = await startTestApp({
    clock,
    outboxPollMs: 0,
    env: { DINGTALK_APP_KEY: APP.appKey, DINGTALK_APP_SECRET: APP.appSecret, DINGTALK_MODE: "stream", DINGTALK_API_BASE: fake.base },
  });
  app = started.app;
  const adapter = app.adapters.find((a) => a.platform === "dingtalk") as DingTalkAdapter;
  stream = adapter.stream as DingTalkStream;
  acks = vi.spyOn(stream.client, "socketCallBackResponse");
});

afterAll(async () => {
  await started?.close();
  await fake.stop();
});

describe("DingTalk Stream mode (real SDK client, downstream frames)", () => {
  it("subscribes to the robot and card topics and mounts no HTTP callback", () => {
    const topics = stream.client
      .getConfig()
      .subscriptions.filter((s) => s.type === "CALLBACK")
      .map((s) => s.topic);
    expect(topics).toEqual(expect.arrayContaining([TOPIC_ROBOT, TOPIC_CARD]));
    expect(app.adapters.find((a) => a.platform === "dingtalk")?.routes).toBeUndefined();
  });

  it("records a robot message, acknowledges it with its messageId, and replies on the sessionWebhook", async () => {
    await deliver(downstream(TOPIC_ROBOT, "stream-1", robotMessage("s-1", "company add Acme Corp")));
    expect(acks).toHaveBeenCalledWith("stream-1", {});
    expect(await app.db.company.count({ where: { name: "Acme Corp" } })).toBe(1);
    const replies = fake.callsTo("/session/s-1");
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(replies[0]?.body)).toContain("Acme Corp");
  });

  it("a redelivered message is acknowledged again but handled once", async () => {
    const frame = downstream(TOPIC_ROBOT, "stream-2", robotMessage("s-2", "log called Acme Corp about pricing"));
    await deliver(frame);
    await deliver(frame);
    expect(acks.mock.calls.filter((call: unknown[]) => call[0] === "stream-2")).toHaveLength(2);
    expect(await app.db.activity.count()).toBe(1);
    expect(fake.callsTo("/session/s-2")).toHaveLength(1);
  });

  it("acknowledges an unreadable message (so DingTalk stops resending) and writes nothing", async () => {
    const events = await app.db.processedEvent.count();
    await deliver(downstream(TOPIC_ROBOT, "stream-3", { msgId: "s-3", msgtype: "text" }));
    expect(acks).toHaveBeenCalledWith("stream-3", {});
    expect(await app.db.processedEvent.count()).toBe(events);
  });

  it("a card button press on the card topic moves the deal and is acknowledged", async () => {
    await deliver(downstream(TOPIC_ROBOT, "stream-4", robotMessage("s-4", "deal new Acme Corp 50k qualified")));
    const deal = await app.db.deal.findFirstOrThrow({ orderBy: { number: "desc" }, include: { stage: true } });
    expect(deal.stage.key).toBe("qualified");
    const card = fake.callsTo("/v1.0/im/v1.0/robot/interactiveCards/send").at(-1);
    const cardData = JSON.parse(String(card?.body.cardData)) as { contents: { actions?: { id: string }[] }[] };
    const ids = cardData.contents.flatMap((c) => c.actions ?? []).map((a) => a.id);
    const toProposal = ids.find((id) => decodeButtonId(id)?.value.includes(":proposal:"));
    expect(toProposal).toBeDefined();
    const press = {
      type: "actionCallback",
      outTrackId: String(card?.body.cardBizId),
      corpId: "corp1",
      userId: "amy",
      spaceType: "IM_ROBOT",
      content: JSON.stringify({ cardPrivateData: { actionIds: [toProposal], params: {} } }),
    };
    await deliver(downstream(TOPIC_CARD, "stream-5", press));
    expect(acks).toHaveBeenCalledWith("stream-5", {});
    const moved = await app.db.deal.findUniqueOrThrow({ where: { id: deal.id }, include: { stage: true } });
    expect(moved.stage.key).toBe("proposal");
  });
});
