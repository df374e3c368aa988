// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, SHANGHAI } from "./test-support.js";

/**
 * "今天拜访Pied Piper，技术对接顺利，下周一出测试报告" typed Wednesday 15:00 set a follow-up today 16:00: 拜访 right
 * after a bare 今天 cued today as a plan (no 了 is needed to report a visit), and that cue outranked next Monday,
 * which no cue word marks. The visit is logged as done; the later day is the next step.
 */
const WED_15 = new Date("2026-12-09T07:00:00Z"); // Wed 9 Dec 15:00 Shanghai
const MON_10 = new Date("2026-12-07T02:00:00Z"); // Mon 7 Dec 10:00 Shanghai

const follow = (text: string, now: Date): string | null => {
  const f = parseSentence(text, { now, timezone: SHANGHAI, names: ["Pied Piper", "京东", "华为", "小米"] }).followUp;
  return f ? localStamp(f.at, SHANGHAI) : null;
};

describe("a bare 今天 cued only by the verb after it yields to a later day", () => {
  it.each([
    ["今天拜访Pied Piper，技术对接顺利，下周一出测试报告", WED_15, "2026-12-14 09:00"],
    ["今天拜访京东，技术对接顺利，下周一出测试报告", WED_15, "2026-12-14 09:00"],
    ["今天拜访Pied Piper，下周一出测试报告", WED_15, "2026-12-14 09:00"],
    ["今天拜访了京东，技术对接顺利，下周一出测试报告", WED_15, "2026-12-14 09:00"],
    ["今天拜访华为，聊得不错，周五出方案", WED_15, "2026-12-11 09:00"],
    ["今天给华为打电话，下周三开会", WED_15, "2026-12-16 09:00"],
    ["今天拜访小米，需求基本明确，12月20号出报价", WED_15, "2026-12-20 09:00"],
    ["今天拜访Pied Piper，技术对接顺利，下周一出测试报告", MON_10, "2026-12-14 09:00"],
    ["今天拜访华为，明天出纪要", MON_10, "2026-12-08 09:00"],
  ])("%s", (text, now, due) => {
    expect(follow(text, now)).toBe(due);
  });
});

describe("near misses: today stays the follow-up", () => {
  it.each([
    // a plan for today, said outright
    ["今天要拜访京东，下周一出测试报告", WED_15, "2026-12-09 16:00"],
    ["今天下午拜访京东，下周一出测试报告", MON_10, "2026-12-07 14:00"],
    // nothing later: the message is today's plan
    ["今天拜访京东", WED_15, "2026-12-09 16:00"],
  ])("%s", (text, now, due) => {
    expect(follow(text, now)).toBe(due);
  });
});
