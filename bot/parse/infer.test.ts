import { describe, expect, it } from "vitest";
import { detectLocale } from "./detect-locale.js";
import { inferActivity } from "./infer-activity.js";
import { inferStage, inferWantsQuote } from "./infer-stage.js";
import type { ActivityKind, StageKey } from "./types.js";

describe("inferActivity", () => {
  it.each<[string, ActivityKind | null]>([
    ["called Acme", "call"],
    ["phoned the CFO", "call"],
    ["打了个电话给张总", "call"],
    ["跟华为通了电话", "call"],
    ["电话沟通了一下", "call"],
    ["met Li Lei", "meeting"],
    ["meeting with Acme", "meeting"],
    ["下午开会", "meeting"],
    ["和张总见面", "meeting"],
    ["emailed Acme", "email"],
    ["发了邮件", "email"],
    ["visited Initech", "visit"],
    ["拜访了腾讯", "visit"],
    ["上门演示", "visit"],
    ["拜访了腾讯，开了个会", "visit"],
    ["called to set up a meeting", "call"],
    ["张总电话13800138000", null],
    ["just a note", null],
  ])("%s => %s", (text, kind) => {
    expect(inferActivity(text)).toBe(kind);
  });
});

describe("inferStage", () => {
  it.each<[string, StageKey | null]>([
    ["they want a quote", "proposal"],
    ["下周二给报价", "proposal"],
    ["confirmed requirements", "qualified"],
    ["确认需求", "qualified"],
    ["negotiating on price", "negotiation"],
    ["在谈价格", "negotiation"],
    ["他们在砍价", "negotiation"],
    // a discount asked or given in 折 or "% off" is price talk
    ["比亚迪想让我们打个九五折", "negotiation"],
    ["华为希望打八折", "negotiation"],
    ["他们要求打9折才签", "negotiation"],
    ["小米问能不能给个八五折", "negotiation"],
    ["打个八八折就签", "negotiation"],
    ["他们要求打折", "negotiation"],
    ["they want 10% off", "negotiation"],
    ["asked for 15% off the list price", "negotiation"],
    ["今天打车去的华为", null],
    ["八折促销活动的海报做好了", null],
    ["signed the contract", "won"],
    ["closed the deal", "won"],
    ["今天签约了", "won"],
    ["签了合同", "won"],
    ["赢单", "won"],
    ["lost the deal", "lost"],
    ["went with a competitor", "lost"],
    ["丢单了", "lost"],
    ["输单", "lost"],
    ["客户选了别家", "lost"],
    ["还没签约", null],
    ["didn't sign", null],
    ["will sign next week", "negotiation"],
    ["准备签约", "negotiation"],
    ["华为张总说下个月签约", "negotiation"],
    ["下周三签合同", "negotiation"],
    ["12号签约", "negotiation"],
    ["we sign next Monday", "negotiation"],
    ["signed the contract, kickoff next Monday", "won"],
    ["they will sign on Friday", "negotiation"],
    ["签约了，下个月开始实施", "won"],
    ["lost contact with them", null],
    ["new lead from the website", "lead"],
    ["asdfgh", null],
  ])("%s => %s", (text, stage) => {
    expect(inferStage(text)).toBe(stage);
  });
});

describe("inferWantsQuote", () => {
  it.each<[string, boolean]>([
    ["they want a quote", true],
    ["need pricing by Friday", true],
    ["下周二给报价", true],
    ["客户来询价", true],
    ["要发报价", true],
    ["sent the quote yesterday", false],
    ["给阿里发了报价邮件", false],
    ["budget 200k", false],
  ])("%s => %s", (text, wants) => {
    expect(inferWantsQuote(text)).toBe(wants);
  });
});

describe("detectLocale", () => {
  it.each<[string, "zh" | "en"]>([
    ["called Acme", "en"],
    ["跟Acme开会", "zh"],
    ["😀", "en"],
    ["", "en"],
  ])("%j => %s", (text, locale) => {
    expect(detectLocale(text)).toBe(locale);
  });
});
