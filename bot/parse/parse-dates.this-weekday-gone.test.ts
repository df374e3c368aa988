import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

// Sunday 2026-12-06 08:10 in Shanghai; Saturday 19:10 in New York.
const SUNDAY_SH = new Date("2026-12-06T00:10:00Z");
// Sunday 2026-12-06 10:00 in New York.
const SUNDAY_NY = new Date("2026-12-06T15:00:00Z");
// Wednesday 2026-12-09 10:00 in Shanghai; Tuesday 21:00 in New York.
const WEDNESDAY_SH = new Date("2026-12-09T02:00:00Z");

const when = (text: string, now: Date, timezone: string) => {
  const parsed = parseDates(text, { now, timezone });
  return { followUp: parsed.followUp && localStamp(parsed.followUp.at, timezone), occurred: parsed.occurredAt && localStamp(parsed.occurredAt.at, timezone) };
};

describe("'this Friday' / 这周五 gone by, in a clause that reports nothing, is the coming one", () => {
  it.each<[string, Date, string, string]>([
    ["华为这周五下午2点开会", SUNDAY_SH, SHANGHAI, "2026-12-11 14:00"],
    ["本周三上午10点拜访顺丰", SUNDAY_SH, SHANGHAI, "2026-12-09 10:00"],
    ["这星期四约了给华为打电话", SUNDAY_SH, SHANGHAI, "2026-12-10 09:00"],
    ["这个礼拜二约了京东", SUNDAY_SH, SHANGHAI, "2026-12-08 09:00"],
    ["meeting with Globex this Friday 2pm", SUNDAY_NY, NEW_YORK, "2026-12-11 14:00"],
    ["Initech demo this Tuesday", SUNDAY_NY, NEW_YORK, "2026-12-08 09:00"],
    ["call Acme Corp this Monday at 11", WEDNESDAY_SH, SHANGHAI, "2026-12-14 11:00"],
    ["this coming Monday we present to Contoso", WEDNESDAY_SH, SHANGHAI, "2026-12-14 09:00"],
  ])("%s", (text, now, timezone, followUp) => {
    expect(when(text, now, timezone)).toEqual({ followUp, occurred: null });
  });
});

describe("reported, or not yet gone, this week's day stays", () => {
  it.each<[string, Date, string, string]>([
    ["华为这周五开会了", SUNDAY_SH, SHANGHAI, "2026-12-04 09:00"],
    ["这周三拜访了顺丰", SUNDAY_SH, SHANGHAI, "2026-12-02 09:00"],
    ["met Globex this Monday", SUNDAY_NY, NEW_YORK, "2026-11-30 09:00"],
    ["called Initech this Tuesday, no answer", SUNDAY_NY, NEW_YORK, "2026-12-01 09:00"],
    // Chinese weeks run Monday to Sunday: on a Wednesday 这周一 is two days ago
    ["这周一跟京东开会", WEDNESDAY_SH, SHANGHAI, "2026-12-07 09:00"],
    // the review: Chinese reports told without 了 on a Sunday stay in the week gone
    ["这周二跟腾讯吃饭聊得不错", SUNDAY_SH, SHANGHAI, "2026-12-01 09:00"],
    ["这周三华为打电话来催报价", SUNDAY_SH, SHANGHAI, "2026-12-02 09:00"],
    ["这周三华为的王经理来电话", SUNDAY_SH, SHANGHAI, "2026-12-02 09:00"],
  ])("%s", (text, now, timezone, occurred) => {
    expect(when(text, now, timezone)).toEqual({ followUp: null, occurred });
  });

  it.each<[string, Date, string, string]>([
    ["这周五下午去华为", WEDNESDAY_SH, SHANGHAI, "2026-12-11 14:00"],
    ["Globex call this Thursday", WEDNESDAY_SH, SHANGHAI, "2026-12-10 09:00"],
  ])("%s (still ahead)", (text, now, timezone, followUp) => {
    expect(when(text, now, timezone).followUp).toBe(followUp);
  });
});

describe("the whole sentence: such a plan is planned, not logged as held", () => {
  it.each<[string, Date, string, string]>([
    ["meeting with Globex this Friday 2pm", SUNDAY_NY, NEW_YORK, "meeting"],
    ["本周三上午10点拜访顺丰", SUNDAY_SH, SHANGHAI, "visit"],
  ])("%s", (text, now, timezone, kind) => {
    const parsed = parseSentence(text, { now, timezone });
    expect([parsed.activity, parsed.planned, parsed.occurredAt]).toEqual([kind, true, null]);
  });
});
