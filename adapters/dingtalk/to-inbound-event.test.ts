import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { encodeButtonId } from "./render-dingtalk-card.js";
import { cardCallbackSchema, robotMessageSchema } from "./robot-message.schema.js";
import { stripMentions } from "../strip-mentions.js";
import { cardCallbackToEvent, robotMessageToEvent } from "./to-inbound-event.js";

const base = {
  msgId: "msgA",
  msgtype: "text",
  text: { content: " 记录 拜访了华为 " },
  conversationId: "cidX==",
  conversationType: "1",
  senderId: "$:LWCP_v1:$abc",
  senderStaffId: "staff1",
  senderNick: "李雷",
  chatbotCorpId: "corpA",
  robotCode: "dingkey",
  sessionWebhook: "https://oapi.dingtalk.com/robot/sendBySession?session=s1",
  sessionWebhookExpiredTime: 1_800_000_000_000,
  extraFieldDingTalkAddsLater: true,
};

describe("DingTalk normalization", () => {
  it("turns a direct text message into a message event with its reply context", () => {
    const n = robotMessageToEvent(robotMessageSchema.parse(base));
    expect(n?.event).toMatchObject({
      type: "message",
      channel: "dingtalk",
      eventId: "msgA",
      text: "记录 拜访了华为",
      user: { platformUserId: "staff1", displayName: "李雷", tenantId: "corpA" },
      conversation: { id: "cidX==", kind: "direct" },
    });
    expect(n?.target.replyContext).toEqual({
      sessionWebhook: base.sessionWebhook,
      sessionWebhookExpiresAt: base.sessionWebhookExpiredTime,
      robotCode: "dingkey",
      conversationType: "1",
      senderStaffId: "staff1",
    });
  });

  it("strips the leading @mentions of a group message and keeps the group for replies", () => {
    const n = robotMessageToEvent(
      robotMessageSchema.parse({ ...base, conversationType: "2", text: { content: "@CRM助手 @张三 商机 列表 @不是开头" }, isInAtList: true }),
    );
    expect(n?.event).toMatchObject({ text: "商机 列表 @不是开头", conversation: { kind: "group" } });
    expect(n?.target).toMatchObject({ kind: "group", replyContext: { openConversationId: "cidX==", conversationType: "2" } });
    expect(stripMentions("  @bot   help")).toBe("help");
    expect(stripMentions("email a@b.com")).toBe("email a@b.com");
  });

  it("reads voice transcriptions, falls back to senderId, and drops pictures", () => {
    const voice = robotMessageToEvent(
      robotMessageSchema.parse({ ...base, msgtype: "audio", text: undefined, content: { recognition: "帮助" }, senderStaffId: undefined }),
    );
    expect(voice?.event).toMatchObject({ text: "帮助", user: { platformUserId: base.senderId } });
    expect(robotMessageToEvent(robotMessageSchema.parse({ ...base, msgtype: "picture", text: undefined }))).toBeUndefined();
  });

  it("rejects payloads without the fields we rely on", () => {
    expect(robotMessageSchema.safeParse({ ...base, conversationType: "3" }).success).toBe(false);
    expect(robotMessageSchema.safeParse({ ...base, msgId: "" }).success).toBe(false);
    expect(robotMessageSchema.safeParse({ ...base, sessionWebhook: "not a url" }).success).toBe(false);
  });

  it("turns a card button press into a card.action answering into the card", () => {
    const id = encodeButtonId({ actionId: "deal.move-stage", value: "d1:won:2" });
    const callback = cardCallbackSchema.parse({
      outTrackId: "card-1",
      userId: "staff1",
      corpId: "corpA",
      spaceType: "IM_GROUP",
      spaceId: "cidG==",
      content: JSON.stringify({ cardPrivateData: { actionIds: [id], params: {} } }),
    });
    const n = cardCallbackToEvent(callback, "dingkey");
    expect(n?.event).toMatchObject({ type: "card.action", actionId: "deal.move-stage", value: "d1:won:2", conversation: { id: "cidG==", kind: "group" } });
    expect(n?.target.replyContext).toMatchObject({ cardBizId: "card-1", openConversationId: "cidG==", senderStaffId: "staff1" });
    expect(cardCallbackToEvent({ ...callback, content: "{" }, "dingkey")).toBeUndefined();
    expect(cardCallbackToEvent({ ...callback, content: JSON.stringify({ cardPrivateData: { actionIds: ["foreign"] } }) }, "dingkey")).toBeUndefined();
  });

  it("reads the recorded payloads in __fixtures__", () => {
    const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8"));
    const message = robotMessageToEvent(robotMessageSchema.parse(fixture("robot-group-text.json")));
    expect(message?.event).toMatchObject({
      eventId: "msgFO3rNqkBNeyRzQkYwBKb3g==",
      text: "记录 拜访了华为的张总，下周二给报价",
      user: { platformUserId: "manager4220" },
    });
    expect(message?.target.replyContext).toMatchObject({ openConversationId: "cidt6Zq3Jb4ngCBZ3bmKZuWfQ==", sessionWebhookExpiresAt: 1795402800000 });
    const press = cardCallbackToEvent(cardCallbackSchema.parse(fixture("card-callback.json")), "dingtestappkey");
    expect(press?.event).toMatchObject({ type: "card.action", actionId: "deal.move-stage", value: "d1:negotiation:3", conversation: { kind: "group" } });
  });
});
