// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const MONDAY = new Date("2026-12-07T02:00:00Z"); // Monday 10:00 in Shanghai
const due = (text: string, zone = "Asia/Shanghai") => {
  const parsed = parseSentence(text, { now: MONDAY, timezone: zone });
  return parsed.followUp && localStamp(parsed.followUp.at, zone);
};

/** Probe: "阿里巴巴的王总明天飞深圳，后天下午见" followed up tomorrow, the day he flies, not the day we meet. */
describe("the customer's travel day is no next step of ours", () => {
  it.each([
    ["阿里巴巴的王总明天飞深圳，后天下午见", "2026-12-09 14:00"],
    ["阿里巴巴的王总明天去北京开会，后天上午见", "2026-12-09 09:00"],
    ["华为的张总后天出差，明天下午见", "2026-12-08 14:00"],
    // the step waits for the return
    ["美的集团的刘总下周出差，回来再约", "2026-12-21 09:00"],
    ["顺丰的李总下周休假，回来以后再约", "2026-12-21 09:00"],
    ["华为张总明天出差，回来再约", "2026-12-09 09:00"],
    // probe: with a space, not a comma, before 回来再约 the trip's Monday was the follow-up
    ["阿里巴巴 微信 钱总说下周出差 回来再约", "2026-12-21 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });
  it("English: the day they fly is theirs", () => {
    expect(due("bob from globex is flying out tomorrow, call him friday", "America/New_York")).toBe("2026-12-11 09:00");
  });
});

describe("near misses: our own trip, or a meeting on it, is the step", () => {
  it.each([
    ["明天飞深圳拜访华为", "2026-12-08 09:00"],
    ["张总明天出差，约了在深圳见面", "2026-12-08 09:00"],
    // a trip with no one of theirs named is ours: its day stays the step
    ["明天下午3点去华为开会", "2026-12-08 15:00"],
    ["下周去北京出差", "2026-12-14 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });
});

/** Probes 48 and 51: the days of a customer's absence are theirs; a step tied to the return waits for it. */
describe("a step tied to the customer's return waits for the day they are back", () => {
  it.each([
    ["fabrikam's PM is off from tmrw, back dec 21. f/u then", "2026-12-21 09:00"],
    ["京东的张总15号才回来上班，到时候提醒我", "2026-12-15 09:00"],
    ["globex cfo on vacation until the 18th, ping her when she's back", "2026-12-18 09:00"],
    ["小米的刘总下周一到周三在外地出差，周四回来后约他", "2026-12-17 09:00"],
    ["京东的张总周末飞美国，元旦后回来，回来约个饭", "2027-01-04 09:00"],
    ["his vacation starts tmrw. wants the quote by the time he's back dec 21", "2026-12-21 09:00"],
    // the clock time said beside the return is its
    ["Jared is back Dec 14, call him then at 3pm", "2026-12-14 15:00"],
    ["Jared sent an OOO, back Dec 14. follow up the day he's back at 10", "2026-12-14 10:00"],
    ["张总27号回来，到时候下午3点打给他", "2026-12-27 15:00"],
  ])("%s → %s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });
});

describe("no step asked: the start of an absence or a long leave sets no follow-up, a short one ends on its day", () => {
  it.each([
    ["contoso's buyer out on paternity leave thru end of feb", null],
    ["美的集团王总回老家了，这周都不在", null],
    ["华为李总在休产假，3月才回来", null],
    ["顺丰的陈总这周在外面出差", null],
    ["initech's CTO is ooo this week", null],
    ["pied piper's buyer is on a business trip next week", null],
    ["globex's buyer is off until wednesday", "2026-12-09 09:00"],
    ["比亚迪的王总出差到周四", "2026-12-10 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });
});

describe("our own step back, or a thing brought back, is no return of theirs", () => {
  it.each([
    ["get back to initech tomorrow", "2026-12-08 09:00"],
    ["reach out to contoso this week", "2026-12-11 09:00"],
    ["circle back w/ globex on the 21st", "2026-12-21 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });
});

describe("the customer away is news: logged beside the step, not a bare task", () => {
  const read = (text: string) => parseSentence(text, { now: MONDAY, timezone: "Asia/Shanghai" });
  it.each([
    "Acme's buyer is on parental leave until March. Her manager Dave is covering. Call Dave tmrw 11am",
    "Pied Piper: Monica is on a trip to Tokyo, back the 12th. schedule a call for Fri the 11th 9am",
  ])("%s: a note as well as the plan", (text) => {
    const parsed = read(text);
    expect(parsed.planned).toBe(true);
    expect(parsed.alsoReports).toBe(true);
  });
  it.each(["京东的张总15号才回来上班，到时候提醒我", "fabrikam's PM is off from tmrw, back dec 21. f/u then"])("%s: not a task of ours alone", (text) => {
    expect(read(text).taskOnly).toBe(false);
  });
  it("a task with no news stays a task", () => {
    expect(read("get back to initech tomorrow").taskOnly).toBe(true);
  });
});

/** Probe 51: "美的集团的刘经理在上海参加展会，…我周五晚上8点给他打电话" logged a meeting; "小米的李总去德国参加展会了" a visit. */
describe("someone of theirs away at an event is no activity of the rep's", () => {
  const read = (text: string) => parseSentence(text, { now: MONDAY, timezone: "Asia/Shanghai", names: ["小米", "美的集团", "顺丰"] });
  it.each([
    ["美的集团的刘经理在上海参加展会，周五回广州，我周五晚上8点给他打电话", "call", "2026-12-11 20:00"],
    ["小米的李总去德国参加展会了，下周三回国。下周四上午10点约他当面聊", "meeting", "2026-12-17 10:00"],
  ])("%s: the plan, with the news beside it", (text, kind, at) => {
    const parsed = read(text);
    expect([parsed.activity, parsed.planned, parsed.alsoReports, parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai")]).toEqual([kind, true, true, at]);
  });
  it.each([
    ["今天上午去顺丰总部开会", "visit"],
    ["今天去深圳参加展会，见了小米的李总", "visit"],
  ])("%s: the rep's own", (text, kind) => {
    expect(read(text).activity).toBe(kind);
  });
});
