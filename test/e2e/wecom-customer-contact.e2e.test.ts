import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CrmApp } from "../../app/create-app.js";
import { fixedClock } from "../../domain/shared/clock.js";
import type { FakeWecomApi, RecordedCall } from "../fake-wecom-api.js";
import type { WecomCallbackClient } from "../wecom-callback-client.js";
import { WECOM, type WecomTestApp, startWecomTestApp } from "../wecom-test-corp.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");
let started: WecomTestApp;
let app: CrmApp;
let fake: FakeWecomApi;
let wecom: WecomCallbackClient;
const clock = fixedClock(NOW);
let msgId = 5000;

async function settle() {
  await app.inbox.idle();
  await app.outbox.drain();
}
async function post(xml: string) {
  const before = fake.calls.length;
  expect((await wecom.post(xml)).status).toBe(200);
  await settle();
  return fake.calls.slice(before);
}
const say = (user: string, text: string) => post(wecom.text(user, text, String(++msgId)));
/** WeCom's 客户联系 callback, as its docs show it: sent by "sys", about a member and a customer. */
const contactEvent = (change: string, user: string, external: string, at = NOW) =>
  `<xml><ToUserName><![CDATA[${WECOM.corpId}]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName><CreateTime>${Math.floor(at.getTime() / 1000)}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[change_external_contact]]></Event><ChangeType><![CDATA[${change}]]></ChangeType><UserID><![CDATA[${user}]]></UserID><ExternalUserID><![CDATA[${external}]]></ExternalUserID><WelcomeCode><![CDATA[WELCOMECODE]]></WelcomeCode></xml>`;
const textsTo = (calls: RecordedCall[], user: string) =>
  calls
    .filter((c) => c.api === "message/send" && c.body.touser === user)
    .map((c) => JSON.stringify(c.body))
    .join("\n");

beforeAll(async () => {
  started = await startWecomTestApp(clock);
  ({ app, fake, wecom } = started);
  await say("wangjl", "帮助"); // the first member is the admin
  await say("lilei", "帮助");
  await say("wangjl", "用户 团队 lilei 华东");
  await say("zhoumgr", "帮助");
  await say("wangjl", "用户 团队 zhoumgr 华东");
  await say("wangjl", "用户 角色 zhoumgr manager");
});
afterAll(async () => {
  await started?.close();
});

describe("WeCom customer contact events (客户联系), through the real encrypted callback", () => {
  it("a customer adding a rep becomes the rep's lead once; conversion ties the customer to the company", async () => {
    const calls = await post(contactEvent("add_external_contact", "lilei", "wmEXTERNAL0001"));
    expect(textsTo(calls, "lilei")).toContain("企业微信新客户已记为线索 #1");
    // WeCom redelivers an unanswered callback: still one lead, no second message.
    const again = await post(contactEvent("add_external_contact", "lilei", "wmEXTERNAL0001"));
    expect(textsTo(again, "lilei")).toBe("");
    const lead = await app.db.lead.findUniqueOrThrow({ where: { number: 1 } });
    expect(lead).toMatchObject({ source: "wecom" });
    expect(await app.db.externalContact.count()).toBe(1);
    await say("lilei", "线索 跟进 1 是海尔的采购周总，电话13600001111");
    // A WeCom lead knows no company: conversion asks for one first.
    expect(textsTo(await say("lilei", "线索 转化 1"), "lilei")).toContain("还没有公司");
    await say("lilei", "线索 1 公司 海尔");
    await say("lilei", "线索 1 姓名 周总");
    await say("lilei", "线索 转化 1");
    expect((await app.db.externalContact.findFirstOrThrow()).companyId).not.toBeNull();
  });

  it("the customer deleting the rep drops the company's health with that reason; owner and manager get the card, the owner a call-back follow-up, once", async () => {
    const company = (await app.db.externalContact.findFirstOrThrow()).companyId!;
    const at = new Date(NOW.getTime() + 60_000);
    const calls = await post(contactEvent("del_external_contact", "lilei", "wmEXTERNAL0001", at));
    const health = await app.db.company.findUniqueOrThrow({ where: { id: company } });
    // 100 − 30 for the customer who deleted the rep (no other deductions yet).
    expect(health.healthScore).toBe(70);
    expect(JSON.parse(health.healthReasons)).toEqual([{ factor: "contact-deleted", points: 30, detail: 1 }]);
    expect(textsTo(calls, "lilei")).toContain("客户流失信号");
    expect(textsTo(calls, "lilei")).toContain("删除了");
    expect(textsTo(calls, "zhoumgr")).toContain("客户流失信号");
    const followUp = await app.db.followUp.findFirstOrThrow({ where: { companyId: company }, include: { owner: true } });
    expect(followUp.title).toContain("回访");
    // Redelivered: nothing more.
    const again = await post(contactEvent("del_external_contact", "lilei", "wmEXTERNAL0001", at));
    expect(textsTo(again, "lilei") + textsTo(again, "zhoumgr")).toBe("");
    expect(await app.db.followUp.count({ where: { companyId: company } })).toBe(1);
    expect(await app.db.customerSignal.count({ where: { kind: "contact-deleted" } })).toBe(1);
    // The rep losing the customer too: 15 more, but lost contacts cost at most 40 → 60.
    await post(contactEvent("del_follow_user", "lilei", "wmEXTERNAL0001", new Date(at.getTime() + 60_000)));
    expect((await app.db.company.findUniqueOrThrow({ where: { id: company } })).healthScore).toBe(60);
    // …and still one call-back to make while the first is open.
    expect(await app.db.followUp.count({ where: { companyId: company } })).toBe(1);
  });

  it("an event of a customer we know nothing about records the signal and changes no company", async () => {
    await post(contactEvent("del_follow_user", "lilei", "wmUNKNOWN999"));
    expect(await app.db.customerSignal.count({ where: { externalUserId: "wmUNKNOWN999" } })).toBe(1);
    // Unknown change types are acknowledged and ignored.
    expect((await wecom.post(contactEvent("edit_external_contact", "lilei", "wmEXTERNAL0001"))).status).toBe(200);
  });
});
