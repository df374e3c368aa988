import { describe, expect, it } from "vitest";
import { matchByName, type MatchResult, type Searchable } from "./fuzzy-match.js";
import { companySearchKey } from "./search-key.js";

const company = (name: string): Searchable => ({ id: name, label: name, searchKey: companySearchKey(name) });
const names = (result: MatchResult<Searchable>) =>
  result.kind === "one" ? [result.match.label] : result.kind === "many" ? result.matches.map((m) => m.label) : [];

const book = ["Acme Corp", "Globex", "Initech Ltd", "华为技术有限公司", "小米科技有限责任公司"].map(company);

describe("matchByName", () => {
  it("matches an exact key: short name, full name or pinyin", () => {
    expect(matchByName("Initech", book)).toEqual({ kind: "one", match: book[2] });
    expect(names(matchByName("initech ltd", book))).toEqual(["Initech Ltd"]);
    expect(names(matchByName("华为", book))).toEqual(["华为技术有限公司"]);
    expect(names(matchByName("xiaomi", book))).toEqual(["小米科技有限责任公司"]);
  });

  it("prefers an exact match over partial ones", () => {
    const list = ["Acme", "Acme Logistics"].map(company);
    expect(names(matchByName("acme", list))).toEqual(["Acme"]);
  });

  it("reports a tie among exact matches as many", () => {
    const twins = [
      { id: "1", label: "Li Lei (Acme)", searchKey: "lilei" },
      { id: "2", label: "Li Lei (Globex)", searchKey: "lilei" },
    ];
    expect(matchByName("Li Lei", twins)).toEqual({ kind: "many", matches: twins });
  });

  it("matches by prefix or substring", () => {
    expect(names(matchByName("glob", book))).toEqual(["Globex"]);
    expect(names(matchByName("acmee", book))).toEqual(["Acme Corp"]);
    expect(names(matchByName("hua", book))).toEqual(["华为技术有限公司"]);
  });

  it("reports several partial matches, capped by the limit", () => {
    const list = ["Acme Corp", "Acme Logistics", "Acme Foods", "Acme Labs"].map(company);
    expect(names(matchByName("acm", list))).toEqual(["Acme Corp", "Acme Logistics", "Acme Foods", "Acme Labs"]);
    expect(names(matchByName("acm", list, 2))).toEqual(["Acme Corp", "Acme Logistics"]);
  });

  it("tolerates a typo when one candidate is clearly closest", () => {
    expect(names(matchByName("Glbex", book))).toEqual(["Globex"]);
    expect(names(matchByName("Intech", book))).toEqual(["Initech Ltd"]);
  });

  it("finds nothing for short or far-off queries", () => {
    expect(matchByName("zq", book)).toEqual({ kind: "none" });
    expect(matchByName("Wayne Enterprises", book)).toEqual({ kind: "none" });
    expect(matchByName(" ,. ", book)).toEqual({ kind: "none" });
    expect(matchByName("acme", [])).toEqual({ kind: "none" });
  });
});

describe("three letters are too few to guess from", () => {
  const companies = [
    { id: "1", name: "华为", searchKey: "华为 huawei", label: "华为" },
    { id: "2", name: "京东", searchKey: "京东 jingdong", label: "京东" },
    { id: "3", name: "Globex", searchKey: "globex", label: "Globex" },
  ];
  it.each(["AWS", "Jim", "Bob"])("%s matches no customer by near spelling", (query) => {
    expect(matchByName(query, companies).kind).toBe("none");
  });

  it("a near spelling of four letters or more still matches", () => {
    expect(matchByName("Globx", companies)).toMatchObject({ kind: "one", match: { id: "3" } });
  });
});
