import { describe, expect, it } from "vitest";
import { companySearchKey, hasHan, normalizeText, personSearchKey, stripCompanySuffix, toPinyin } from "./search-key.js";

describe("normalizeText", () => {
  it("lower-cases and drops spaces, punctuation and symbols", () => {
    expect(normalizeText("  Acme, Corp. ")).toBe("acmecorp");
    expect(normalizeText("AT&T (China)")).toBe("attchina");
    expect(normalizeText("华为，技术！")).toBe("华为技术");
  });

  it("folds full-width characters", () => {
    expect(normalizeText("ＡＣＭＥ　Ｃｏｒｐ")).toBe("acmecorp");
  });

  it("drops zero-width, bidi-control and other invisible characters so look-alike names share a key", () => {
    for (const hidden of ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u202E", "\u202A", "\u2066", "\u200E", "\u061C", "\u00AD", "\uFE0F", "\u3164"]) {
      expect(normalizeText(`Ac${hidden}me`)).toBe("acme");
      expect(companySearchKey(`Acme${hidden}`)).toBe(companySearchKey("Acme"));
      expect(personSearchKey(`张${hidden}三`)).toBe(personSearchKey("张三"));
    }
  });
});

describe("stripCompanySuffix", () => {
  it("removes Chinese legal and generic suffixes repeatedly", () => {
    expect(stripCompanySuffix("华为技术有限公司")).toBe("华为");
    expect(stripCompanySuffix("阿里巴巴集团")).toBe("阿里巴巴");
    expect(stripCompanySuffix("腾讯科技股份有限公司")).toBe("腾讯");
  });

  it("removes Latin legal suffixes with their punctuation", () => {
    expect(stripCompanySuffix("Foo Ltd")).toBe("Foo");
    expect(stripCompanySuffix("Foo Co., Ltd.")).toBe("Foo");
    expect(stripCompanySuffix("Acme Technologies Inc.")).toBe("Acme");
    expect(stripCompanySuffix("Siemens GmbH")).toBe("Siemens");
    expect(stripCompanySuffix("Foo LIMITED")).toBe("Foo");
  });

  it("keeps a name that is only a suffix", () => {
    expect(stripCompanySuffix("Group")).toBe("Group");
    expect(stripCompanySuffix("公司")).toBe("公司");
  });

  it("does not cut a Latin suffix out of the middle of a word", () => {
    expect(stripCompanySuffix("Zinc")).toBe("Zinc");
    expect(stripCompanySuffix("Lucorp")).toBe("Lucorp");
    expect(stripCompanySuffix("Fincorp Ltd")).toBe("Fincorp");
  });
});

describe("toPinyin", () => {
  it("gives toneless pinyin for Han text and nothing for Latin text", () => {
    expect(toPinyin("华为")).toBe("huawei");
    expect(toPinyin("张总")).toBe("zhangzong");
    expect(toPinyin("Acme")).toBe("");
    expect(hasHan("Acme 中国")).toBe(true);
    expect(hasHan("Acme")).toBe(false);
  });
});

describe("search keys", () => {
  it("stores short name, full name and pinyin for companies", () => {
    expect(companySearchKey("华为技术有限公司")).toBe("华为 华为技术有限公司 huawei 菊厂");
    expect(companySearchKey("Acme Corp")).toBe("acme acmecorp");
    expect(companySearchKey("Globex")).toBe("globex");
    expect(companySearchKey("Zinc")).toBe("zinc");
  });

  it("stores name and pinyin for people", () => {
    expect(personSearchKey("张总")).toBe("张总 zhangzong");
    expect(personSearchKey("Li Lei")).toBe("lilei");
  });
});
