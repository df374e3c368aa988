import { describe, expect, it } from "vitest";
import { industryCovered, industryOfPiece, placesOf, regionCovered, regionOfPiece } from "./territory.js";

describe("territories", () => {
  it.each([
    ["深圳", ["深圳", "广东", "华南"]],
    ["深圳市", ["深圳", "广东", "华南"]],
    ["Shenzhen", ["深圳", "广东", "华南"]],
    ["广东省", ["广东", "华南"]],
    ["内蒙古自治区", ["内蒙古", "华北"]],
    ["呼和浩特", ["呼和浩特", "内蒙古", "华北"]],
    ["上海", ["上海", "华东"]],
    ["乌鲁木齐", ["乌鲁木齐", "新疆", "西北"]],
    ["West Coast", ["westcoast"]],
  ])("%s stands for %j", (region, places) => {
    expect(placesOf(region)).toEqual(places);
  });

  it.each([
    [["华东"], "杭州", true],
    [["华东"], "浙江省", true],
    [["华南"], "北京", false],
    [["广东"], "深圳市", true],
    [["Guangdong"], "深圳", true],
    [["guangzhou"], "广州", true],
    // A city does not cover its province: a lead only known to be from 广东 may be anywhere in it.
    [["深圳"], "广东", false],
    [["深圳"], "广州", false],
    [["West Coast"], "west-coast", true],
    [["EMEA"], "emea", true],
    [["EMEA"], "APAC", false],
    [[], "杭州", false],
    [["华东"], null, false],
    // Addresses as forms send them: the narrowest place they start with.
    [["广东"], "广东省深圳市", true],
    [["广东"], "深圳市南山区", true],
    [["浙江"], "浙江省杭州市西湖区", true],
    [["北京"], "深圳南山区", false],
    [["East China"], "上海", true],
    [["Hong Kong"], "香港", true],
  ] as const)("territory %j covers %s: %s", (territory, region, covered) => {
    expect(regionCovered(territory, region)).toBe(covered);
  });

  it.each([
    [["制造"], "制造业", true],
    [["制造业"], "制造", true],
    [["Manufacturing"], "manufacturing", true],
    [["零售"], "制造业", false],
    [["IT"], "Retail", false],
    [["汽车"], "新能源汽车", true],
    [["IT"], "IT services", true],
    [["IT"], "Digital media", false],
    [["IT"], "IT服务", true],
    [["real estate"], "Real-Estate", true],
  ] as const)("industries %j cover %s: %s", (territory, industry, covered) => {
    expect(industryCovered(territory, industry)).toBe(covered);
  });

  it.each([
    ["北京", "北京"],
    [" 来自杭州的客户 ", "杭州"],
    ["Shenzhen", "深圳"],
    ["based in Shanghai", "上海"],
    ["地区：华东", "华东"],
    ["region: West Coast", "West Coast"],
    ["华南", "华南"],
    // Places inside names are not regions.
    ["阿里巴巴", null],
    ["上海汽车", null],
    ["王总", null],
    ["Initech", null],
    ["area manager", null],
    ["广东省深圳市", "深圳"],
    ["深圳南山区", "深圳"],
    // A company named after its city is a company.
    ["广东深圳科技有限公司", null],
  ])("the piece %j names the region %j", (piece, region) => {
    expect(regionOfPiece(piece)).toBe(region);
  });

  it.each([
    ["行业：制造业", "制造业"],
    ["industry: Retail", "Retail"],
    ["行业 汽车", "汽车"],
    ["行业领先", null],
    ["制造业", null],
  ])("the piece %j names the industry %j", (piece, industry) => {
    expect(industryOfPiece(piece)).toBe(industry);
  });
});
