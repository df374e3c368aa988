// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { inferStage } from "./infer-stage.js";
import { parseSentence } from "./parse-sentence.js";
import type { StageKey } from "./types.js";

/** Probe 11 (150 fresh rep messages): kinds, tenses and stages that were read wrong. Wed 25 Nov 2026, 10:00 Shanghai. */
const NOW = new Date("2026-11-25T02:00:00Z");
const parse = (text: string) => parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" });

describe("what the customer said during it tells the activity was held", () => {
  it.each([
    ["跟比亚迪开会的时候对方提出要加一个模块，报价增加到350万", "meeting"],
    ["开会的时候王总说预算有限", "meeting"],
    ["拜访时李总表示很满意", "visit"],
    ["吃饭的时候他说要加量", "meeting"],
  ])("%s → %s, done", (text, kind) => {
    const p = parse(text);
    expect([p.activity, p.planned]).toEqual([kind, false]);
  });
  it.each(["下周开会的时候再谈", "明天拜访的时候问一下预算"])("%s stays a plan", (text) => {
    expect(parse(text).planned).toBe(true);
  });
});

describe("a customer who came to our office to meet held a meeting", () => {
  it.each([
    ["比亚迪采购今天来公司开会，谈了二期，金额三百万", "meeting"],
    ["客户来我们公司开了个会", "meeting"],
    // probes 15 and 16: the customer coming to us is a meeting too (a visit is the rep going out)
    ["小米今天来公司参观", "meeting"],
    ["比亚迪采购今天来公司了", "meeting"],
  ])("%s → %s", (text, kind) => {
    expect(parse(text).activity).toBe(kind);
  });
});

describe("terms the customer agreed to are negotiation", () => {
  it.each<[string, StageKey | null]>([
    ["给美的集团打电话确认了报价，客户接受了，45万，等合同流程", "negotiation"],
    ["王总同意了", "negotiation"],
    ["mtg w/ initech cfo, agreed on 250k usd, contract out next wk", "negotiation"],
    ["agreed on $250k", "negotiation"],
    ["客户接受了吗", null],
    ["对方还没同意", null],
    ["王总同意了下周见面", null],
    // found talking to the bot after the session's probes: who agreed said so in a chat message
    ["美的那边周经理刚刚微信说同意了，准备走合同", "negotiation"],
    ["周经理说同意了", "negotiation"],
    ["准备走合同", "negotiation"],
    ["周经理说不同意了", null],
  ])("%s → %s", (text, stage) => {
    expect(inferStage(text)).toBe(stage);
  });
});
