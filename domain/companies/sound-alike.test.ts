import { describe, expect, it } from "vitest";
import { companySearchKey } from "../shared/search-key.js";
import { mentionEntry } from "./company-mentions.js";
import { soundAlikes } from "./sound-alike.js";

const entries = ["腾讯", "华为技术有限公司", "阿里巴巴", "Globex"].map((name, i) => mentionEntry({ id: String(i), name, searchKey: companySearchKey(name) }));
const heard = (text: string) => soundAlikes(entries, text).map((c) => c.name);

// "腾迅 电话沟通 下周报价" offered the rep's recent customers but not 腾讯.
describe("a known Chinese customer written with a homophone", () => {
  it.each([
    ["腾迅 电话沟通 下周报价", ["腾讯"]],
    ["跟阿里八八通了电话", ["阿里巴巴"]],
    ["华伟那边来电", ["华为技术有限公司"]],
  ])("%s → %j", (text, expected) => {
    expect(heard(text)).toEqual(expected);
  });

  it.each(["腾讯来电", "Globex called", "今天天气不错"])("%s sounds like nothing new", (text) => {
    expect(heard(text)).toEqual([]);
  });
});
