import { describe, expect, it } from "vitest";
import { companySearchKey } from "../shared/search-key.js";
import { findMentions, mentionEntry } from "./company-mentions.js";

const NAMES = [
  "安",
  "Box",
  "Umbrella Corp",
  "Umbrella Logistics",
  "Acme",
  "Acme Robotics",
  "Acme Robotics Asia",
  "华为技术有限公司",
  "阿里巴巴集团",
  "美的集团",
  "Stark Industries",
  "3M",
  "中国银行",
  "Globex Corporation",
];
const entries = NAMES.map((name, i) => mentionEntry({ id: String(i), name, searchKey: companySearchKey(name) }));
const names = (text: string) => findMentions(entries, text).map((m) => `${m.name}${m.strong ? "" : "?"}`);

/** name? = only a short form of that company was seen (weaker evidence). */
const CASES: [string, string[]][] = [
  ["Called Acme Robotics Asia today", ["Acme Robotics Asia"]],
  ["called acme robotics about renewal", ["Acme Robotics"]],
  ["ACME called back", ["Acme"]],
  ["Acme and Acme Robotics both called", ["Acme", "Acme Robotics"]],
  ["Macmedia called", []],
  ["acmeish tools", []],
  ["跟进华为，2周后回访", ["华为技术有限公司"]],
  ["华为技术的采购来电", ["华为技术有限公司"]],
  ["去了华为技术有限公司", ["华为技术有限公司"]],
  ["和Acme Robotics开会", ["Acme Robotics"]],
  ["阿里那边说下个月采购", ["阿里巴巴集团?"]],
  ["阿里巴巴来电", ["阿里巴巴集团"]],
  ["美的那边对价格不满意", ["美的集团"]],
  ["跟美的开会", ["美的集团"]],
  ["方案很完美的", []],
  // probe: "陪美的的客户打高尔夫" offered to create a customer "陪美"
  ["周六陪美的的客户打高尔夫", ["美的集团"]],
  ["带美的的人参观工厂", ["美的集团"]],
  ["上周拜访的美的 忘了记", ["美的集团"]],
  // probe 8: "今天跑了趟美的" asked which customer
  ["今天跑了趟美的，见了采购部", ["美的集团"]],
  ["下午去趟美的", ["美的集团"]],
  ["Stark called about the pilot", ["Stark Industries?"]],
  ["stark contrast with last year", []],
  // lower case right after a contact verb or "with": reps do not capitalize
  ["called stark, they want a demo next week", ["Stark Industries?"]],
  ["mtg w/ stark tmrw 3pm", ["Stark Industries?"]],
  ["coffee with stark's CFO", ["Stark Industries?"]],
  ["emailed stark the deck", ["Stark Industries?"]],
  // probe 46: "sent f/u email to northwind re pricing" asked which customer
  ["sent f/u email to stark re pricing", ["Stark Industries?"]],
  ["sent the contract to stark", ["Stark Industries?"]],
  // the person's company after "at" / "from" ("left a vm for art at vandelay" asked which customer)
  ["left a vm for art at stark, try again wed 11am", ["Stark Industries?"]],
  ["called bob at stark, no answer", ["Stark Industries?"]],
  ["emailed jim from stark the deck", ["Stark Industries?"]],
  ["met the team at stark contrast to last year", []],
  ["in stark contrast to Globex Corporation", ["Globex Corporation"]],
  ["Stark Industries signed", ["Stark Industries"]],
  ["3M wants samples", ["3M"]],
  ["中国移动来电", []],
  ["跟华为聊了中国市场", ["华为技术有限公司"]],
  ["腾讯和阿里都在比价", ["阿里巴巴集团?"]],
  ["Globex Corp. wants a demo", ["Globex Corporation"]],
  ["ｇｌｏｂｅｘ called", ["Globex Corporation"]],
  ["nothing here", []],
  ["Called Umbrella about the delay", ["Umbrella Corp", "Umbrella Logistics?"]],
  ["Called Umbrella Corp about the delay", ["Umbrella Corp"]],
  ["sent an email to the box office", []],
  ["Box renewed for 3 years", ["Box"]],
  // a one-character name (安) is in too many words to be read from running text; typed alone it is still found by search
  ["跟安的老板吃饭", []],
];

