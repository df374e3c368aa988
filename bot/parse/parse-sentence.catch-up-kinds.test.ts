// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { instantAt, localStamp } from "./test-support.js";

const SAT = instantAt("2026-12-12T11:00", "Asia/Shanghai");
const read = (text: string, zone = "Asia/Shanghai") => parseSentence(text, { now: SAT, timezone: zone });

/**
 * Probe 33 (a weekend catch-up): "Sent the Q1 pricing deck to Northwind, cc'd their CFO" logged a note (two words
 * before the document, and cc'd is e-mail), "京东的需求文档我周二已经发过去了" a note (the rep and the day between
 * the document and 已经发).
 */
describe("documents sent are e-mails", () => {
  it.each([
    "Sent the Q1 pricing deck to Northwind, cc'd their CFO",
    "cc'd Globex's CFO on the thread",
    "sent the 2027 updated proposal to Acme",
    "sent our FY27 pricing deck over to Initech",
    "京东的需求文档我周二已经发过去了",
    "方案我们昨天已经发了",
    "PPT我今天已经发过去了",
  ])("%s", (text) => {
    expect(read(text, "America/New_York").activity).toBe("email");
  });
});

/**
 * Probe 33: "华为谈下来打9折，合同下周一发过去" and "顺丰的合同他们法务还在审，周四催一下" were kept as tasks with nothing
 * logged: a share agreed and where the customer stands are news, logged as a note with the follow-up.
 */
describe("news beside our step is no bare task", () => {
  it.each([
    "华为谈下来打9折，合同下周一发过去",
    "美的让了5个点，周三把合同发过去",
    "顺丰的合同他们法务还在审，周四催一下",
    "小米还在内部走流程，下周一再催",
    "Globex legal is still reviewing, chase them Thursday",
    "Initech is still deciding, nudge them Monday",
  ])("%s", (text) => {
    const parsed = read(text);
    expect(parsed.followUp).not.toBeNull();
    expect(parsed.taskOnly).toBe(false);
  });

  it.each([
    "周四催一下顺丰",
    "pls set a follow-up with Fabrikam for Jan 5",
    "set a reminder to send Acme the contract on Tuesday",
    "could you set a f/u with Globex for Monday",
  ])("%s stays a task", (text) => {
    const parsed = read(text, "America/New_York");
    expect(parsed.followUp).not.toBeNull();
    expect(parsed.taskOnly).toBe(true);
  });
});

/** Probe 33: "Contract to be sent out Monday morning." read as last Monday's (sent), with no follow-up. */
describe("a passive still to come", () => {
  it.each([
    ["Globex procurement pushed back hard. We agreed on $75,000 flat. Contract to be sent out Monday morning.", "2026-12-14 09:00"],
    ["PO should be signed by Friday", "2026-12-18 09:00"],
    ["the SOW is going to be finalized Tuesday", "2026-12-15 09:00"],
  ])("%s → %s", (text, expected) => {
    const parsed = read(text);
    expect(parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai")).toBe(expected);
  });
});

/** Probe 33: "removing the analytics add-on ($15k). New total 65k." set the deal to $15,000. */
describe("the deal's new value said outright", () => {
  it.each([
    ["Globex: they are cutting scope, removing the analytics add-on ($15k). New total 65k.", 6_500_000],
    ["dropped the $5k training, new amount: $70k", 7_000_000],
    ["final price 72k after the $3k discount", 7_200_000],
    ["added 10 seats ($12k), revised total is $92k", 9_200_000],
  ])("%s", (text, minor) => {
    expect(read(text, "America/New_York").amount?.minor).toBe(minor);
  });
});
