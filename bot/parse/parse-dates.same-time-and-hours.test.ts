import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

// Wednesday 2026-11-25 10:00 in Shanghai. "改到周五同一时间" read 一时 as one o'clock (13:00); "pushed 1 hr" and
// "推迟一小时" moved nothing.
const NOW = new Date("2026-11-25T02:00:00Z");
const read = (text: string) => parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" });
const followUp = (text: string) => {
  const parsed = read(text);
  return parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai");
};

describe("'same time' takes the clock of the time said before", () => {
  it.each([
    ["华为的会（原定明天下午3点）改到周五同一时间", "2026-11-27 15:00"],
    ["Initech mtg (was 2pm today) pushed to Fri same time", "2026-11-27 14:00"],
    ["跟小米的会改到明天同一时间", "2026-11-26 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(followUp(text)).toBe(expected);
  });

  it("同一时间 is no one o'clock", () => {
    expect(read("同一时间段有两个会").followUp).toBeNull();
  });
});

describe("an appointment moved by hours keeps its day and moves its clock", () => {
  it.each([
    ["Contoso mtg tomorrow 2pm pushed 1 hr", "2026-11-26 15:00"],
    ["明天上午10点的腾讯会议推迟一小时", "2026-11-26 11:00"],
    ["明天下午3点的会提前两个小时", "2026-11-26 13:00"],
    ["meeting tomorrow 11pm pushed 2 hours", "2026-11-27 01:00"],
  ])("%s → %s", (text, expected) => {
    expect(followUp(text)).toBe(expected);
  });
});

describe("an English appointment moved is not held", () => {
  it.each(["Initech mtg (was 2pm today) pushed to Fri same time", "Globex meeting moved to Monday 10am", "call with Acme got pushed to next week"])(
    "%s",
    (text) => {
      expect(read(text).planned).toBe(true);
    },
  );

  it("a deal moved to a stage is no appointment moved", () => {
    expect(read("Globex meeting went well, moved to proposal").planned).toBe(false);
  });
});

describe("arriving early is no move", () => {
  it("明天下午3点拜访华为 提前一小时到 keeps 15:00", () => {
    expect(followUp("明天下午3点拜访华为 提前一小时到")).toBe("2026-11-26 15:00");
  });
});
