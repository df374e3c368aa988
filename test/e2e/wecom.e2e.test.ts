import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CrmApp } from "../../app/create-app.js";
import { enqueueCardUpdates } from "../../bot/delivery/outbox.js";
import { decodeButtonKey } from "../../adapters/wecom/render-wecom-template-card.js";
import { fixedClock } from "../../domain/shared/clock.js";
import type { FakeWecomApi, RecordedCall } from "../fake-wecom-api.js";
import { WecomCallbackClient } from "../wecom-callback-client.js";
import { WECOM, WECOM_ROBOT_KEY, type WecomTestApp, startWecomTestApp } from "../wecom-test-corp.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");

let started: WecomTestApp;
let app: CrmApp;
let fake: FakeWecomApi;
let wecom: WecomCallbackClient;
const clock = fixedClock(NOW);
let msgId = 1000;

async function settle() {
  await app.inbox.idle();
  await app.outbox.drain();
}

/** A member sends a text to the app; resolves after the bot answered and the outbox delivered. */
async function say(user: string, text: string) {
  const before = fake.calls.length;
  const res = await wecom.post(wecom.text(user, text, String(++msgId)));
  expect(res.status).toBe(200);
  await settle();
  return fake.calls.slice(before);
}

const sentTo = (calls: RecordedCall[], user: string) => calls.filter((c) => c.api === "message/send" && c.answer.errcode === 0 && c.body.touser === user);
const textsOf = (calls: RecordedCall[]) => calls.map((c) => (c.body.text as { content?: string } | undefined)?.content ?? "").join("\n");
const cardsOf = (calls: RecordedCall[]) =>
  calls.flatMap((c) =>
    c.body.msgtype === "template_card" ? [c.body.template_card as { task_id: string; card_type: string; button_list?: { text: string; key: string }[] }] : [],
  );

beforeAll(async () => {
  started = await startWecomTestApp(clock, (apiBase) => ({ WECOM_ROBOT_WEBHOOK: `${apiBase}/cgi-bin/webhook/send?key=${WECOM_ROBOT_KEY}` }));
  ({ app, fake, wecom } = started);
  // The first member to talk to an empty CRM becomes its admin; 李雷 is a rep.
  await say("wangjl", "帮助");
  await say("lilei", "帮助");
});

afterAll(async () => {
  await started?.close();
});

