// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { instantAt, localStamp } from "./test-support.js";

/**
 * Probes 40, 41 and 43: "dropping the analytics module ($15k)" and "华为项目增加了实施服务费20万" set the deal to the
 * module's price; "数量从1000套减到800套 金额相应调整", "单子更新一下：2,150,000" changed nothing; "asked whether we can
 * do $70k. I said I'd get back to them" and "预算只有150万，让我们再降降" set the customer's figure; "阿里的线上demo约了6号下午3点"
 * and "鹅厂那个会改到7号上午10点了" were logged as meetings held.
 */
const ZONE = "Asia/Shanghai";
const NOW = instantAt("2027-04-30T12:15", ZONE); // Friday lunchtime before 五一
const read = (text: string) => parseSentence(text, { now: NOW, timezone: ZONE });

describe("a module's price said beside it", () => {
  it.each([
    ["Had a Zoom with Globex this morning, they're cutting scope — dropping the analytics module ($15k)", 1_500_000, "down"],
    ["globex reduced scope, dropping the mobile module (20k)", 2_000_000, "down"],
    ["Globex - they're adding the premium support package ($12k)", 1_200_000, "up"],
    ["华为项目增加了实施服务费20万", 20_000_000, "up"],
  ])("%s", (text, minor, change) => {
    expect(read(text).amount).toMatchObject({ minor, change });
  });
});

describe("new figures said in passing", () => {
  it("数量从1000套减到800套 金额相应调整 is the same share down", () => {
    expect(read("华为 数量从1000套减到800套 金额相应调整").amountShare).toEqual({ change: "down", percent: 20 });
  });

  it("单子更新一下：2,150,000 is the deal's value", () => {
    expect(read("华为单子更新一下：2,150,000，下周二之前走完审批").amount?.minor).toBe(215_000_000);
  });

  it.each(["Globex asked whether we can do $70k. I said I'd get back to them next week", "华为王总说预算只有150万，让我们再降降"])("%s: the customer's figure", (text) => {
    expect(read(text).amount).toBeNull();
  });
});

describe("an appointment arranged or moved to a day ahead, after its name", () => {
  it.each([
    ["阿里的线上demo约了6号下午3点", "2027-05-06 15:00"],
    ["鹅厂那个会改到7号上午10点了", "2027-05-07 10:00"],
    ["京东的拜访定在下周三上午", "2027-05-05 09:00"],
  ])("%s", (text, expected) => {
    const parsed = read(text);
    expect(parsed.planned).toBe(true);
    expect(parsed.followUp && localStamp(parsed.followUp.at, ZONE)).toBe(expected);
  });

  it.each([
    ["打电话约了明天拜访", "2027-05-01 09:00"],
    ["华为的李总刚来电话说项目要推迟到明年Q2，金额先不变，我5月10号再去拜访一次", "2027-05-10 09:00"],
  ])("%s reports the call (what it arranged or moved is another thing)", (text, followUp) => {
    const parsed = read(text);
    expect(parsed).toMatchObject({ activity: "call", planned: false });
    expect(parsed.followUp && localStamp(parsed.followUp.at, ZONE)).toBe(followUp);
  });
});
