import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, NOW, SHANGHAI } from "./test-support.js";

// NOW: Wednesday 2026-11-25 10:00 in Shanghai (Tuesday 21:00 in New York). A month and day without a
// year goes the way its clause points when the nearer reading is months off the other way.
const read = (text: string, zone: string) => {
  const p = parseSentence(text, { now: NOW, timezone: zone });
  const day = (d: { at: Date } | null) => (d ? localStamp(d.at, zone).slice(0, 10) : null);
  return { follow: day(p.followUp), occurred: day(p.occurredAt) };
};

describe("a plan or a follow-up: next year's day", () => {
  it.each([
    ["call Acme on June 21", NEW_YORK, "2027-06-21"],
    ["call Acme on June twenty one", NEW_YORK, "2027-06-21"],
    ["meet Globex on March 3", NEW_YORK, "2027-03-03"],
    ["called Acme, follow up June 21", NEW_YORK, "2027-06-21"],
    ["6月21日给华为打电话", SHANGHAI, "2027-06-21"],
    ["跟华为通了电话，6月21日再联系", SHANGHAI, "2027-06-21"],
    ["约了腾讯8月5号拜访", SHANGHAI, "2027-08-05"],
    // a month/day written with a slash ("会议定在7/24" was a meeting held last July)
    ["华为的会议定在7/24", SHANGHAI, "2027-07-24"],
    ["约了华为6/3开会", SHANGHAI, "2027-06-03"],
    ["call Acme on 6/21", NEW_YORK, "2027-06-21"],
  ])("%s → %s", (text, zone, follow) => {
    expect(read(text, zone)).toEqual({ follow, occurred: null });
  });
});

describe("a report: this year's day gone by", () => {
  it.each([
    ["met Globex on March 3", NEW_YORK, "2026-03-03"],
    ["Acme signed on March 3", NEW_YORK, "2026-03-03"],
    ["3月3日拜访了华为", SHANGHAI, "2026-03-03"],
    ["4月10号跟腾讯签了合同", SHANGHAI, "2026-04-10"],
    ["3/3拜访了华为", SHANGHAI, "2026-03-03"],
  ])("%s → %s", (text, zone, occurred) => {
    expect(read(text, zone)).toEqual({ follow: null, occurred });
  });
});

describe("days away stay as read", () => {
  it.each([
    ["called Acme on Dec 1", NEW_YORK, { follow: "2026-12-01", occurred: null }],
    ["called Acme, follow up Dec 1", NEW_YORK, { follow: "2026-12-01", occurred: null }],
    ["met Globex on Nov 20", NEW_YORK, { follow: null, occurred: "2026-11-20" }],
    ["call Acme on Nov 20", NEW_YORK, { follow: null, occurred: "2026-11-20" }],
    ["met Globex on March 3, next call Dec 2", NEW_YORK, { follow: "2026-12-02", occurred: "2026-03-03" }],
  ])("%s", (text, zone, expected) => {
    expect(read(text, zone)).toEqual(expected);
  });
});
