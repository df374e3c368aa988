import { describe, expect, it } from "vitest";
import { homophoneOf, spelledAlike, typoOf } from "./spelled-alike.js";

describe("a near spelling of a known customer's name", () => {
  it.each([
    ["globx", "Globex", true],
    ["contosso", "Contoso", true],
    ["initec", "Initech", true],
    ["northwind", "Northwind Traders", true],
    ["Initrode", "Northwind Traders", false],
    ["acme", "Pied Piper", false],
    ["x", "Xerox", false],
  ])("%s / %s → %s", (typed, known, expected) => {
    expect(spelledAlike(typed, known)).toBe(expected);
  });
});

describe("a keyboard slip of a known customer's name", () => {
  it.each([
    ["initch", "Initech"],
    ["contosso", "Contoso"],
    ["contsoo", "Contoso"],
    ["globx", "Globex"],
    ["globexx", "Globex"],
    ["fabrikm", "Fabrikam"],
    ["northwnd", "Northwind Traders"],
  ])("%s is %s", (typed, known) => {
    expect(typoOf(typed, known)).toBe(true);
  });

  it.each([
    ["initrode", "Initech"],
    ["acm", "Acme Corp"],
    ["global", "Globex"],
    ["contoso", "Contoso"],
    ["xnitech", "Initech"],
  ])("%s is not %s", (typed, known) => {
    expect(typoOf(typed, known)).toBe(false);
  });
});

describe("homophoneOf: an input method's wrong homophone of a known Chinese name", () => {
  it.each([
    ["腾迅", "腾讯"],
    ["比亚笛", "比亚迪"],
    ["阿里吧吧", "阿里巴巴"],
    ["顺风", "顺丰"],
    ["华伟", "华为技术有限公司"],
    ["花为", "华为"],
    ["疼讯", "腾讯"],
    // probe 32: 的 is also read di ("打了三次美地都没人接")
    ["美地", "美的集团"],
    ["小觅", "小米"],
  ])("%s is %s", (written, known) => {
    expect(homophoneOf(written, known)).toBe(true);
  });

  it.each([
    // no character in its place ("惊动" is no 京东), another length, the name itself, or no sound in common
    ["惊动", "京东"],
    ["藤寻", "腾讯"],
    ["阿里巴", "阿里巴巴"],
    ["腾讯", "腾讯"],
    ["华硕", "华为"],
    ["美国", "美的集团"],
    ["globx", "Globex"],
  ])("%s is not %s", (written, known) => {
    expect(homophoneOf(written, known)).toBe(false);
  });
});
