import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../domain/shared/clock.js";
import { FakeWecomBotWebhook } from "../../test/fakes/fake-wecom-bot-webhook.js";
import { NO_LIMITS_ENV } from "../../test/no-limits-env.js";
import { type TestApp, startTestApp } from "../../test/test-app.js";
import { DeliveryError } from "../../bot/delivery/channel-sender.js";
import { ReplyStreams } from "../../domain/delivery/reply-streams.js";
import { streamPart } from "./wecom-bot-webhook.sender.js";
import { readWecomBotConfig } from "./wecom-bot.config.js";

// The smart bot's webhook mode end to end: WeCom's encrypted JSON callbacks (the independent
// @wecom/crypto encrypts them), the stream WeCom polls, card clicks answered with the updated card,
// the one-time response_url.
const SECRETS = { token: "QDG6eK", encodingAesKey: "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C" };
const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
let started: TestApp;
let fake: FakeWecomBotWebhook;

const settle = async () => {
  await started.app.inbox.idle();
  await started.app.outbox.drain();
};
const lastSeen = () => fake.seen[fake.seen.length - 1]!;

beforeAll(async () => {
  fake = new FakeWecomBotWebhook(SECRETS, () => clock.now(), settle);
  const apiBase = await fake.start();
  started = await startTestApp({
    clock,
    outboxPollMs: 0,
    env: {
      ...NO_LIMITS_ENV,
      CRM_SCHEDULER: "off",
      WECOM_BOT_TOKEN: SECRETS.token,
      WECOM_BOT_ENCODING_AES_KEY: SECRETS.encodingAesKey,
      WECOM_BOT_API_BASE: apiBase,
      WECOM_BOT_CORP_ID: "wwcorp",
    },
  });
  fake.appBase = started.base;
  await fake.text("boss", "帮助"); // the first member becomes the admin
  await fake.text("li", "帮助");
  await fake.text("li", "客户 添加 腾讯 A");
}, 60_000);
afterAll(async () => {
  await started?.close();
  await fake?.stop();
});

