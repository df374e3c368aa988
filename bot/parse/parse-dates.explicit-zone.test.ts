import { describe, expect, it } from "vitest";
import { firstDate } from "./test-support.js";

const first = firstDate;

// Wednesday 2026-11-25 10:00 in New York (UTC-5; London is UTC+0, Paris UTC+1, Shanghai UTC+8 that day)
const NY_NOW = new Date("2026-11-25T10:00:00-05:00");

describe("a clock time written in another zone is converted to the user's clock", () => {
  it.each([
    ["America/New_York", "call at 3pm GMT", "2026-11-25 10:00*"],
    ["America/New_York", "demo 6pm CET", "2026-11-25 12:00*"],
    ["America/New_York", "Friday 9:30 am PST", "2026-11-27 12:30*"],
    ["America/New_York", "tomorrow 11pm UTC", "2026-11-26 18:00*"],
    ["Asia/Shanghai", "call at 9am EST", "2026-11-25 22:00*"],
    ["Asia/Shanghai", "Thursday 8:00 GMT", "2026-11-26 16:00*"],
    ["Europe/London", "at 4pm IST", "2026-11-25 10:30*"],
    // a time without a zone stays on the user's clock
    ["Asia/Shanghai", "call at 3pm", "2026-11-25 15:00*"],
    // to a user on China time, CST is China Standard Time
    ["Asia/Shanghai", "meeting 4pm CST", "2026-11-25 16:00*"],
  ])("%s: %s", (timezone, text, expected) => {
    expect(first(text, NY_NOW, timezone)).toBe(expected);
  });

  it("a zone that crosses midnight moves the day", () => {
    expect(first("at 1am UTC", NY_NOW, "America/New_York")).toBe("2026-11-24 20:00*");
  });
});

// Probes 24 and 25: "Tue 9am New York time", "Thurs 5pm Pacific", "Mon 9am Beijing time" stayed on the user's clock.
describe("a zone spelled out after the time, or 北京时间 before it", () => {
  // Wednesday 2026-12-30 16:40 in Shanghai, 03:40 in New York
  const NOW = new Date("2026-12-30T08:40:00Z");
  it.each([
    ["Asia/Shanghai", "Globex call set for Thu 9am New York time", "2026-12-31 22:00*"],
    // probe 52
    ["Asia/Shanghai", "Set up a call with Globex for Thu 9am their time (New York) to walk through the SOW", "2026-12-31 22:00*"],
    ["Asia/Shanghai", "call Initech Thu 9am local time (Chicago)", "2026-12-31 23:00*"],
    ["Asia/Shanghai", "set up a call Thurs 5pm Pacific", "2027-01-01 09:00*"],
    ["Asia/Shanghai", "demo at 10am Eastern tomorrow", "2026-12-31 23:00*"],
    ["Asia/Shanghai", "call at 8am (London time) tomorrow", "2026-12-31 16:00*"],
    ["Asia/Shanghai", "和纽约的客户约了明天上午9点（纽约时间）", "2026-12-31 22:00*"],
    ["America/New_York", "Contoso's Shanghai office wants a call Mon 9am Beijing time", "2027-01-03 20:00*"],
    ["America/New_York", "北京时间周一上午9点开会", "2027-01-03 20:00*"],
    ["America/New_York", "call Fri 2pm west coast time", "2027-01-01 17:00*"],
    // the user's own zone spelled out changes nothing
    ["Asia/Shanghai", "call Mon 9am Beijing time", "2027-01-04 09:00*"],
    ["America/New_York", "call tomorrow 9am Eastern", "2026-12-31 09:00*"],
    // a place that is no zone, or a day without a clock time, stays as it was
    ["Asia/Shanghai", "call Thu 9am team time", "2026-12-31 09:00*"],
    ["America/New_York", "meet in Seattle on Friday", "2027-01-01 09:00"],
  ])("%s: %s", (timezone, text, expected) => {
    expect(first(text, NOW, timezone)).toBe(expected);
  });
});

describe("words that only look like a zone", () => {
  const NOW = new Date("2026-12-30T08:40:00Z");
  it.each([
    // chrono reads "west" as Western European Summer Time; written in lower case it is no zone
    ["America/New_York", "call 2pm west side office", "2026-12-30 14:00*"],
    ["Asia/Shanghai", "meet at 2pm Central Park", "2026-12-30 14:00*"],
    ["Asia/Shanghai", "call at 3pm our time", "2026-12-30 15:00*"],
  ])("%s: %s", (timezone, text, expected) => {
    expect(first(text, NOW, timezone)).toBe(expected);
  });
});
