import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

// Wednesday 2026-11-25 10:00 in Shanghai. "周五的拜访往后推一周" kept the follow-up on Friday.
const NOW = new Date("2026-11-25T10:00:00+08:00");

describe("a date moved by a span is the date plus the span", () => {
  it.each([
    ["周五的拜访往后推一周", "2026-12-04"],
    ["周五的拜访往后推一周，顺丰那边临时有事", "2026-12-04"],
    ["明天的会推迟两天", "2026-11-28"],
    ["下周一的会议延期一周", "2026-12-07"],
    ["12月10号的演示顺延3天", "2026-12-13"],
    ["华为下周二的拜访推后两周", "2026-12-15"],
    ["push Friday's demo back a week", "2026-12-04"],
    ["Globex moved tomorrow's call by two days", "2026-11-28"],
    ["Globex pushed the Friday demo out two weeks", "2026-12-11"],
    ["the Dec 10 meeting slipped a week", "2026-12-17"],
    // earlier
    ["周五的会往前挪一天", "2026-11-26"],
    ["周五的拜访往前推一天", "2026-11-26"],
    ["12月10号的演示提前两天", "2026-12-08"],
    ["move Friday's Globex demo up a day", "2026-11-26"],
    // a day gone by moved ahead, a move in a clause of its own (the second review found these lost)
    ["周一跟华为的拜访推迟了一周", "2026-11-30"],
    ["11月20日跟华为的拜访推迟了两周", "2026-12-04"],
    ["周五跟华为的拜访，往后推一周", "2026-12-04"],
    ["Friday's demo with Globex, pushed back a week", "2026-12-04"],
    ["Globex demo on Friday, moved out by a week", "2026-12-04"],
    ["明天跟腾讯的会，客户要求推迟两天", "2026-11-28"],
  ])("%s → %s", (text, day) => {
    for (const timezone of ["Asia/Shanghai", "Europe/Berlin"]) {
      const parsed = parseSentence(text, { now: NOW, timezone });
      expect(parsed.followUp && localStamp(parsed.followUp.at, timezone).slice(0, 10)).toBe(day);
    }
  });

  it.each([
    // a span in another sentence, or one that names a past time, moves nothing
    ["met on Monday. they postponed a week", null],
    ["周一见了王总。项目推迟了两周前的计划", null],
    // a span in another clause moves something else; a day gone by is only told (the review found these moved)
    ["周一拜访了华为，项目上线推迟两周", null],
    ["Met Globex yesterday, they delayed the rollout two weeks", null],
    ["昨天拜访华为，方案改了两天", null],
    ["昨天跟华为开会，项目已经延期一个月", null],
    ["明天拜访华为，交付推迟两天", "2026-11-26"],
    ["会议从周五推到下周一，推迟了三天", "2026-11-30"],
  ])("%s", (text, day) => {
    const parsed = parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" });
    expect(parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai").slice(0, 10)).toBe(day);
  });
});
