import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp } from "./test-support.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T10:00:00+08:00");
const ZONES = ["Asia/Shanghai", "America/New_York", "Europe/Berlin"];

describe("a number with an amount unit after it is money, never a time or a day", () => {
  const sentences = [
    "Globex budget is around 150k USD",
    "budget is around 150k",
    "they can spend about 200K",
    "deal size roughly 120k",
    "around 250 USD per seat",
    "maybe 300 dollars a month",
    "approx 1.2M for the whole project",
    "around 5m in total",
    "discount of about 15%",
    "their margin is at 6.45 percent",
    "churn came in at 3.5 per cent",
    "renewal rate at 7.25 pct",
    "利润率提高了2.5个百分点",
    "about 8 bucks per unit",
    "预算大概50万左右",
    "报价在 20万 上下",
    "大约 300 元一套",
    "差不多 12w 的单子",
    "大概 5千 块",
    "约 3亿 人民币",
    // a separating dash before a term is no minus: "- 3 yr" is not three years ago
    "Acme Robotics - 3 yr deal at 40k/yr",
    "Globex - 2 year contract",
    "Initech - 6 months support",
  ];
  for (const timezone of ZONES) {
    it.each(sentences)(`%s (${timezone})`, (text) => {
      const r = parseDates(text, { now: NOW, timezone });
      expect(r.dates).toEqual([]);
      expect(r.followUp).toBeNull();
    });
  }

  it.each([
    ["call them around 3pm about the 150k deal", "2026-11-25 15:00"],
    ["around 4pm tomorrow, budget 50k", "2026-11-26 16:00"],
    ["明天下午3点谈50万的合同", "2026-11-26 15:00"],
    ["follow up on the 15th re 20k renewal", "2026-12-15 09:00"],
  ])("keeps the real date next to an amount: %s", (text, due) => {
    const r = parseDates(text, { now: NOW, timezone: "Asia/Shanghai" });
    expect(r.followUp && localStamp(r.followUp.at, "Asia/Shanghai")).toBe(due);
  });
});

describe("digits chained by hyphens are a phone or an id, never a date inside it", () => {
  it.each(["Tel: +86 138-2010-2015", "call Bob on 021-2010-2016", "ssn 123-12-1234", "order 133-03-03-2020 shipped", "电话 139-2024-2025 张总"])(
    "%s",
    (text) => {
      for (const timezone of ZONES) expect(parseDates(text, { now: NOW, timezone }).dates).toEqual([]);
    },
  );

  it.each([
    ["2014-2018 was slow", "2014-01-01 09:00"],
    ["meet 2026-12-10", "2026-12-10 09:00"],
    ["下个月3-5号去拜访", "2026-12-03 09:00"],
  ])("a date that is the whole run stays a date: %s", (text, want) => {
    const first = parseDates(text, { now: NOW, timezone: "Asia/Shanghai" }).dates[0];
    expect(first && localStamp(first.at, "Asia/Shanghai")).toBe(want);
  });
});

// "a 15% discount on the 3-year term" set a follow-up on the 3rd.
describe("'the N' before a unit counts something, it names no day", () => {
  const sentences = [
    "Initech is asking for a 15% discount on the 3-year term",
    "they prefer to stay on the 2-year plan",
    "Globex wants to go on the 3 year contract",
    "meeting room is on the 3rd floor",
    "discount applies on the 10 seats they add",
    "pricing for the 50 users",
    "called Globex, on the 3rd day of their pilot",
    "Contoso asked about the 2nd module",
    "Globex wants the 2nd day of the workshop moved",
  ];
  for (const timezone of ZONES) {
    it.each(sentences)(`%s (${timezone})`, (text) => {
      const r = parseDates(text, { now: NOW, timezone });
      expect(r.dates).toEqual([]);
    });
  }

  it.each([
    ["sign on the 15th", "2026-12-15 09:00"],
    ["send it by the 20th", "2026-12-20 09:00"],
    ["call them on the 5th, 10am", "2026-12-05 10:00"],
    // an ordinal day before any word stays a day ("on the 15th users want SSO" lost it)
    ["follow up on the 15th users want SSO", "2026-12-15 09:00"],
  ])("a day of the month stays one: %s", (text, due) => {
    const r = parseDates(text, { now: NOW, timezone: "Asia/Shanghai" });
    expect(r.followUp && localStamp(r.followUp.at, "Asia/Shanghai")).toBe(due);
  });
});

// Probe: "Initech emailed asking for a W-9" was followed up a week later ("a W" read as "a week").
describe("a form named by a letter and a number is no unit of time", () => {
  it.each(["Initech emailed asking for a W-9", "they want a W2 and a COI", "sent the W-8BEN", "need a W-9 before the PO"])("%s", (text) => {
    for (const timezone of ZONES) expect(parseDates(text, { now: NOW, timezone }).dates).toEqual([]);
  });
  it("a week written short still counts", () => {
    expect(parseDates("back in a wk", { now: NOW, timezone: "Asia/Shanghai" }).followUp).not.toBeNull();
  });
});

// Probe round 2: "dunder mifflin paper - spoke w/ Jan, they want a quote" logged the call on 1 January.
describe("a person named like a month", () => {
  it.each([
    "dunder mifflin paper - spoke w/ Jan, they want a quote",
    "talked to April about the renewal",
    "cc June on the proposal",
    "met with May from procurement",
  ])("%s", (text) => {
    for (const timezone of ZONES) expect(parseDates(text, { now: NOW, timezone }).dates).toEqual([]);
  });
  it.each(["follow up in Jan", "meeting moved to jan", "decision in May"])("%s is still the month", (text) => {
    expect(parseDates(text, { now: NOW, timezone: "Asia/Shanghai" }).followUp).not.toBeNull();
  });
});
