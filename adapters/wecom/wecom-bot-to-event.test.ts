import { describe, expect, it } from "vitest";
import { WecomBotClicks } from "./wecom-bot-clicks.js";
import { readWecomBotConfig } from "./wecom-bot.config.js";
import { botCardEventSchema, botTextMessageSchema } from "./wecom-bot-frame.schema.js";
import { botCardEventToEvent, botMessageToEvent } from "./wecom-bot-to-event.js";

const text = (body: Record<string, unknown>) =>
  botTextMessageSchema.parse({ msgid: "m1", from: { userid: "lilei" }, msgtype: "text", text: { content: "帮助" }, ...body });

describe("smart bot frames → the bot's events", () => {
  it("a single chat answers the member; a group answers the group, without the leading @mention", () => {
    expect(botMessageToEvent(text({ chattype: "single" }), "corp1")).toMatchObject({
      event: {
        type: "message",
        channel: "wecom-bot",
        eventId: "msg:m1",
        text: "帮助",
        conversation: { id: "lilei", kind: "direct" },
        user: { tenantId: "corp1" },
      },
      target: { conversationId: "lilei", kind: "direct", platformUserId: "lilei" },
    });
    const group = botMessageToEvent(text({ chattype: "group", chatid: "g1", text: { content: "@CRM助手 @Amy 记录 通了电话 a@b.com" } }), "corp1");
    expect(group?.event).toMatchObject({ text: "记录 通了电话 a@b.com", conversation: { id: "g1", kind: "group" } });
    expect(group?.target).toMatchObject({ conversationId: "g1", kind: "group", platformUserId: "lilei" });
    // A bare @mention is nothing to act on.
    expect(botMessageToEvent(text({ chattype: "group", chatid: "g1", text: { content: "@CRM助手 " } }), "corp1")).toBeNull();
  });

  it("a card click names our action, its msgid, and the frame and task a reply may update", () => {
    const body = botCardEventSchema.parse({
      msgid: "e1",
      chattype: "group",
      chatid: "g1",
      from: { userid: "zhangjl" },
      msgtype: "event",
      event: { eventtype: "template_card_event", template_card_event: { event_key: "quote.approve|ap1", task_id: "crm_1" } },
    });
    expect(botCardEventToEvent(body, "req-9", "corp1")).toMatchObject({
      event: { type: "card.action", eventId: "evt:e1", actionId: "quote.approve", value: "ap1", conversation: { id: "g1", kind: "group" } },
      target: { replyContext: { reqId: "req-9", taskId: "crm_1" } },
    });
    const foreign = botCardEventSchema.parse({
      ...body,
      event: { eventtype: "template_card_event", template_card_event: { event_key: "nokey", task_id: "t" } },
    });
    expect(botCardEventToEvent(foreign, "req-9", "corp1")).toBeNull();
    expect(botTextMessageSchema.safeParse({ msgid: "m", from: {}, msgtype: "text", text: { content: "x" } }).success).toBe(false);
  });

  it("a click is answered once and only within WeCom's five seconds", () => {
    let now = 0;
    const clicks = new WecomBotClicks(() => now);
    clicks.remember("t1", "r1");
    expect(clicks.claim("t1")).toEqual({ reqId: "r1" });
    expect(clicks.claim("t1")).toBe("already-updated");
    clicks.release("t1");
    now = 4_000;
    expect(clicks.claim("t1")).toEqual({ reqId: "r1" });
    clicks.remember("t2", "r2");
    now = 9_000;
    expect(clicks.claim("t2")).toBe("none");
    expect(clicks.claim("unknown")).toBe("none");
  });

  it("is enabled by WECOM_BOT_ID and WECOM_BOT_SECRET; a bad gateway URL stops the start", () => {
    expect(readWecomBotConfig({}).enabled).toBe(false);
    expect(readWecomBotConfig({ WECOM_BOT_ID: "b", WECOM_BOT_SECRET: "s" })).toEqual({
      enabled: true,
      config: {
        mode: "long-connection",
        botId: "b",
        secret: "s",
        wsUrl: "wss://openws.work.weixin.qq.com",
        tenantId: "b",
        fileHosts: ["https://ww-aibot-img-1258476243.cos.ap-guangzhou.myqcloud.com"],
      },
    });
    expect(() => readWecomBotConfig({ WECOM_BOT_ID: "b", WECOM_BOT_SECRET: "s", WECOM_BOT_FILE_HOSTS: "not a url" })).toThrow(/WECOM_BOT_FILE_HOSTS/u);
    expect(() => readWecomBotConfig({ WECOM_BOT_ID: "b", WECOM_BOT_SECRET: "s", WECOM_BOT_WS_URL: "http://x" })).toThrow(/WECOM_BOT_WS_URL/u);
  });
});
