import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

// Sunday 2026-12-06 08:10 in Shanghai (00:10 UTC; Saturday 19:10 in New York).
const SUNDAY = new Date("2026-12-06T00:10:00Z");
// Wednesday 2026-11-25 10:00 in Shanghai.
const WEDNESDAY = new Date("2026-11-25T02:00:00Z");

const read = (text: string, now: Date, timezone: string) => {
  const parsed = parseDates(text, { now, timezone });
  return {
    followUp: parsed.followUp && localStamp(parsed.followUp.at, timezone),
    appointment: parsed.followUp?.remindsOf ? localStamp(parsed.followUp.remindsOf, timezone) : null,
    occurred: parsed.occurredAt && localStamp(parsed.occurredAt.at, timezone),
  };
};

describe("a reminder asked for ahead of an appointment: the appointment minus the lead", () => {
  it.each<[string, Date, string, string, string]>([
    ["华为周五下午2点开会，提前半小时提醒我", WEDNESDAY, SHANGHAI, "2026-11-27 13:30", "2026-11-27 14:00"],
    ["周五下午3点华为开会 提前一天提醒我", WEDNESDAY, SHANGHAI, "2026-11-26 15:00", "2026-11-27 15:00"],
    ["明天上午10点拜访顺丰，提前两小时通知我", WEDNESDAY, SHANGHAI, "2026-11-26 08:00", "2026-11-26 10:00"],
    ["下周一上午十点去京东，前一天提醒我", WEDNESDAY, SHANGHAI, "2026-11-29 10:00", "2026-11-30 10:00"],
    ["周四下午4点跟小米视频会，提前15分钟提醒", WEDNESDAY, SHANGHAI, "2026-11-26 15:45", "2026-11-26 16:00"],
    ["明天下午三点和腾讯开会 早半个小时叫我", WEDNESDAY, SHANGHAI, "2026-11-26 14:30", "2026-11-26 15:00"],
    ["demo with Globex Friday 3pm, remind me 30 min before", WEDNESDAY, NEW_YORK, "2026-11-27 14:30", "2026-11-27 15:00"],
    ["remind me an hour before the Globex call tomorrow at 10", WEDNESDAY, SHANGHAI, "2026-11-26 09:00", "2026-11-26 10:00"],
    ["Initech call Tue 2pm - 15 min before ping me", SUNDAY, NEW_YORK, "2026-12-08 13:45", "2026-12-08 14:00"],
    ["lunch with Acme Corp on Monday at noon, remind me the day before", SUNDAY, SHANGHAI, "2026-12-06 12:00", "2026-12-07 12:00"],
    ["pitch to Contoso Thursday 9am, remind me two hours ahead", SUNDAY, NEW_YORK, "2026-12-10 07:00", "2026-12-10 09:00"],
    // a task to do days ahead of the event: its day is the follow-up (probe 6: the event's day was)
    ["阿里巴巴的POC下礼拜三开始，提前一天准备环境", SUNDAY, SHANGHAI, "2026-12-08 09:00", "2026-12-09 09:00"],
    ["华为下周二来公司参观，提前两天确认人数", WEDNESDAY, SHANGHAI, "2026-11-29 09:00", "2026-12-01 09:00"],
    ["周五下午给腾讯做演示，提前一天部署测试环境", WEDNESDAY, SHANGHAI, "2026-11-26 14:00", "2026-11-27 14:00"],
    ["周五开会，提前一天准备材料", WEDNESDAY, SHANGHAI, "2026-11-26 09:00", "2026-11-27 09:00"],
    ["demo with Globex Friday 3pm, prep the day before", WEDNESDAY, SHANGHAI, "2026-11-26 15:00", "2026-11-27 15:00"],
    ["kickoff with Initech Monday 10am - confirm attendees 2 days ahead", WEDNESDAY, SHANGHAI, "2026-11-28 10:00", "2026-11-30 10:00"],
  ])("%s", (text, now, timezone, reminder, appointment) => {
    expect(read(text, now, timezone)).toMatchObject({ followUp: reminder, appointment, occurred: null });
  });

  it("a lead that would fall in the past leaves the appointment as the follow-up", () => {
    // Wednesday 10:00: half an hour before 10:20 is gone
    expect(read("10点20分跟华为电话，提前半小时提醒我", WEDNESDAY, SHANGHAI)).toMatchObject({ followUp: "2026-11-25 10:20", appointment: null });
  });
});

describe("提前 and 'before' without a reminder asked are read as before", () => {
  it.each<[string, string]>([
    // the meeting itself moved a day earlier
    ["周五的会提前一天", "2026-11-26 09:00"],
    // (a task days before the meeting is its day: see above)
    ["Globex demo Friday 3pm, prep 30 min before", "2026-11-27 15:00"],
  ])("%s → %s", (text, followUp) => {
    expect(read(text, WEDNESDAY, SHANGHAI).followUp).toBe(followUp);
  });
});

describe("the whole sentence: a plan with its lead is still a plan", () => {
  it("华为这周五下午2点开会，提前半小时提醒我 (typed on a Sunday)", () => {
    const parsed = parseSentence("华为这周五下午2点开会，提前半小时提醒我", { now: SUNDAY, timezone: SHANGHAI });
    expect([parsed.activity, parsed.planned, parsed.occurredAt]).toEqual(["meeting", true, null]);
    expect(parsed.followUp && localStamp(parsed.followUp.at, SHANGHAI)).toBe("2026-12-11 13:30");
  });
});
