// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { detectListRequest } from "./detect-list-request.js";
import { extractNames } from "./extract-names.js";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, SHANGHAI } from "./test-support.js";

/** Probe 13 (130 rep messages typed on New Year's Eve): Thu 31 Dec 2026, 16:00 Shanghai. */
const NYE = new Date("2026-12-31T08:00:00Z");
const parse = (text: string) => parseSentence(text, { now: NYE, timezone: SHANGHAI });
const stamp = (d: { at: Date } | null) => (d ? localStamp(d.at, SHANGHAI) : null);

describe("across the year's end", () => {
  it.each([
    // what the customer said about when is ahead, not last year's holiday
    ["Northwind said come back after Chinese New Year", "2027-02-15 09:00"],
    ["Contoso deal is slipping into next year, they said after the holidays", "2027-01-04 09:00"],
    // the day they are back at work, not the holiday they are off
    ["跟小米通了电话，他们元旦放假，4号上班后再联系", "2027-01-04 09:00"],
    // a day said inside the month named alone narrows it; the month alone starts on its first working day
    ["明年一月再说吧，下个月中旬跟进", "2027-01-15 09:00"],
    ["明年一月再说吧", "2027-01-04 09:00"],
    ["Contoso pushed to Q1, check back mid Jan", "2027-01-15 09:00"],
    ["pushed to Q1, get back to them mid Jan", "2027-01-15 09:00"],
    // "early January" is its first working day, as 月初 is (1 January is a holiday in both languages)
    ["follow up early January", "2027-01-04 09:00"],
    ["beginning of January, circle back", "2027-01-04 09:00"],
    ["start of next month", "2027-01-04 09:00"],
  ])("%s → %s", (text, due) => {
    const p = parse(text);
    expect(stamp(p.followUp)).toBe(due);
    expect(p.occurredAt).toBeNull();
  });
  it("'年前最后一单' says which deal it was, not when to follow up", () => {
    const p = parse("华为签了！年前最后一单，按200万签的");
    expect([p.followUp, p.stageHint, p.amount?.minor]).toEqual([null, "won", 200_000_000]);
  });
  it("'年前最后再跟一次' is still a step before the new year", () => {
    expect(parse("年前最后再跟一次").followUp).not.toBeNull();
  });
});

describe("amounts and names", () => {
  it("a figure after '合同签了，' is the deal's, whatever payment is planned after it", () => {
    const p = parse("阿里巴巴的合同签了，一百八十万，明年1月20号付首款");
    expect([p.amount?.minor, p.stageHint]).toEqual([180_000_000, "won"]);
  });
  it.each([
    ["Met Hooli's procurement team, they asked for a quote for 90k", ["Hooli"]],
    ["Called Hooli's CFO", ["Hooli"]],
    ["Visited Hooli's office", ["Hooli"]],
  ])("%s → %j", (text, names) => {
    expect(extractNames(text).companyHints).toEqual(names);
  });
  it.each(["Do I have anything due next week?", "anything due monday?"])("%s asks for the follow-up list", (text) => {
    expect(detectListRequest(text)).toBe("followups");
  });
});