describe("WeCom smart bot, webhook mode", () => {
  it("answers the admin console's URL check, and refuses a wrong signature", async () => {
    expect(await fake.verifyUrl("echo-123")).toEqual({ status: 200, text: "echo-123" });
    expect((await fake.verifyUrl("echo-123", { badSignature: true })).status).toBe(401);
  });

  it("logs a call from a single chat and answers in the stream WeCom polls", async () => {
    const before = await started.app.db.activity.count();
    await fake.text("li", "跟腾讯的张总通了电话，下周二给报价");
    expect(await started.app.db.activity.count()).toBe(before + 1);
    expect(lastSeen()).toMatchObject({ kind: "stream", chat: "li" });
    expect(lastSeen().text + JSON.stringify(lastSeen().card ?? {})).toContain("腾讯");
    // The first passive reply only starts the stream; the answer comes with the polls.
    expect(fake.polls.length).toBeGreaterThan(0);
  });

  it("answers an @mention in a group in that group", async () => {
    const before = await started.app.db.activity.count();
    await fake.text("li", "@CRM助手 上午拜访了腾讯的李总，聊得不错", { chatId: "wrkGroup1" });
    const activity = await started.app.db.activity.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(await started.app.db.activity.count()).toBe(before + 1);
    expect(activity.kind).toBe("visit");
    expect(lastSeen().chat).toBe("wrkGroup1");
  });

  it("does one thing for a message WeCom delivers three times, and each delivery continues the same stream", async () => {
    const before = await started.app.db.activity.count();
    for (let i = 0; i < 3; i++) await fake.text("li", "跟腾讯的王工通了电话，对方要技术方案", { msgId: "redelivered-7" });
    expect(await started.app.db.activity.count()).toBe(before + 1);
    const streams = fake.seen.slice(-3).map((s) => s.text);
    expect(new Set(streams).size).toBe(1);
  });

  it("shows a card's buttons in the stream, and a press replaces the card with its new state", async () => {
    await fake.text("li", "商机 新建 腾讯 20万 方案报价");
    const deal = await started.app.db.deal.findFirstOrThrow({ where: { company: { name: "腾讯" } } });
    await fake.text("li", `商机 查看 ${deal.number}`);
    const card = lastSeen().card as { task_id: string; button_list?: { key: string; text: string }[] } | undefined;
    expect(card?.button_list?.length).toBeGreaterThan(0);
    const negotiate = card!.button_list!.find((b) => b.key.includes("negotiation"));
    expect(negotiate).toBeDefined();
    const { reply } = await fake.click("li", { taskId: card!.task_id, key: negotiate!.key });
    await settle();
    const moved = await started.app.db.deal.findUniqueOrThrow({ where: { id: deal.id }, include: { stage: true } });
    expect(moved.stage.key).toBe("negotiation");
    expect(reply?.response_type).toBe("update_template_card");
    expect((reply?.template_card as { task_id?: string }).task_id).toBe(card!.task_id);
  });

  it("in a group, shows no amounts or phones and asks the member to ask in a direct chat (it cannot message them privately)", async () => {
    const deal = await started.app.db.deal.findFirstOrThrow({ where: { company: { name: "腾讯" }, amountMinor: { gt: 0 } } });
    await fake.text("li", `@CRM助手 商机 查看 ${deal.number}`, { chatId: "wrkGroup1" });
    const seen = lastSeen();
    expect(seen.chat).toBe("wrkGroup1");
    expect(seen.text).toContain("单聊");
    expect(seen.text + JSON.stringify(seen.card ?? {})).not.toContain("200,000");
    // In the single chat the same question shows the deal.
    await fake.text("li", `商机 查看 ${deal.number}`);
    expect(JSON.stringify(lastSeen())).toContain("200,000");
  });

  it("says where to get a file it cannot send in this mode", () => {
    const part = streamPart({ text: "报价单已批准", attachment: { fileName: "Q-1.pdf", mimeType: "application/pdf", path: "/tmp/none" } });
    expect(part.markdown).toContain("报价单已批准");
    expect(part.markdown).toContain("📎 Q-1.pdf");
  });

  it("refuses a forged callback and records nothing", async () => {
    const before = await started.app.db.processedEvent.count();
    const forged = await fake.post(
      { msgid: "forged", from: { userid: "li" }, msgtype: "text", text: { content: "客户 添加 假公司 A" } },
      { token: "notTheToken" },
    );
    expect(forged.status).toBe(401);
    expect(await started.app.db.processedEvent.count()).toBe(before);
  });

  it("finishes a stream WeCom would stop polling with a note, and sends what comes later once, together, to the response_url", async () => {
    const url = `${fake.apiBase}/cgi-bin/aibot/response?response_code=late`;
    await new ReplyStreams(started.app.db, clock).open("late-1", "wecom-bot", url, 3_600_000);
    (fake as unknown as { urlChats: Map<string, string> }).urlChats.set("late", "li");
    clock.advance(6 * 60_000);
    const poll = await fake.post({ msgid: "late-poll", msgtype: "stream", stream: { id: "late-1" } });
    expect(poll.reply).toMatchObject({ msgtype: "stream", stream: { id: "late-1", finish: true } });
    expect(JSON.stringify(poll.reply)).toContain("Still working");
    const sender = started.app.adapters.find((a) => a.platform === "wecom-bot")!.sender;
    const target = (index: number) => ({
      conversationId: "li",
      kind: "direct" as const,
      platformUserId: "li",
      replyContext: { streamId: "late-1", responseUrl: url },
      answerPart: { index, of: 2 },
    });
    const before = fake.seen.length;
    await sender.send(target(0), { text: "迟到的回答" });
    expect(fake.seen.length).toBe(before); // the answer is not whole yet
    await sender.send(target(1), { text: "第二部分" });
    expect(fake.seen.slice(before)).toEqual([{ kind: "response-url", chat: "li", text: "迟到的回答\n\n第二部分" }]);
    // A retried delivery of a part already sent posts nothing again.
    await sender.send(target(1), { text: "第二部分" });
    expect(fake.seen.length).toBe(before + 1);
  });

  it("the same click delivered twice at once gets two quick answers and moves the deal once", async () => {
    const deal = await started.app.db.deal.findFirstOrThrow({ where: { company: { name: "腾讯" }, amountMinor: { gt: 0 } } });
    await fake.text("li", `商机 查看 ${deal.number}`);
    const card = lastSeen().card as { task_id: string; button_list: { key: string }[] };
    const key = card.button_list.find((b) => b.key.startsWith("deal.move-stage") && b.key.includes(":won:"))!.key;
    const started1 = Date.now();
    const [a, b] = await Promise.all([
      fake.click("li", { taskId: card.task_id, key }, { msgId: "twin-click" }),
      fake.click("li", { taskId: card.task_id, key }, { msgId: "twin-click" }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(Date.now() - started1).toBeLessThan(4_500);
    await settle();
    expect((await started.app.db.deal.findUniqueOrThrow({ where: { id: deal.id }, include: { stage: true } })).stage.key).toBe("won");
  });

  it("a click's replies that are not the card update go together as one message to its response_url", async () => {
    const sender = started.app.adapters.find((a) => a.platform === "wecom-bot")!.sender;
    const url = `${fake.apiBase}/cgi-bin/aibot/response?response_code=multi`;
    (fake as unknown as { urlChats: Map<string, string> }).urlChats.set("multi", "li");
    await new ReplyStreams(started.app.db, clock).open("click:multi-1", "wecom-bot", url, 3_600_000, { closed: true });
    const target = (index: number) => ({
      conversationId: "li",
      kind: "direct" as const,
      replyContext: { clickId: "multi-1", responseUrl: url },
      answerPart: { index, of: 3 },
    });
    const before = fake.seen.length;
    for (const [index, text] of ["已批准", "通知了提交人", "下一步：财务"].entries()) await sender.send(target(index), { text });
    expect(fake.seen.slice(before)).toEqual([{ kind: "response-url", chat: "li", text: "已批准\n\n通知了提交人\n\n下一步：财务" }]);
  });

  it("an answer for one member in a group completes the stream with a note, not silence", async () => {
    // an open deal to export (the file's other deal was won above)
    await fake.text("li", "商机 新建 腾讯 5万");
    await fake.text("li", "@CRM助手 导出 商机", { chatId: "wrkGroup1" });
    const seen = lastSeen();
    expect(seen).toMatchObject({ kind: "stream", chat: "wrkGroup1" });
    expect(seen.text).toContain("单聊");
    expect(seen.text).not.toContain("Still working");
  });

  it("a spent or unknown response_url is a final failure, not hours of retries", async () => {
    const sender = started.app.adapters.find((a) => a.platform === "wecom-bot")!.sender;
    const target = {
      conversationId: "li",
      kind: "direct" as const,
      replyContext: { clickId: "gone-1", responseUrl: `${fake.apiBase}/cgi-bin/aibot/response?response_code=unknown` },
    };
    await new ReplyStreams(started.app.db, clock).open("click:gone-1", "wecom-bot", target.replyContext.responseUrl, 3_600_000, { closed: true });
    const error = await sender.send(target, { text: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect([(error as DeliveryError).code, (error as DeliveryError).retryable]).toEqual(["PAYLOAD_REJECTED", false]);
  });

  it("cannot post unasked (digests, alerts) and says so, instead of failing silently", async () => {
    const sender = started.app.adapters.find((a) => a.platform === "wecom-bot")!.sender;
    const error = await sender.send({ conversationId: "wrkGroup1", kind: "group" }, { text: "简报" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).code).toBe("UNSUPPORTED");
    expect((error as Error).message).toMatch(/long connection/);
  });
});

describe("WeCom smart bot configuration", () => {
  it("reads the webhook mode, and refuses both modes at once or a malformed key", () => {
    const webhook = readWecomBotConfig({ WECOM_BOT_TOKEN: "tok1", WECOM_BOT_ENCODING_AES_KEY: SECRETS.encodingAesKey });
    expect(webhook).toMatchObject({ enabled: true, config: { mode: "webhook", apiBase: "https://qyapi.weixin.qq.com" } });
    expect(() =>
      readWecomBotConfig({ WECOM_BOT_TOKEN: "tok1", WECOM_BOT_ENCODING_AES_KEY: SECRETS.encodingAesKey, WECOM_BOT_ID: "b", WECOM_BOT_SECRET: "s" }),
    ).toThrow(/not both/);
    expect(() => readWecomBotConfig({ WECOM_BOT_TOKEN: "tok1", WECOM_BOT_ENCODING_AES_KEY: "short" })).toThrow(/43-character/);
    expect(readWecomBotConfig({ WECOM_BOT_TOKEN: "tok1" })).toEqual({ enabled: false, missing: ["WECOM_BOT_ENCODING_AES_KEY"] });
  });
});
