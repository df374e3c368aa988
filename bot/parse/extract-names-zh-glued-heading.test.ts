// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const now = new Date("2026-12-04T07:30:00Z");
const parse = (text: string) => parseSentence(text, { now, timezone: "Asia/Shanghai" });

// Probe: "京东方电话 下周再聊", "美团电话 下周再聊" offered no new customer: the activity word glued to the name heading the note.
describe("a name heading the note with 电话 / 开会 / 拜访 glued on", () => {
  it.each([
    ["美团电话 下周再聊", "美团"],
    ["京东方电话 下周再聊", "京东方"],
    ["字节开会，聊了需求", "字节"],
    ["理想汽车拜访 下周二再去", "理想汽车"],
  ])("%s → %s", (text, company) => {
    expect(parse(text).companyHints[0]).toBe(company);
  });

  it.each(["今天电话 聊了需求", "上午开会 讨论了方案", "下午拜访，聊得不错", "刚打完电话，明天报价", "打完电话 明天报价"])("no customer: %s", (text) => {
    expect(parse(text).companyHints).toEqual([]);
  });
});

// Review: "钉钉群里美的说下周签" offered a new customer called 钉钉群里美: where it was said opens the note, not the name.
describe("a channel opening the note is not part of the customer's name", () => {
  it.each([
    ["钉钉群里美的说下周签", "美的"],
    ["微信群里华为说下周签", "华为"],
    ["微信上小米说预算批了", "小米"],
    ["群里美团问报价", "美团"],
  ])("%s → %s", (text, company) => {
    expect(parse(text).companyHints[0]).toBe(company);
  });
});
