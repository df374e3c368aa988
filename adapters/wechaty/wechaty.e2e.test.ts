import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { mock } from "wechaty-puppet-mock";
import { type MockWechat, startMockWechat, textsSince } from "../../test/wechaty-mock.harness.js";
import { MESSAGE_TYPE } from "./to-inbound-event.js";

let w: MockWechat;
let zhang: mock.ContactMock;
let room: mock.RoomMock;

const companyNamed = (name: string) => w.app.db.company.findFirstOrThrow({ where: { name } });

beforeAll(async () => {
  w = await startMockWechat();
  zhang = w.mocker.createContact({ name: "张三" });
  room = w.mocker.createRoom({ topic: "销售群", memberIdList: [w.self.id, zhang.id] });
});

afterAll(async () => {
  await w?.close();
});

describe("the CRM bot on WeChat through Wechaty (wechaty-puppet-mock)", () => {
  it("logs a '记录 …' sentence from a direct chat and the contact receives the reply", async () => {
    await w.say(zhang, "客户 添加 张三科技");
    expect(textsSince(w.sentTo(zhang), 0)).toContain("已新建客户：张三科技");

    const before = w.sentTo(zhang).length;
    await w.say(zhang, "记录 跟张三科技通了电话，下周二报价");
    const company = await companyNamed("张三科技");
    const activity = await w.app.db.activity.findFirstOrThrow({ where: { companyId: company.id } });
    expect(activity.kind).toBe("call");
    expect(activity.channel).toBe("wechaty");
    expect(activity.summary).toContain("张三科技通了电话");
    const identity = await w.app.db.channelIdentity.findFirstOrThrow({ where: { platform: "wechaty", platformUserId: zhang.id } });
    expect(identity.displayName).toBe("张三");
    expect(activity.actorId).toBe(identity.userId);

    const reply = textsSince(w.sentTo(zhang), before);
    expect(reply).toContain("已记录电话：张三科技");
    // No deal yet: opening one is offered as a numbered choice, pressed by typing its number.
    expect(reply).toContain("回复数字即可选择");
    const choice = /\[(\d+)\] 新建商机/.exec(reply)?.[1];
    expect(choice).toBeDefined();
    const offered = w.sentTo(zhang).length;
    await w.say(zhang, choice!);
    const deal = await w.app.db.deal.findFirstOrThrow({ where: { companyId: company.id }, include: { stage: true } });
    expect(deal.stage.key).toBe("proposal");
    // The deal card comes as text with numbered choices.
    expect(textsSince(w.sentTo(zhang), offered)).toMatch(/\[1\] 推进到 商务谈判/);
  });

  it("in a group answers only when @mentioned, with the mention removed", async () => {
    const ignoredId = await w.say(zhang, "客户 添加 李四贸易", room);
    expect(await w.app.db.processedEvent.count({ where: { eventId: ignoredId } })).toBe(0);
    expect(await w.app.db.company.count({ where: { name: "李四贸易" } })).toBe(0);
    expect(w.sentTo(room)).toHaveLength(0);

    await w.say(zhang, "@CRM助手\u2005客户 添加 李四贸易", room, [w.self]);
    await companyNamed("李四贸易");
    const replies = w.sentTo(room);
    expect(replies).toHaveLength(1);
    // In a group the answer @mentions the person it is for.
    expect(textsSince(replies, 0)).toMatch(/^@张三 .*已新建客户：李四贸易/s);
  });

  it("turns a reply of just a number into the button of the question asked", async () => {
    await w.say(zhang, "客户 添加 张三物流");
    const before = w.sentTo(zhang).length;
    await w.say(zhang, "跟张三通了电话，聊了物流的事");
    const question = textsSince(w.sentTo(zhang), before);
    expect(question).toMatch(/\[1\] 张三科技\n\[2\] 张三物流\n\[3\] 都不是/);
    const logistics = await companyNamed("张三物流");
    expect(await w.app.db.activity.count({ where: { companyId: logistics.id } })).toBe(0);

    const answered = w.sentTo(zhang).length;
    await w.say(zhang, "２");
    expect(await w.app.db.activity.count({ where: { companyId: logistics.id } })).toBe(1);
    expect(textsSince(w.sentTo(zhang), answered)).toContain("已记录电话：张三物流");
  });

  it("moves a deal with '第2个' on its card, and a number past the new card's buttons is plain text", async () => {
    const deal = await w.app.db.deal.findFirstOrThrow({ where: { company: { name: "张三科技" } } });
    const before = w.sentTo(zhang).length;
    await w.say(zhang, `商机 查看 ${deal.number}`);
    expect(textsSince(w.sentTo(zhang), before)).toMatch(/\[2\] 赢单/);
    await w.say(zhang, "第2个");
    const moved = await w.app.db.deal.findUniqueOrThrow({ where: { id: deal.id }, include: { stage: true } });
    expect(moved.stage.key).toBe("won");
    const changes = await w.app.db.dealStageChange.count({ where: { dealId: deal.id } });

    // The won card offers two buttons ([1] reopen, [2] edit); "3" matches nothing, so the bot gets it as text.
    const id = await w.say(zhang, "3");
    const row = await w.app.db.processedEvent.findFirstOrThrow({ where: { eventId: id } });
    expect(JSON.parse(row.payload ?? "{}").event.type).toBe("message");
    expect(await w.app.db.dealStageChange.count({ where: { dealId: deal.id } })).toBe(changes);
  });

  it("numbers two question cards of one reply on from each other, so each number presses one button", async () => {
    await w.say(zhang, "客户 添加 张三电子");
    const before = w.sentTo(zhang).length;
    await w.say(zhang, "跟张三电子的王总通了电话，下周二报价");
    const reply = textsSince(w.sentTo(zhang), before);
    const deal = /\[(\d+)\] 新建商机/.exec(reply)?.[1];
    const contact = /\[(\d+)\] 添加“王总”/.exec(reply)?.[1];
    expect([deal, contact]).toEqual(["1", "3"]);
    const company = await companyNamed("张三电子");

    await w.say(zhang, contact!);
    expect(await w.app.db.contact.count({ where: { companyId: company.id, name: "王总" } })).toBe(1);
    expect(await w.app.db.deal.count({ where: { companyId: company.id } })).toBe(0);
    // The deal offer keeps its own number after the other card was answered.
    await w.say(zhang, deal!);
    expect(await w.app.db.deal.count({ where: { companyId: company.id } })).toBe(1);
  });

  it("forgets the choices after 30 minutes", async () => {
    await w.say(zhang, "商机 新建 张三物流 10万");
    const deal = await w.app.db.deal.findFirstOrThrow({ where: { company: { name: "张三物流" } }, include: { stage: true } });
    await w.say(zhang, `商机 查看 ${deal.number}`);
    w.clock.advance(31 * 60_000);
    await w.say(zhang, "1");
    const after = await w.app.db.deal.findUniqueOrThrow({ where: { id: deal.id }, include: { stage: true } });
    expect(after.stage.key).toBe(deal.stage.key);
  });

  it("a number answers only the person the card was for", async () => {
    const wang = w.mocker.createContact({ name: "王五" });
    const deal = await w.app.db.deal.findFirstOrThrow({ where: { company: { name: "张三物流" } }, include: { stage: true } });
    await w.say(zhang, `@CRM助手 商机 查看 ${deal.number}`, room, [w.self]);
    const id = await w.say(wang, "@CRM助手 1", room, [w.self]);
    const row = await w.app.db.processedEvent.findFirstOrThrow({ where: { eventId: id } });
    expect(JSON.parse(row.payload ?? "{}").event).toMatchObject({ type: "message", text: "1" });
    expect((await w.app.db.deal.findUniqueOrThrow({ where: { id: deal.id }, include: { stage: true } })).stage.key).toBe(deal.stage.key);

    // The deal card went to 张三 privately (a group sees no amounts), so his number answers it there.
    const changes = await w.app.db.dealStageChange.count({ where: { dealId: deal.id } });
    await w.say(zhang, "1");
    expect((await w.app.db.deal.findUniqueOrThrow({ where: { id: deal.id }, include: { stage: true } })).stage.key).not.toBe(deal.stage.key);
    expect(await w.app.db.dealStageChange.count({ where: { dealId: deal.id } })).toBe(changes + 1);
  });

  it("answers a picture in a direct chat with 'text only', once, and never answers itself", async () => {
    const before = w.sentTo(zhang).length;
    const picture = w.mocker.MessageMock.create({
      id: "picture-1",
      talkerId: zhang.id,
      listenerId: w.self.id,
      timestamp: Date.now(),
      type: MESSAGE_TYPE.Image,
    });
    await w.deliver(picture.id);
    await w.deliver(picture.id); // the puppet delivering it twice
    const texts = w.sentTo(zhang).slice(before);
    expect(texts).toHaveLength(1);
    expect(textsSince(texts, 0)).toContain("只能处理文字消息");

    const own = new Set([...w.mocker.cacheMessagePayload.values()].filter((m) => m.talkerId === w.self.id).map((m) => m.id));
    const events = await w.app.db.processedEvent.findMany({ where: { platform: "wechaty" } });
    expect(events.some((e) => own.has(e.eventId))).toBe(false);
  });

  it("treats a redelivered message as a no-op", async () => {
    const id = await w.say(zhang, "记录 给张三科技发了资料邮件");
    const activities = await w.app.db.activity.count();
    const sent = w.sentTo(zhang).length;
    await w.deliver(id);
    expect(await w.app.db.activity.count()).toBe(activities);
    expect(w.sentTo(zhang)).toHaveLength(sent);
  });

  it("reads a number typed under a quoted card as the choice", async () => {
    const deal = await w.app.db.deal.findFirstOrThrow({ where: { company: { name: "张三科技" } }, include: { stage: true } });
    expect(deal.stage.key).toBe("won");
    await w.say(zhang, `商机 查看 ${deal.number}`);
    await w.say(zhang, `「CRM助手：【#${deal.number} 张三科技】…」\n- - - - - - - - - - - - - - -\n1`);
    const reopened = await w.app.db.deal.findUniqueOrThrow({ where: { id: deal.id }, include: { stage: true } });
    expect(reopened.stage.key).not.toBe("won");
  });
});
