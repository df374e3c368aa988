// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { percentChange } from "./percent-change.js";

// Probes 15 and 21: "Globex added another 15%" and "华为的报价在原来基础上打个九折" left the deal as it was.
describe("a share of the deal's value, said as a change", () => {
  it.each([
    ["华为的报价在原来基础上打个九折", "down", 10],
    ["打八五折", "down", 15],
    ["按8.5折成交", "down", 15],
    ["九五折签了", "down", 5],
    ["降价百分之十", "down", 10],
    ["价格下调了5%", "down", 5],
    ["涨了5%", "up", 5],
    ["Globex added another 15%", "up", 15],
    ["price cut by 10%", "down", 10],
    ["gave them a 10% discount", "down", 10],
    ["10% off the list price", "down", 10],
    ["they bumped the order by 20%", "up", 20],
    // probes 22 and 23
    ["华为那边要求打九五折 老板同意了", "down", 5],
    ["华为的单子 对方压价 打了个九折", "down", 10],
    ["globex asking for 10% off, told them ok", "down", 10],
    ["华为 项目扩大了 金额翻倍", "up", 100],
    ["globex doubling the order", "up", 100],
    ["globex cut the budget in half smh", "down", 50],
    ["globex down 25% after procurement squeezed us", "down", 25],
    ["globex negotiated us down 10%", "down", 10],
    // found talking to the bot: 让 with no 了
    ["比亚迪报价在原价上再让5%，王总同意了", "down", 5],
    // probes 24 and 25: points, a plain 加, a plus sign, -ing forms, "halved"
    ["华为的价格再让5个点", "down", 5],
    ["京东那单又让了三个点", "down", 3],
    ["报价上调两个点", "up", 2],
    ["华为刚来电话 说要加购50个账号 合同金额加20%", "up", 20],
    ["小米那单 金额再加10%", "up", 10],
    ["Globex +25%!! they're adding the APAC rollout", "up", 25],
    ["initech: +15% for the extra seats", "up", 15],
    ["华为那单 +10%", "up", 10],
    ["Globex upping the order by 25%", "up", 25],
    ["they're raising the budget by 10%", "up", 10],
    ["Globex halved the deal", "down", 50],
    ["contoso halving the order after the reorg", "down", 50],
    ["华为改了需求 金额调成原来的八折", "down", 20],
  ])("%s → %s %s%%", (text, change, percent) => {
    expect(percentChange(text)).toEqual({ change, percent });
  });

  it.each([
    "they want 10% off",
    "要求打八折",
    "如果打九折就签",
    "赢单率80%",
    "付了30%首款",
    "revenue up 15%",
    "不打折",
    "打折了",
    "50% deposit received",
    "revenue down 10%",
    "globex revenue down 10%",
    "要求打八折，我们没同意",
    "股权转让5%",
    "赢率提高了5个点",
    "赢单概率提高了10%",
    "毛利率提高了3个点",
    "报价要加6%的税",
    "globex margin up 5%",
    "growth +25% this year",
    "they want us to halve the price",
    "顺丰改了需求 金额要调成原来的八折",
    // found trying the bot on a fresh clone: a cut they would sign for, and not agreed to
    "美的刚刚打电话过来 说报价再让3个点就签 我还没答应",
    "华为说再降5%就下单",
    "京东那单再让2个点，老板没批",
    "Initech wants 5% off, haven't agreed yet",
  ])("no change made: %s", (text) => {
    expect(percentChange(text)).toBeNull();
  });

  it("is read only when no amount is said (a figure is the value itself)", () => {
    const now = new Date("2026-12-24T01:45:00Z");
    expect(parseSentence("Globex added another 15%", { now, timezone: "Asia/Shanghai" }).amountShare).toEqual({ change: "up", percent: 15 });
    expect(parseSentence("打九折，合同价180万", { now, timezone: "Asia/Shanghai" }).amountShare).toBeNull();
  });
});

// Probe 24: "给腾讯发了报价 120万打88折" kept ¥1,200,000; the deal is worth what is left after the discount.
describe("a figure said with its discount", () => {
  const now = new Date("2027-02-01T01:15:00Z");
  const amount = (text: string, timezone = "Asia/Shanghai") => parseSentence(text, { now, timezone }).amount;
  it.each([
    ["给腾讯发了报价 120万打88折", 105_600_000, "CNY"],
    ["小米签了！65万的单子给了95折", 61_750_000, "CNY"],
    ["合同80万 给了九五折", 76_000_000, "CNY"],
    ["报价100万按8.5折成交", 85_000_000, "CNY"],
    ["quoted globex 120k with 10% off", 10_800_000, "USD"],
  ])("%s → %s %s", (text, minor, currency) => {
    expect(amount(text)).toMatchObject({ minor, currency });
  });

  it.each([
    ["报价120万，客户要求打九折", 120_000_000],
    ["quoted 120k, they want 10% off", 12_000_000],
    ["报价120万。下次再谈打折的事", 120_000_000],
  ])("a discount only asked for, or in another sentence, leaves the figure: %s", (text, minor) => {
    expect(amount(text)?.minor).toBe(minor);
  });
});