describe("WeCom channel, end to end against a fake WeCom API", () => {
  it("answers the admin console's URL check with the decrypted echostr, and refuses a bad signature", async () => {
    expect(await wecom.verifyUrl("8402372904231")).toEqual({ status: 200, text: "8402372904231" });
    expect((await wecom.verifyUrl("8402372904231", { badSignature: true })).status).toBe(401);
  });

  it("provisions members through ChannelIdentity with the corp id as tenant", async () => {
    const identity = await app.db.channelIdentity.findFirstOrThrow({ where: { platform: "wecom", platformUserId: "lilei" }, include: { user: true } });
    expect(identity.tenantId).toBe(WECOM.corpId);
    expect(identity.user.role).toBe("rep");
    expect(identity.user.locale).toBe("zh");
    expect((await app.db.channelIdentity.findFirstOrThrow({ where: { platformUserId: "wangjl" }, include: { user: true } })).user.role).toBe("admin");
  });

  it("logs a call from a 记录 message and answers through message/send", async () => {
    await say("lilei", "客户 添加 华为 A");
    const before = await app.db.activity.count();
    const calls = await say("lilei", "记录 跟华为的张总通了电话，下周二给报价，预算20万");
    expect(await app.db.activity.count()).toBe(before + 1);
    const activity = await app.db.activity.findFirstOrThrow({ orderBy: { createdAt: "desc" }, include: { company: true } });
    expect(activity.kind).toBe("call");
    expect(activity.company?.name).toBe("华为");
    const replies = sentTo(calls, "lilei");
    expect(replies.length).toBeGreaterThan(0);
    expect(textsOf(replies)).toContain("已记录电话：华为");
    for (const call of replies) expect(call.body.agentid).toBe(WECOM.agentId);
  });

  it("a card click moves the deal and updates the pressed card in place with the click's response code", async () => {
    const deal = await app.db.deal.findFirstOrThrow({ where: { company: { name: "华为" } }, include: { stage: true } });
    const shown = await say("lilei", `商机 查看 ${deal.number}`);
    const card = cardsOf(sentTo(shown, "lilei")).find((c) => c.card_type === "button_interaction");
    expect(card).toBeDefined();
    const button = card!.button_list!.find((b) => decodeButtonKey(b.key)?.value.includes(":negotiation:"));
    expect(button).toBeDefined();

    const before = fake.calls.length;
    const res = await wecom.post(wecom.cardClick("lilei", { eventKey: button!.key, taskId: card!.task_id, responseCode: "click-code-1" }));
    expect(res).toEqual({ status: 200, text: "" });
    await settle();
    const calls = fake.calls.slice(before);

    const moved = await app.db.deal.findUniqueOrThrow({ where: { id: deal.id }, include: { stage: true } });
    expect(moved.stage.key).toBe("negotiation");
    const updates = calls.filter((c) => c.api === "message/update_template_card");
    expect(updates).toHaveLength(1);
    expect(updates[0]?.body).toMatchObject({ response_code: "click-code-1", userids: ["lilei"], agentid: WECOM.agentId });
    // The pressed card is replaced by the deal's new state, with the next stage's buttons.
    const replaced = updates[0]?.body.template_card as { task_id: string; button_list?: { key: string }[] } | undefined;
    expect(replaced?.task_id).toBe(card!.task_id);
    expect(replaced?.button_list?.some((b) => decodeButtonKey(b.key)?.value.includes(":won:"))).toBe(true);
    expect(replaced?.button_list?.some((b) => decodeButtonKey(b.key)?.value.includes(":negotiation:"))).toBe(false);
    // The confirmation arrives as a message; no second copy of the card is posted.
    expect(textsOf(sentTo(calls, "lilei"))).toContain("商务谈判");
    expect(cardsOf(sentTo(calls, "lilei"))).toHaveLength(0);
  });

  it("refuses a bad signature, another token and another corp's message with 401 and records nothing", async () => {
    const events = await app.db.processedEvent.count();
    const activities = await app.db.activity.count();
    const xml = wecom.text("lilei", "记录 跟华为通了电话", "999001");
    expect((await wecom.post(xml, { token: "someoneElsesToken" })).status).toBe(401);
    expect((await wecom.post(xml, { receiveId: "wwotherCorp000000" })).status).toBe(401);
    const query = new URLSearchParams({ msg_signature: "a".repeat(40), timestamp: "1", nonce: "2" });
    const base = (wecom as unknown as { baseUrl: string }).baseUrl;
    const unsigned = await fetch(`${base}/wecom/callback`, {
      method: "POST",
      headers: { "content-type": "text/xml" },
      body: "<xml><Encrypt>abc</Encrypt></xml>",
    });
    expect(unsigned.status).toBe(401);
    const forged = await fetch(`${base}/wecom/callback?${query.toString()}`, {
      method: "POST",
      headers: { "content-type": "text/xml" },
      body: "<xml><Encrypt>abc</Encrypt></xml>",
    });
    expect(forged.status).toBe(401);
    await settle();
    expect(await app.db.processedEvent.count()).toBe(events);
    expect(await app.db.activity.count()).toBe(activities);
  });

  it("answers malformed XML with 400", async () => {
    expect((await wecom.post("", { rawBody: "<xml><Encrypt>unclosed" })).status).toBe(400);
    expect((await wecom.post("", { rawBody: '<!DOCTYPE x [<!ENTITY a "b">]><xml><Encrypt>&a;</Encrypt></xml>' })).status).toBe(400);
    // Valid envelope and signature, but the decrypted message is not XML.
    expect((await wecom.post("<xml><MsgType>text</MsgType")).status).toBe(400);
  });

  it("acknowledges other agents' messages and events it does not act on with 200, recording nothing", async () => {
    const events = await app.db.processedEvent.count();
    const otherAgent = wecom.text("lilei", "帮助", "777001").replace(`<AgentID>${WECOM.agentId}</AgentID>`, "<AgentID>1000099</AgentID>");
    const enter = wecom
      .text("lilei", "", "777002")
      .replace(/<MsgType>.*<\/MsgId>/, "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[enter_agent]]></Event>");
    expect(await wecom.post(otherAgent)).toEqual({ status: 200, text: "" });
    expect(await wecom.post(enter)).toEqual({ status: 200, text: "" });
    await settle();
    expect(await app.db.processedEvent.count()).toBe(events);
  });

  it("treats WeCom's retries of one MsgId as one message", async () => {
    const before = await app.db.activity.count();
    const xml = wecom.text("lilei", "记录 给华为发了邮件，附上产品资料", "888001");
    const answers = await Promise.all([wecom.post(xml), wecom.post(xml)]);
    answers.push(await wecom.post(xml));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    await settle();
    expect(await app.db.activity.count()).toBe(before + 1);
    expect(await app.db.processedEvent.count({ where: { platform: "wecom", eventId: "msg:888001" } })).toBe(1);
  });

  it("refreshes an expired access token once and delivers the message", async () => {
    const tokensBefore = fake.count("gettoken");
    fake.expireTokens();
    const calls = await say("lilei", "帮助");
    expect(fake.count("gettoken")).toBe(tokensBefore + 1);
    const sends = calls.filter((c) => c.api === "message/send");
    expect(sends[0]?.answer.errcode).toBe(42001);
    expect(sends.slice(1).every((c) => c.answer.errcode === 0)).toBe(true);
    expect(sentTo(calls, "lilei").length).toBeGreaterThan(0);
    expect(await app.db.outboxMessage.count({ where: { status: { not: "sent" } } })).toBe(0);
  });

  it("keeps a message refused for frequency (45009) in the outbox and delivers it later", async () => {
    fake.failNext("message/send", 45009);
    const calls = await say("lilei", "跟进 列表");
    expect(sentTo(calls, "lilei")).toHaveLength(0);
    const waiting = await app.db.outboxMessage.findFirstOrThrow({ where: { platform: "wecom", status: "pending" } });
    expect(waiting.lastError).toContain("RATE_LIMITED");
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(clock.now().getTime());

    clock.advance(61_000);
    const before = fake.calls.length;
    await app.outbox.drain();
    expect(sentTo(fake.calls.slice(before), "lilei").length).toBeGreaterThan(0);
    expect((await app.db.outboxMessage.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe("sent");
  });

  it("queues team digests for the group robot at 20 a minute and loses none", async () => {
    const team = await app.db.team.create({ data: { name: "华东销售" } });
    await app.db.teamChannel.create({ data: { teamId: team.id, platform: "wecom", conversationId: "robot", purpose: "digest" } });
    await app.db.$transaction(async (tx) => {
      for (let i = 1; i <= 25; i++) {
        await app.notifier.toTeam(tx, team.id, "digest", { card: { title: `日报 ${i}`, blocks: [{ type: "text", text: `第 ${i} 条` }] } }, clock.now());
      }
    });
    await app.outbox.drain();
    const robot = () => fake.delivered("webhook/send");
    expect(robot()).toHaveLength(20);
    expect(await app.db.outboxMessage.count({ where: { platform: "wecom", conversationId: "robot", status: "pending" } })).toBe(5);

    // Within the same minute nothing more goes out, however often the outbox runs.
    clock.advance(30_000);
    await app.outbox.drain();
    expect(robot()).toHaveLength(20);

    clock.advance(31_000);
    await app.outbox.drain();
    expect(robot()).toHaveLength(25);
    const contents = robot().map((c) => (c.body.markdown as { content: string }).content);
    // Delivered in order, each once, as markdown with the robot's key.
    expect(contents.map((c) => /日报 (\d+)/.exec(c)?.[1])).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
    expect(robot().every((c) => c.query.key === WECOM_ROBOT_KEY && c.body.msgtype === "markdown")).toBe(true);
    expect(await app.db.outboxMessage.count({ where: { platform: "wecom", status: { not: "sent" } } })).toBe(0);
  });

  it("sends to an app chat when the team channel names one", async () => {
    const team = await app.db.team.create({ data: { name: "华南销售" } });
    await app.db.teamChannel.create({ data: { teamId: team.id, platform: "wecom", conversationId: "wrOgQhDgAAcwMTB7YmDkbeBsgT_KAbcd", purpose: "alerts" } });
    await app.db.$transaction((tx) => app.notifier.toTeam(tx, team.id, "alerts", { text: "商机 #1 已超过 14 天未跟进" }, clock.now()));
    await app.outbox.drain();
    const sent = fake.delivered("appchat/send").at(-1);
    expect(sent?.body).toMatchObject({ chatid: "wrOgQhDgAAcwMTB7YmDkbeBsgT_KAbcd", msgtype: "markdown" });
    expect((sent?.body.markdown as { content: string }).content).toContain("14 天未跟进");
  });

  it("updates a card the bot posted itself with the response code message/send returned", async () => {
    const user = (await app.db.channelIdentity.findFirstOrThrow({ where: { platform: "wecom", platformUserId: "wangjl" } })).userId;
    const approval = {
      card: { title: "折扣审批", blocks: [{ type: "actions" as const, buttons: [{ label: "批准", actionId: "approval.approve", value: "a1" }] }] },
    };
    await app.db.$transaction((tx) => app.notifier.toUser(tx, user, approval, clock.now(), { cardFor: { entityType: "approval", entityId: "a1" } }));
    await app.outbox.drain();
    const posted = fake.delivered("message/send").at(-1);
    const sendCode = posted?.answer.response_code;
    expect(sendCode).toMatch(/^send-code-/);
    const post = await app.db.cardPost.findFirstOrThrow({ where: { entityType: "approval", entityId: "a1" } });
    expect(JSON.parse(post.messageRef)).toMatchObject({ responseCode: sendCode, userids: ["wangjl"] });

    const done = { text: "已批准 by 王经理", card: { title: "折扣审批", blocks: [{ type: "text" as const, text: "已批准" }] }, updatesSource: true };
    await app.db.$transaction((tx) => enqueueCardUpdates(tx, { entityType: "approval", entityId: "a1" }, done, clock.now()));
    await app.outbox.drain();
    const update = fake.delivered("message/update_template_card").at(-1);
    expect(update?.body).toMatchObject({ response_code: sendCode, userids: ["wangjl"] });
    const card = update?.body.template_card as { card_type: string; sub_title_text?: string; task_id: string };
    expect(card.sub_title_text).toContain("已批准 by 王经理");
    expect(card.task_id).toBe(JSON.parse(post.messageRef).taskId);

    // The code is spent: a second change of the record arrives as a new message instead.
    const sendsBefore = fake.delivered("message/send").length;
    await app.db.$transaction((tx) => enqueueCardUpdates(tx, { entityType: "approval", entityId: "a1" }, { text: "已撤销" }, clock.now()));
    await app.outbox.drain();
    expect(fake.delivered("message/send")).toHaveLength(sendsBefore + 1);
    expect(fake.delivered("message/send").at(-1)?.body).toMatchObject({ touser: "wangjl", text: { content: "已撤销" } });
  });
});
