// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const MONDAY_AFTERNOON = new Date("2027-02-22T06:30:00Z"); // Monday 14:30 in Shanghai
const read = (text: string, names: string[], zone = "Asia/Shanghai") => {
  const parsed = parseSentence(text, { now: MONDAY_AFTERNOON, timezone: zone, names });
  return { kind: parsed.activity, planned: parsed.planned, due: parsed.followUp && localStamp(parsed.followUp.at, zone) };
};

/** Probes 50–52: "下午又跑了京东", "跑了小米和京东两家" logged notes; "今天上午先去了小米" was read as a plan. */
describe("going round known customers is a visit held", () => {
  it.each([
    ["下午又跑了京东", ["京东"]],
    ["今天跑了小米和京东两家，都在北京", ["小米", "京东"]],
    ["今天跑了华为和美的两家，华为聊交付，美的聊续约", ["华为", "美的"]],
    ["今天上午先去了小米", ["小米"]],
    ["去了华为和小米", ["华为", "小米"]],
    // probe 51: 美的 is a short name, not masked as a customer
    ["今天跑了华为和美的两家，华为聊交付，美的聊续约", ["华为"]],
  ])("%s", (text, names) => {
    expect(read(text, names)).toMatchObject({ kind: "visit", planned: false });
  });
  it.each([
    ["先去小米，再去京东", ["小米", "京东"]],
    ["明天先把合同签了", []],
  ])("%s: a plan", (text, names) => {
    expect(read(text, names).planned || read(text, names).kind === null).toBe(true);
  });
});

/** Probe 53: a customer at our place ("came in for a tour of our Suzhou plant") logged a note; so did "当面确认". */
describe("the customer at our place, and a word said face to face", () => {
  it.each([
    ["BYD's team came in for a tour of our Suzhou plant yesterday", ["BYD"]],
    ["Acme Corp came to our NYC office for a product deep dive", ["Acme Corp"]],
    ["华为新增了一个子项目，金额从200万加到260万，已和陈总当面确认", ["华为"]],
  ])("%s", (text, names) => {
    expect(["visit", "meeting"]).toContain(read(text, names).kind);
  });
});

/** Probe 52: "Called Initech, Contoso and Fabrikam on Friday" split at the list's comma and followed up next Friday. */
describe("a list of customers with commas is one clause", () => {
  it.each([
    "Called Initech, Contoso and Fabrikam on Friday for new-year check-ins",
    "Called Initech, Contoso, and Fabrikam on Friday",
  ])("%s: Friday gone, no follow-up", (text) => {
    expect(read(text, ["Initech", "Contoso", "Fabrikam"], "America/New_York")).toEqual({ kind: "call", planned: false, due: null });
  });
  it("a comma before another customer's own clause still ends the first", () => {
    expect(read("called Initech, Contoso wants a demo friday", ["Initech", "Contoso"], "America/New_York").due).toBe("2027-02-26 09:00");
  });
});
