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
/** 客户群变更: a member list change of a customer group, as WeCom's newer callbacks send it. */
const groupEvent = (chatId: string, detail: string, members: string[], at = NOW, quitScene = 0) =>
  `<xml><ToUserName><![CDATA[${WECOM.corpId}]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName><CreateTime>${Math.floor(at.getTime() / 1000)}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[change_external_chat]]></Event><ChatId><![CDATA[${chatId}]]></ChatId><ChangeType><![CDATA[update]]></ChangeType><UpdateDetail><![CDATA[${detail}]]></UpdateDetail><QuitScene>${quitScene}</QuitScene><MemChangeCnt>${members.length}</MemChangeCnt><MemChangeList>${members.map((m) => `<Item><![CDATA[${m}]]></Item>`).join("")}</MemChangeList></xml>`;
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

  it("a new customer is named as WeCom knows them (name, company, title); a slow answer is given up and the lead named by its id", async () => {
    fake.customers.set("wmNAMED000001", { name: "孙丽", corp_full_name: "美的集团股份有限公司", position: "采购经理" });
    const calls = await post(contactEvent("add_external_contact", "lilei", "wmNAMED000001", new Date(NOW.getTime() + 5 * 60_000)));
    const lead = await app.db.lead.findFirstOrThrow({ where: { source: "wecom", name: "孙丽" } });
    expect(lead).toMatchObject({ companyName: "美的集团股份有限公司", title: "采购经理", ownerId: expect.any(String) });
    expect(textsTo(calls, "lilei")).toContain(`线索 #${lead.number}`);
    expect(fake.calls.filter((c) => c.api === "externalcontact/get" && c.query.external_userid === "wmNAMED000001")).toHaveLength(1);
    // Delivered again: recorded already, WeCom is not asked again.
    await post(contactEvent("add_external_contact", "lilei", "wmNAMED000001", new Date(NOW.getTime() + 5 * 60_000)));
    expect(fake.calls.filter((c) => c.api === "externalcontact/get" && c.query.external_userid === "wmNAMED000001")).toHaveLength(1);

    fake.customers.set("wmSLOW0000001", { name: "慢客户" });
    fake.customerDelayMs = 4_000;
    const started = Date.now();
    const answer = await wecom.post(contactEvent("add_external_contact", "lilei", "wmSLOW0000001", new Date(NOW.getTime() + 6 * 60_000)));
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(4_000);
    fake.customerDelayMs = 0;
    await settle();
    expect(
      (await app.db.lead.findFirstOrThrow({ where: { wechatId: { not: null }, name: { startsWith: "企业微信客户" } }, orderBy: { number: "desc" } })).name,
    ).toBe("企业微信客户 000001");
  });

  it("the same customer adding a second rep: that rep is told the CRM knows them, and no second lead is made", async () => {
    const leads = await app.db.lead.count();
    const calls = await post(contactEvent("add_external_contact", "zhoumgr", "wmNAMED000001", new Date(NOW.getTime() + 7 * 60_000)));
    expect(textsTo(calls, "zhoumgr")).toMatch(/已在 CRM 中：线索 #\d+/u);
    expect(await app.db.lead.count()).toBe(leads);
    // A member of another team learns only that it is another team's record.
    await say("sunrep", "帮助");
    await say("wangjl", "用户 团队 sunrep 华南");
    const other = textsTo(await post(contactEvent("add_external_contact", "sunrep", "wmNAMED000001", new Date(NOW.getTime() + 8 * 60_000))), "sunrep");
    expect(other).toContain("另一个团队的记录");
    expect(other).not.toContain("孙丽");
    expect(await app.db.lead.count()).toBe(leads);
  });

  it("a customer leaving a customer group lowers their company's health and alerts its owner, found through the group's owner", async () => {
    fake.customers.set("wmGROUPMEM01", { name: "钱总", corp_name: "格力电器" });
    await post(contactEvent("add_external_contact", "lilei", "wmGROUPMEM01", new Date(NOW.getTime() + 9 * 60_000)));
    const lead = await app.db.lead.findFirstOrThrow({ where: { name: "钱总" } });
    await say("lilei", `线索 转化 ${lead.number}`);
    const company = (await app.db.externalContact.findFirstOrThrow({ where: { externalUserId: "wmGROUPMEM01" } })).companyId!;
    expect(company).toBeTruthy();
    fake.groupOwners.set("wrGROUP0001", "lilei");
    const at = new Date(NOW.getTime() + 10 * 60_000);
    // Our own member leaving is no customer signal; nor is a group of an owner WeCom does not name.
    await post(groupEvent("wrGROUP0001", "del_member", ["zhoumgr"], at));
    await post(groupEvent("wrUNKNOWN", "del_member", ["wmGROUPMEM01"], at));
    // Removed by the group's owner (QuitScene 1): our side's doing, no churn signal.
    await post(groupEvent("wrGROUP0001", "del_member", ["wmGROUPMEM01"], new Date(at.getTime() - 1000), 1));
    expect(await app.db.customerSignal.count({ where: { kind: "left-group" } })).toBe(0);
    const calls = await post(groupEvent("wrGROUP0001", "del_member", ["wmGROUPMEM01"], at));
    expect(await app.db.customerSignal.count({ where: { kind: "left-group" } })).toBe(1);
    const after = await app.db.company.findUniqueOrThrow({ where: { id: company } });
    // 100 − 10 for a customer who left the group.
    expect(after.healthScore).toBe(90);
    expect(JSON.parse(after.healthReasons)).toEqual([{ factor: "left-group", points: 10, detail: 1 }]);
    expect(textsTo(calls, "lilei")).toContain("退出了客户群");
    // Delivered again: one signal.
    await post(groupEvent("wrGROUP0001", "del_member", ["wmGROUPMEM01"], at));
    expect(await app.db.customerSignal.count({ where: { kind: "left-group" } })).toBe(1);
  });
});
