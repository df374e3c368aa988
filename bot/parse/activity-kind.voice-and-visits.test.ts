// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { inferActivityIntent } from "./infer-activity.js";
import { parseSentence } from "./parse-sentence.js";
import { NOW, SHANGHAI } from "./test-support.js";
import type { ActivityKind } from "./types.js";

// Found by a helper trying rep messages: each was a note (or nothing) instead of the activity held.
describe("voice calls in chat apps, voicemail shorthand, a visit said as 去了X", () => {
  it.each([
    ["华为张总微信语音聊了20分钟，基本确定方案", "call"],
    ["跟华为企业微信打了个语音", "call"],
    ["和腾讯的王总微信电话沟通了报价", "call"],
    ["lvm for Contoso, will try again Fri", "call"],
    ["LVM Globex", "call"],
    ["今天上午去了华为，张总说下周四签合同", "visit"],
    ["下午去了华为", "visit"],
    ["给华为发了微信", "note"],
    ["微信聊了一下", "note"],
    // probe 15: "xiaomi wechat call - they're reorg-ing" was a note (wechat read as a message)
    ["xiaomi wechat call - they're reorg-ing, pause till mid Jan", "call"],
    ["wechat call with Globex, all good", "call"],
    ["WeChat voice call with Initech this am", "call"],
    ["wechatted Globex about the invoice", "note"],
    // probe 17: a visit dated by a weekday gone, and one said with 刚 and what was done there
    ["上周四去了华为坂田基地，见了IT部门负责人", "visit"],
    ["周三去了京东，聊得不错", "visit"],
    ["刚去小米送合同，对方法务说年后才能审", "visit"],
    // probe 15: talked to at an event is in person
    ["talked to contoso & fabrikam at the same event, both want demos next wk", "meeting"],
    ["spoke with Initech at the conference, good chat", "meeting"],
    ["talked to Globex on the phone", "call"],
  ] as [string, ActivityKind][])("%s → %s", (text, kind) => {
    const intent = inferActivityIntent(text);
    expect(intent.activity).toBe(kind);
    expect(intent.planned).toBe(false);
  });

  it.each([
    "去了解了一下华为的需求",
    "微信电话号码是138",
    // found by review: documents sent, people moving, a deal lost, contact details
    "报价单发去了华为",
    "合同寄去了华为，等回签",
    "华为王总去了美国",
    "华为的负责人调去了深圳",
    "华为的单子去了别家",
    "华为王总说微信电话不方便，改天拜访",
    "华为王总留了微信电话，回头联系",
  ])("%s is no call or visit", (text) => {
    expect(["call", "visit"]).not.toContain(inferActivityIntent(text).activity);
  });
});

// "京东那边打电话过来投诉交付延期了" was blanked as a postponed appointment: the delivery was put off, not the call.
describe("a delivery or a payment put off is no appointment cancelled", () => {
  it.each([
    ["京东那边打电话过来投诉交付延期了", "call"],
    ["called Globex about the delayed shipment", "call"],
    ["拜访了腾讯，他们说项目上线推迟了", "visit"],
  ] as [string, ActivityKind][])("%s → %s", (text, kind) => {
    expect(parseSentence(text, { now: NOW, timezone: SHANGHAI }).activity).toBe(kind);
  });

  it.each([
    "顺丰说周三的会议延期",
    "Friday's demo got postponed",
    // the delay is the reason the appointment is off
    "华为明天的拜访因为项目进度推迟了",
    "因为交付延期明天跟华为的会推迟了",
    "Globex postponed tomorrow's demo because their budget approval was delayed",
  ])("%s: the appointment is off", (text) => {
    const parsed = parseSentence(text, { now: NOW, timezone: SHANGHAI });
    expect(parsed.activity).toBeNull();
    expect(parsed.followUp).toBeNull();
  });
});

// "参加了华为的招标会", "在展会上碰到了华为的张总" were notes.
describe("an event attended or a customer met at a fair is a meeting", () => {
  it.each(["参加了华为的招标会", "参加了华为的发布会，见了李总", "在展会上碰到了华为的张总"])("%s", (text) => {
    expect(inferActivityIntent(text)).toMatchObject({ activity: "meeting", planned: false });
  });

  it("参加了会员计划 is no meeting", () => {
    expect(inferActivityIntent("参加了会员计划").activity).toBeNull();
  });
});

describe("a document sent for e-signature is an e-mail", () => {
  it.each(["DocuSign out to Initech", "sent the contract to Globex for signature"])("%s", (text) => {
    expect(inferActivityIntent(text).activity).toBe("email");
  });
});
