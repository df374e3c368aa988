// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { instantAt } from "./test-support.js";

const NOW = instantAt("2027-06-17T09:05", "Asia/Shanghai");
const read = (text: string) => parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" });

/**
 * Probes 32 and 34, money said the way reps say it: "华为 加购两台服务器 一台15万" added ¥150,000 (one unit's price),
 * "20 more seats at 500 each" nothing, "他们预算可能到300万，不过还没定" set the deal to ¥3,000,000, "they wanna cut 5k off
 * I told them no way" cut it, "华为 降到一百八十五 客户同意了" read no figure.
 */
describe("a figure said for each unit, added", () => {
  it.each([
    ["华为 加购两台服务器 一台15万 合同总价相应调整", 30_000_000, "up"],
    ["美的追加三套 一套20万", 60_000_000, "up"],
    ["Globex wants to add 20 more seats at 500 each so the deal goes up", 1_000_000, "up"],
    ["华为买了一台服务器 一台15万", 15_000_000, undefined],
    ["they want a quote for 40 licenses at 120 each", 480_000, undefined],
  ])("%s", (text, minor, change) => {
    const amount = read(text).amount;
    expect(amount?.minor).toBe(minor);
    expect(amount?.change).toBe(change);
  });
});

describe("a figure said to be unsettled changes nothing", () => {
  it.each([
    "刚跟华为李总吃完饭，他们预算可能到300万，不过还没定",
    "华为说可能要加到250万 还不确定",
    "Globex might go to 100k, nothing final yet",
    "initech budget maybe 90k, tbd",
  ])("%s", (text) => {
    expect(read(text).amount).toBeNull();
  });

  it.each([["华为预算300万已经定了", 300_000_000], ["华为预算300万，下周定", 300_000_000]])("%s keeps its figure", (text, minor) => {
    expect(read(text).amount?.minor).toBe(minor);
  });
});

describe("a cut asked for and turned down, or agreed", () => {
  it.each(["Globex called they wanna cut 5k off I told them no way", "they wanna knock 10k off, said no"])("%s: no change", (text) => {
    expect(read(text).amount).toBeNull();
  });

  it.each([
    ["Globex wants 5k off, I ok'd it", "down"],
    ["Globex asked for 5% off if they pay upfront, ok'd it", "down"],
    ["华为最终谈下来是九折 就按这个价格走了 合同下周三签", "down"],
    ["华为 八折 成交 🎉🎉", "down"],
  ])("%s: made", (text, change) => {
    const parsed = read(text);
    expect(parsed.amount?.change ?? parsed.amountShare?.change).toBe(change);
  });
});

describe("a price brought down to a bare figure is money", () => {
  it.each([
    ["华为 降到一百八十五 客户同意了 下周签", 18_500],
    ["美的砍到120万", 120_000_000],
    ["价格谈到95万", 95_000_000],
  ])("%s", (text, minor) => {
    expect(read(text).amount?.minor).toBe(minor);
  });

  it("温度降到20度 is no money", () => {
    expect(read("机房温度降到20度").amount).toBeNull();
  });
});

/**
 * Probe 35: "procurement asked for 5% off, I agreed to 3%" cut the deal by 5%; "我们评估后如果能做的话金额要加到260万" set
 * it to ¥2,600,000 though nothing was decided.
 */
describe("the share agreed, and a value only on a condition", () => {
  it.each([
    ["Globex demo done on zoom. Tech team loved it, procurement asked for 5% off, I agreed to 3%. pls update the amount", 3],
    ["华为要求降价10%，我们同意了5%", 5],
    ["they pushed for 8% off, we settled at 4%", 4],
  ])("%s", (text, percent) => {
    expect(read(text).amountShare).toEqual({ change: "down", percent });
  });

  it.each([
    "华为今天开了技术交流会，提了三个定制需求，我们评估后如果能做的话金额要加到260万，周四给他们答复",
    "if they add the analytics module it's 95k",
    "价格200万就签",
  ])("%s: no value", (text) => {
    expect(read(text).amount).toBeNull();
  });
});

/**
 * Probe 38 (deal-heavy): "华为砍价到170万，我说要请示一下" and "they can only do 60k now. Need to talk to my manager before
 * agreeing" set the deal to the customer's figure; "数量从 400 降到 350 套", "单价从5000提到5500", "让到九二折，对方同意了",
 * "华为 -12万", "(-$5k)" and "if we give 15% off. I said yes" changed nothing.
 */
describe("deal talk, as it goes", () => {
  it.each([
    "华为砍价到170万，我说要请示一下，周一回复他们",
    "Globex budget got cut, they can only do 60k now. Need to talk to my manager before agreeing",
    "Globex pushing hard for $65k. not agreeing yet, will counter Monday",
  ])("%s: the customer's figure, not agreed", (text) => {
    expect(read(text).amount).toBeNull();
  });

  it.each([
    ["华为：数量从 400 降到 350 套，单价不变（5000/套）", { change: "down", percent: 12.5 }],
    ["华为那边今天开会定了，400套，单价从5000提到5500", { change: "up", percent: 10 }],
    ["华为客户一直压价，最后我们让到九二折，对方同意了", { change: "down", percent: 8 }],
    ["Globex will sign a 2-year deal if we give 15% off. I said yes", { change: "down", percent: 15 }],
  ])("%s", (text, share) => {
    expect(read(text).amountShare).toEqual(share);
  });

  it.each([
    ["华为 -12万，客户砍掉了一个模块", 12_000_000],
    ["Globex: dropped the training add-on (-$5k)", 500_000],
  ])("%s: a cut", (text, minor) => {
    expect(read(text).amount).toMatchObject({ minor, change: "down" });
  });

  it("refund -5k to Globex is no cut", () => {
    expect(read("refund -5k to Globex").amount).toBeNull();
  });
});
