// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { companySearchKey } from "../shared/search-key.js";
import { findMentions, mentionEntry } from "./company-mentions.js";

/**
 * Probe: an English-writing rep's "tencent call rescheduled", "byd site visit done", "sf express ghosting us",
 * "spoke w/ jd.com procurement" offered another customer or a new "Tencent": well-known Chinese companies are
 * named by their English names, and a customer registered in English is found by its Chinese name.
 */
const NAMES = ["腾讯", "比亚迪", "顺丰", "京东", "美的集团", "中兴通讯", "招商银行", "Lenovo", "Globex"];
const entries = NAMES.map((name, i) => mentionEntry({ id: String(i), name, searchKey: companySearchKey(name) }));
const names = (text: string) => findMentions(entries, text).map((m) => m.name);

describe("well-known Chinese companies by their English names", () => {
  it.each([
    ["tencent call rescheduled to fri 4pm", ["腾讯"]],
    ["Called Tencent about pricing", ["腾讯"]],
    ["byd site visit done, quote by friday", ["比亚迪"]],
    ["BYD wants 20 units", ["比亚迪"]],
    ["sf express ghosting us", ["顺丰"]],
    ["spoke w/ jd.com procurement", ["京东"]],
    ["midea group - demo done", ["美的集团"]],
    ["zte asked for a discount", ["中兴通讯"]],
    ["lunch with China Merchants Bank", ["招商银行"]],
    ["跟联想开会 确认了需求", ["Lenovo"]],
    ["Globex and Tencent both asked for pricing", ["Globex", "腾讯"]],
    // probe 20: the nicknames reps use ("上午和鹅厂开了个会" offered a new customer 鹅厂)
    ["上午和鹅厂开了个会，他们下礼拜三来我们这边看演示", ["腾讯"]],
    ["狗东那边说下周定", ["京东"]],
    // JD, in either case (probes 46 and 47: "jd says they need the formal quote", "jd's sourcing lead")
    ["had coffee w jd's sourcing lead saturday", ["京东"]],
    ["jd said no", ["京东"]],
    ["JD wants a demo", ["京东"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(["we agree on the terms", "the bud of an idea"])("%s names none of them", (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe("the search key of a well-known company holds its other names", () => {
  it.each([
    ["腾讯", "tencent"],
    ["比亚迪", "byd"],
    ["Lenovo", "联想"],
    ["SF Express", "顺丰"],
  ])("%s → %s", (name, alias) => {
    expect(companySearchKey(name).split(" ")).toContain(alias);
  });
  it("an unknown company gets no alias", () => {
    expect(companySearchKey("Globex")).toBe("globex");
  });
});
