// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { instantAt, localStamp } from "./test-support.js";

/**
 * Probe 41 (Monday 08:50): what happened on the Friday to Sunday just gone, told with what came of it, was read as
 * this week's ("华为那边周六打电话来，说预算砍了", "华为采购经理周五来电，…我答应了", "周六陪客户吃饭，客户说…"); "今天回过去"
 * was no step.
 */
const ZONE = "Asia/Shanghai";
const NOW = instantAt("2027-07-05T08:50", ZONE);
const read = (text: string) => parseSentence(text, { now: NOW, timezone: ZONE });
const day = (d: { at: Date } | null) => (d ? localStamp(d.at, ZONE).slice(0, 10) : null);

describe("the weekend just gone, on Monday morning", () => {
  it.each([
    ["华为那边周六打电话来，说预算砍了，单子调到175万", "2027-07-03"],
    ["华为采购经理周五来电，说最多只能给到170万，我答应了", "2027-07-02"],
    ["华为：周六陪客户吃饭，客户说预算可能只有150万，还没定", "2027-07-03"],
    ["周日跟京东的王总喝了个茶，聊得不错", "2027-07-04"],
  ])("%s", (text, occurred) => {
    const parsed = read(text);
    expect(parsed.planned).toBe(false);
    expect(day(parsed.occurredAt)).toBe(occurred);
    expect(parsed.followUp).toBeNull();
  });

  it.each(["周四来我们公司参观，到时候做个演示", "周五签合同", "周六跟京东吃饭"])("%s is still ahead", (text) => {
    expect(day(read(text).followUp)).not.toBeNull();
  });

  it("今天回过去 is today's step", () => {
    expect(day(read("阿里的张经理周日晚上给我打了个电话，没接到，今天回过去").followUp)).toBe("2027-07-05");
  });
});
