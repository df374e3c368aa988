import { describe, expect, it } from "vitest";
import { extractNames } from "./extract-names.js";

/** Probes 52 and 53: "叫拼多多" gave no name (the bot asked which customer); "一个叫深蓝汽车" was offered as the name. */
describe("a new customer introduced by its name after 叫", () => {
  it.each([
    ["刚跟一家新客户通了电话，叫拼多多，想看demo，约了下周四上午", "拼多多"],
    ["下午在公司接待了一个叫深蓝汽车的客户，第一次接触", "深蓝汽车"],
    ["一家叫星河智能的公司来电，想了解报价", "星河智能"],
    ["有个潜在客户叫做云帆科技，下周见面", "云帆科技"],
  ])("%s → %s", (text, name) => {
    expect(extractNames(text).companyHints[0]).toBe(name);
  });
  it.each(["他叫张伟", "华为那边叫我们周五过去"])("%s: no new customer", (text) => {
    expect(extractNames(text).companyHints.filter((h) => !["华为"].includes(h))).toEqual([]);
  });
});