describe("known companies named in a text", () => {
  it.each(CASES)("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

// "northwind - quick call" offered only another customer: a lower-case short form opening the message as its heading counts.
describe("a short form opening the message as its heading", () => {
  it.each([
    ["stark - quick call", ["Stark Industries?"]],
    ["- stark: left vm", ["Stark Industries?"]],
    ["a stark contrast - called Acme", ["Acme"]],
    ["stark contrast with last quarter", []],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

// The probe's most frequent miss: "northwind call. they need legal review" was "could not find a customer".
describe("a lower-case short form opening the message, then what happened with it", () => {
  const withDays = [...entries, mentionEntry({ id: "d", name: "Sunday Motors", searchKey: companySearchKey("Sunday Motors") })];
  const found = (text: string) => findMentions(withDays, text).map((m) => `${m.name}${m.strong ? "" : "?"}`);
  it.each([
    ["stark call. they need legal review, ~2 weeks", ["Stark Industries?"]],
    ["stark site visit went well", ["Stark Industries?"]],
    ["stark wants a demo next week", ["Stark Industries?"]],
    ["stark cfo asked for references", ["Stark Industries?"]],
    ["lost stark to a cheaper competitor", ["Stark Industries?"]],
    ["signed stark!", ["Stark Industries?"]],
    ["left a vm for stark's buyer, will try again wednesday", ["Stark Industries?"]],
    // a decision or budget about it, or a Chinese sentence going on after the name
    ["stark decision pushed to end of next week", ["Stark Industries?"]],
    ["stark budget approved", ["Stark Industries?"]],
    ["stark 微信说合同已经盖章了", ["Stark Industries?"]],
    ["stark 电话说下周来", ["Stark Industries?"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // a day word is the day, not Sunday Motors
    ["sunday call with Acme", ["Acme"]],
    ["stark contrast with last quarter", []],
    ["stark choices ahead for the team", []],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

// Probe: "call w northwind", "northwind's cfo called", "lunch w/ the northwind team" and "northwind 40k" were "which customer?".
describe("a lower-case short form owning something, with a figure, or after a bare w", () => {
  it.each([
    ["call w stark, they want a demo", ["Stark Industries?"]],
    ["stark's cfo called, budget approved", ["Stark Industries?"]],
    ["lunch w/ the stark team, good vibes", ["Stark Industries?"]],
    ["dropped by stark's office today", ["Stark Industries?"]],
    ["the stark deal slipped again", ["Stark Industries?"]],
    ["stark 40k", ["Stark Industries?"]],
    ["stark mrr $5k", ["Stark Industries?"]],
    // found trying a fresh clone: "vandelay lost their champion" found no customer
    ["stark lost their champion, need a new sponsor", ["Stark Industries?"]],
    ["how did the stark call go? not great", ["Stark Industries?"]],
    ["prep for the stark demo", ["Stark Industries?"]],
    ["stark renewed for 2 years", ["Stark Industries?"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ["a stark contrast to last week", []],
    ["the stark reality of pricing", []],
    ["stark choices for 2027", []],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

// Probe: "腾讯会议跟阿里过了需求" logged on 腾讯 (the meeting tool); "阿里开会…", "阿里电话…" found no customer.
describe("a tool named after its maker, and a short name glued to what was done", () => {
  const cast = [...entries, mentionEntry({ id: "t", name: "腾讯", searchKey: companySearchKey("腾讯") })];
  const found = (text: string) => findMentions(cast, text).map((m) => `${m.name}${m.strong ? "" : "?"}`);
  it.each([
    ["腾讯会议跟阿里过了需求", ["阿里巴巴集团?"]],
    ["下周二用腾讯会议给美的演示", ["美的集团"]],
    // review: with no other customer named, 腾讯会议 is a meeting with 腾讯
    ["腾讯会议 聊了报价 下周给方案", ["腾讯"]],
    ["跟腾讯开会 聊了方案", ["腾讯"]],
    ["腾讯王总来电", ["腾讯"]],
    ["阿里开会 他们团队300人", ["阿里巴巴集团?"]],
    ["阿里电话 聊了下价格", ["阿里巴巴集团?"]],
    ["阿里拜访 下周再去", ["阿里巴巴集团?"]],
    ["阿里王总来电", ["阿里巴巴集团?"]],
    // found trying a fresh clone: "格力合同周三盖章" asked which customer
    ["阿里合同周三盖章", ["阿里巴巴集团?"]],
    ["阿里方案发过去了", ["阿里巴巴集团?"]],
    // probe 15: "下下周三 阿里季度回顾会" asked which customer
    ["下下周三 阿里季度回顾会", ["阿里巴巴集团?"]],
    ["阿里续约下个月到期", ["阿里巴巴集团?"]],
    ["阿里法务在看条款", ["阿里巴巴集团?"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["中国市场很大", []],
    ["中国电信来电", []],
    ["中国季度数据不错", []],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

// Probe: "京东方电话 下周再聊" was logged on 京东 (京东方, BOE, is another company).
describe("a known name at the start of a longer one", () => {
  const cast = [...entries, mentionEntry({ id: "j", name: "京东", searchKey: companySearchKey("京东") })];
  const found = (text: string) => findMentions(cast, text).map((m) => m.name);
  it.each([
    ["京东方电话 下周再聊", []],
    ["京东方的采购来电 要报价", []],
    ["拜访京东方 下周二再去", []],
    ["京东方面说下周二再聊", ["京东"]],
    ["京东方案发过去了", ["京东"]],
    ["跟京东通了电话", ["京东"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

/** Probe (English, second round): a lower-case first word of a known name before a kind of call, or named twice. */
describe("northwind for Northwind Traders", () => {
  const own = ["Northwind Traders", "Acme Corp"].map((name, i) => mentionEntry({ id: String(i), name, searchKey: companySearchKey(name) }));
  const found = (text: string) => findMentions(own, text).map((m) => `${m.name}@${m.start}`);
  it.each([
    ["northwind sales call (discovery) - 45 min", ["Northwind Traders@0"]],
    ["northwind discovery call went well", ["Northwind Traders@0"]],
    ["northwind intro call booked tmrw 11:15am", ["Northwind Traders@0"]],
    ["called acme + northwind. acme wants a POC, northwind pushed to Q1", ["Acme Corp@7", "Northwind Traders@14", "Acme Corp@25", "Northwind Traders@43"]],
    // probe 19: a document or a deadline after the name
    ["northwind rfp due dec 18", ["Northwind Traders@0"]],
    ["northwind sow redlines back from legal", ["Northwind Traders@0"]],
    ["northwind review is due friday", ["Northwind Traders@0"]],
    ["northwind price agreed at 110k, paperwork next week", ["Northwind Traders@0"]],
    // probes 20 and 21: after sending words and onsite at
    ["onsite at northwind all morning for the workshop", ["Northwind Traders@10"]],
    ["need to send northwind the revised proposal tonight", ["Northwind Traders@13"]],
    // an ordinary word stays one
    ["the northwind blew all day", []],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
