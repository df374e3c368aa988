import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeliveryError } from "../../bot/delivery/channel-sender.js";
import type { Card } from "../../cards/model.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { FakeDingTalk } from "../../test/fakes/fake-dingtalk.js";
import { DingTalkApiClient } from "./dingtalk-api.client.js";
import { DingTalkSender } from "./dingtalk.sender.js";
import { RobotWebhook } from "./robot-webhook.js";

const NOW = new Date("2026-11-25T02:00:00Z");
const APP = { appKey: "k", appSecret: "s", robotAccessToken: "rt", robotSecret: "SEC" };
const clock = fixedClock(NOW);
const fake = new FakeDingTalk(APP, () => clock.now());
let sender: DingTalkSender;
const card: Card = { title: "Deal #3", blocks: [{ type: "actions", buttons: [{ label: "Won", actionId: "deal.move-stage", value: "d:won:1" }] }] };

beforeAll(async () => {
  await fake.start();
  const api = new DingTalkApiClient({ apiBase: fake.base, appKey: APP.appKey, appSecret: APP.appSecret }, clock);
  sender = new DingTalkSender(api, new RobotWebhook(clock), clock, { robotCode: "robot-1", cardCallbackRouteKey: "crm-cards" });
});
afterAll(() => fake.stop());

describe("DingTalkSender against the fake DingTalk", () => {
  it("replaces the pressed card when the reply updates its source", async () => {
    const mark = fake.calls.length;
    const target = { conversationId: "cidG", kind: "group" as const, platformUserId: "u1", replyContext: { cardBizId: "card-9", openConversationId: "cidG" } };
    const sent = await sender.send(target, { card, updatesSource: true, text: "已更新" });
    expect(sent.messageRef).toBe("card:card-9");
    const calls = fake.since(mark).filter((c) => !c.path.includes("accessToken"));
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(["PUT /v1.0/im/robots/interactiveCards"]);
    expect(calls[0]?.body.cardBizId).toBe("card-9");
    expect(String(calls[0]?.body.cardData)).toContain("已更新");
  });

  it("sends a new group card with the callback route key, and a private reply in a group as a direct message", async () => {
    const mark = fake.calls.length;
    await sender.send({ conversationId: "cidG", kind: "group", platformUserId: "u1" }, { card });
    await sender.send(
      {
        conversationId: "cidG",
        kind: "group",
        platformUserId: "u1",
        replyContext: { sessionWebhook: fake.sessionWebhook("g"), sessionWebhookExpiresAt: NOW.getTime() + 3_600_000 },
      },
      { text: "只有你能看到", visibility: "private" },
    );
    const calls = fake.since(mark).filter((c) => !c.path.includes("accessToken"));
    expect(calls[0]?.body).toMatchObject({ openConversationId: "cidG", robotCode: "robot-1", callbackRouteKey: "crm-cards" });
    expect(calls[1]?.path).toBe("/v1.0/robot/oToMessages/batchSend");
    expect(calls[1]?.body).toMatchObject({ userIds: ["u1"], msgParam: JSON.stringify({ content: "只有你能看到" }) });
    expect(calls.some((c) => c.path === "/session/g")).toBe(false);
  });

  it("does not start a reply on a sessionWebhook about to expire", async () => {
    const mark = fake.calls.length;
    const context = { sessionWebhook: fake.sessionWebhook("late"), sessionWebhookExpiresAt: NOW.getTime() + 5_000, openConversationId: "cidG" };
    await sender.send({ conversationId: "cidG", kind: "group", replyContext: context }, { text: "hi" });
    const paths = fake.since(mark).map((c) => c.path);
    expect(paths).toContain("/v1.0/robot/groupMessages/send");
    expect(paths).not.toContain("/session/late");
  });

  it("maps failures: an unknown direct recipient, a robot without webhook, a rejected payload", async () => {
    await expect(sender.send({ conversationId: "x", kind: "direct" }, { text: "hi" })).rejects.toMatchObject({ code: "TARGET_NOT_FOUND" });
    await expect(sender.send({ conversationId: "robot:sales", kind: "group" }, { text: "hi" })).rejects.toMatchObject({ code: "UNSUPPORTED" });
    fake.failNext("/v1.0/robot/groupMessages/send", { status: 400, body: { code: "invalidParameter.openConversationId", message: "bad" } });
    const error = await sender.send({ conversationId: "cidBad", kind: "group" }, { text: "hi" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ code: "PAYLOAD_REJECTED", retryable: false });
    fake.failNext("/session/busy", { status: 200, body: { errcode: 130101, errmsg: "send too fast" } });
    const context = { sessionWebhook: fake.sessionWebhook("busy"), sessionWebhookExpiresAt: NOW.getTime() + 3_600_000 };
    await expect(sender.send({ conversationId: "c", kind: "direct", platformUserId: "u", replyContext: context }, { text: "x" })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });
});
