import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

// "顺丰傍晚约了吃饭" set no follow-up (约了 read as a report), "傍晚跟顺丰吃饭" logged the meal as held at 09:15.
const NAMES = ["顺丰", "比亚迪", "Globex", "Initech"];
const read = (text: string, now: Date, zone: string) => {
  const p = parseSentence(text, { now, timezone: zone, names: NAMES });
  return { planned: p.planned, followUp: p.followUp ? localStamp(p.followUp.at, zone).slice(0, 16) : null };
};

describe("a part of today still to come makes the activity a plan", () => {
  const thuMorningShanghai = new Date("2026-12-10T01:15:00Z"); // Thu 09:15 Shanghai
  const monMorningNewYork = new Date("2026-12-14T14:30:00Z"); // Mon 09:30 New York
  const noonShanghai = new Date("2026-12-10T04:30:00Z"); // Thu 12:30 Shanghai
  it.each([
    ["顺丰傍晚约了吃饭", thuMorningShanghai, SHANGHAI, "2026-12-10 18:00"],
    ["顺丰晚上约了吃饭", thuMorningShanghai, SHANGHAI, "2026-12-10 19:00"],
    ["傍晚跟顺丰吃饭", thuMorningShanghai, SHANGHAI, "2026-12-10 18:00"],
    ["今天傍晚去顺丰", thuMorningShanghai, SHANGHAI, "2026-12-10 18:00"],
    ["今晚去拜访顺丰", thuMorningShanghai, SHANGHAI, "2026-12-10 19:00"],
    ["下午去顺丰", thuMorningShanghai, SHANGHAI, "2026-12-10 14:00"],
    ["晚上跟比亚迪吃饭", noonShanghai, SHANGHAI, "2026-12-10 19:00"],
    ["比亚迪晚上约了吃饭", monMorningNewYork, NEW_YORK, "2026-12-14 19:00"],
    ["dinner with Globex this evening", thuMorningShanghai, SHANGHAI, "2026-12-10 19:00"],
    ["visiting Initech this afternoon", monMorningNewYork, NEW_YORK, "2026-12-14 14:00"],
    ["meeting Initech tonight", monMorningNewYork, NEW_YORK, "2026-12-14 19:00"],
  ])("%s → planned", (text, now, zone, at) => {
    expect(read(text, now, zone)).toEqual({ planned: true, followUp: at });
  });

  // reported done, or a part of day already gone: no plan is made up
  it.each([
    ["今天傍晚拜访了顺丰", thuMorningShanghai, SHANGHAI],
    ["昨天晚上跟顺丰吃了饭", thuMorningShanghai, SHANGHAI],
    ["晚上跟顺丰吃了饭", thuMorningShanghai, SHANGHAI],
    ["上午拜访了顺丰", noonShanghai, SHANGHAI],
    ["met Globex this afternoon", thuMorningShanghai, SHANGHAI],
    ["had dinner with Initech last night", monMorningNewYork, NEW_YORK],
  ])("stays a report: %s", (text, now, zone) => {
    expect(read(text, now, zone).planned).toBe(false);
  });
});

/** Probe: "今天上午十点 去顺丰" typed at 09:10 logged a visit held then, with a follow-up at 10:00 beside it. */
describe("a clock time later today plans the activity it dates", () => {
  const AT_0910 = new Date("2026-12-14T01:10:00Z"); // Monday 09:10 in Shanghai
  const names = ["顺丰", "腾讯"];
  it.each([
    ["今天上午十点拜访顺丰", "visit", "2026-12-14 10:00"],
    ["今天上午十点 去顺丰", "visit", "2026-12-14 10:00"],
    ["今天上午十一点 去腾讯", "visit", "2026-12-14 11:00"],
  ])("%s → planned %s at %s", (text, kind, due) => {
    const parsed = parseSentence(text, { now: AT_0910, timezone: "Asia/Shanghai", names });
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(true);
    expect(parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai")).toBe(due);
  });

  it.each(["今天上午8点拜访顺丰", "今天上午十点拜访顺丰，聊得不错"])("%s stays a report", (text) => {
    expect(parseSentence(text, { now: AT_0910, timezone: "Asia/Shanghai", names }).planned).toBe(false);
  });
});
