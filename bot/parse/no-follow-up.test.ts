// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const MONDAY = new Date("2026-12-07T02:00:00Z"); // Monday 10:00 in Shanghai
const due = (text: string, zone = "Asia/Shanghai") => {
  const parsed = parseSentence(text, { now: MONDAY, timezone: zone });
  return parsed.followUp && localStamp(parsed.followUp.at, zone);
};

/** Probe 51: "他说八月中旬会启动招标。暂时不用跟进" set a follow-up in mid-August. */
describe("the rep turns the follow-up down", () => {
  it.each([
    "今天和华为的赵总吃了个饭，聊得不错，他说一月中旬会启动招标。暂时不用跟进",
    "小米说明年三月再考虑，先不跟进了",
    "京东下个月换系统，不需要跟进",
    "globex said they'll decide in february, no need to follow up",
    "initech renewal is in march. no f/u needed",
    "Contoso picks a vendor next quarter, don't need to chase",
  ])("%s → none", (text) => {
    expect(due(text)).toBeNull();
  });
});

describe("…unless a later step is said after all, or an appointment is planned", () => {
  it.each([
    // (the first working day of January, after 元旦)
    ["华为说下个月启动招标，暂时不用跟进，下个月再说", "2027-01-04 09:00"],
    ["globex decides in february. no f/u needed, check back in january", "2027-01-04 09:00"],
    ["暂时不用跟进，下周二下午去华为开会", "2026-12-15 14:00"],
  ])("%s → %s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });
});
