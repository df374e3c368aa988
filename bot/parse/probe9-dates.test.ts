// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp, SHANGHAI } from "./test-support.js";

/**
 * Probe 9 (time expressions written by a tester before seeing the parser): "Jan 10, 2027 at 9am" followed up
 * tomorrow at 9 (the year after the comma cut the date from its clock); "midnight tonight" was noon;
 * "下午三点差五分" was 15:00; "call Sat" named no day; "in an hour and a half" was an hour; a holiday in a
 * report ("中秋节签了合同", "we met at Christmas") was the coming one; "last March" was next March; 冬至,
 * 立春, 夏至 and 小年 were no days.
 */
const WED = new Date("2026-11-25T02:00:00Z"); // Wednesday 10:00 in Shanghai
const FRI = new Date("2027-03-05T09:30:00Z"); // Friday 17:30 in Shanghai
const read = (text: string, now: Date) => parseDates(text, { now, timezone: SHANGHAI });
const stamp = (d: { at: Date; hasTime: boolean } | null | undefined) => (d ? `${localStamp(d.at, SHANGHAI)}${d.hasTime ? "*" : ""}` : null);

describe("ahead: the follow-up", () => {
  it.each([
    ["Jan 10, 2027 at 9am", WED, "2027-01-10 09:00*"],
    ["December 2nd, 2026 at 3:30pm", WED, "2026-12-02 15:30*"],
    ["meet Jan 10, 2027, 9am", WED, "2027-01-10 09:00*"],
    ["midnight tonight", WED, "2026-11-26 00:00*"],
    ["tonight at midnight", WED, "2026-11-26 00:00*"],
    ["send it by midnight", WED, "2026-11-26 00:00*"],
    ["noon tomorrow", WED, "2026-11-26 12:00*"],
    ["下午三点差五分", WED, "2026-11-25 14:55*"],
    ["下午两点差一刻", WED, "2026-11-25 13:45*"],
    ["明天上午十点差十分", WED, "2026-11-26 09:50*"],
    ["差五分三点", WED, "2026-11-25 14:55*"],
    ["call Sat", WED, "2026-11-28 09:00"],
    ["see you Sun 3pm", WED, "2026-11-29 15:00*"],
    ["in an hour and a half", WED, "2026-11-25 11:30*"],
    ["in a day and a half", WED, "2026-11-26 09:00"],
    ["next March", WED, "2027-03-01 09:00"],
    ["冬至", WED, "2026-12-22 09:00"],
    ["立春", WED, "2027-02-04 09:00"],
    ["夏至前后再联系", WED, "2027-06-21 09:00"],
    ["小年", WED, "2027-01-30 09:00"],
    ["we'll meet after Christmas", FRI, "2027-12-27 09:00"],
    ["3号要签的", FRI, "2027-04-03 09:00"],
    // the clock of now on another day
    ["this time next week", WED, "2026-12-02 10:00*"],
    ["let's talk this time Friday", WED, "2026-11-27 10:00*"],
    ["明天这个时候", WED, "2026-11-26 10:00*"],
    ["下周三这个时间", WED, "2026-12-02 10:00*"],
    ["下周签的合同", FRI, "2027-03-08 09:00"],
  ])("%s", (text, now, expected) => {
    expect(stamp(read(text, now).followUp)).toBe(expected);
  });
});

describe("past: when it happened", () => {
  it.each([
    ["元宵节那天见的面", FRI, "2027-02-20 09:00"],
    ["国庆节见过面", FRI, "2026-10-01 09:00"],
    ["中秋节签了合同", FRI, "2026-09-25 09:00"],
    ["we met at Christmas", FRI, "2026-12-25 09:00"],
    ["国庆前签了", WED, "2026-09-30 09:00"],
    // the 是…的 of a thing done
    ["中秋节见的面", FRI, "2026-09-25 09:00"],
    ["3号签的合同", FRI, "2027-03-03 09:00"],
    ["2号跟华为见的面", FRI, "2027-03-02 09:00"],
    ["met them last March", FRI, "2026-03-01 09:00"],
    ["last December", WED, "2025-12-01 09:00"],
  ])("%s", (text, now, expected) => {
    const dates = read(text, now);
    expect(dates.followUp).toBeNull();
    expect(stamp(dates.occurredAt)).toBe(expected);
  });
});

describe("near misses stay as they were", () => {
  it.each([
    ["we sat down with them", WED],
    ["Sun Life called", WED],
    ["三点差不多到", WED],
  ])("%s has no new day", (text, now) => {
    const dates = read(text, now).dates.map((d) => d.text);
    expect(dates.every((t) => !/sat|sun|差/iu.test(t))).toBe(true);
  });

  it("a clock after a comma that follows another day is that day's", () => {
    const dates = read("called them this morning, next Wednesday afternoon follow up", WED);
    expect(stamp(dates.followUp)).toBe("2026-12-02 14:00");
  });
});
