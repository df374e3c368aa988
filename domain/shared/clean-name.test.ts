import { describe, expect, it } from "vitest";
import { cleanName, EMPTY_NAME, nameSchema } from "./clean-name.js";

const ZWJ = "\u200D";

describe("cleanName", () => {
  // [what, input, stored name]
  const cases: [string, string, string][] = [
    ["zero-width space at the end", "Acme\u200B", "Acme"],
    ["zero-width space at the start", "\u200BAcme", "Acme"],
    ["zero-width non-joiner inside", "Ac\u200Cme", "Acme"],
    ["zero-width joiner between letters", `Ac${ZWJ}me`, "Acme"],
    ["word joiner", "Acme\u2060", "Acme"],
    ["byte-order mark / ZWNBSP", "\uFEFFAc\uFEFFme", "Acme"],
    ["right-to-left override (text stays in the order typed)", "\u202EemcA", "emcA"],
    ["embeddings and pop", "Acme\u202A\u202B\u202C\u202D", "Acme"],
    ["bidi isolates", "\u2066Acme\u2069\u2067\u2068", "Acme"],
    ["LRM, RLM, Arabic letter mark", "Acme\u200E\u200F\u061C", "Acme"],
    ["soft hyphen", "Ac\u00ADme", "Acme"],
    ["Mongolian vowel separator", "Ac\u180Eme", "Acme"],
    ["tag characters", "Acme\u{E0041}\u{E007F}", "Acme"],
    ["control characters", "Ac\u0007me\u007F\u0085", "Acme"],
    ["combining grapheme joiner", "Ac\u034Fme", "Acme"],
    ["Hangul fillers", "\u3164Acme\uFFA0\u115F", "Acme"],
    ["full-width letters (NFKC)", "ＡＣＭＥ　Ｌｔｄ", "ACME Ltd"],
    ["decomposed accent is composed", "Cafe\u0301", "Café"],
    ["whitespace runs collapse", "  Acme \t\n  Corp  ", "Acme Corp"],
    ["no-break space", "Acme\u00A0Corp", "Acme Corp"],
    ["Chinese name with a zero-width space", "华为\u200B技术", "华为技术"],
    ["Chinese name with an ideographic space", "华为　技术", "华为 技术"],
    ["ZWJ between Han characters", `张${ZWJ}三`, "张三"],
    ["Chinese name untouched", "腾讯科技（深圳）有限公司", "腾讯科技(深圳)有限公司"],
    ["emoji ZWJ sequence kept", `👩${ZWJ}💻 Studio`, `👩${ZWJ}💻 Studio`],
    ["family emoji kept", `👨${ZWJ}👩${ZWJ}👧 Family`, `👨${ZWJ}👩${ZWJ}👧 Family`],
    ["skin tone then ZWJ kept", `🧑🏽${ZWJ}🚀 Labs`, `🧑🏽${ZWJ}🚀 Labs`],
    ["trailing ZWJ after an emoji removed", `👍🏽${ZWJ}`, "👍🏽"],
    ["ZWJ between emoji and a letter removed", `👍${ZWJ}A`, "👍A"],
    ["variation selector after an emoji kept", "❤\uFE0F Café", "❤\uFE0F Café"],
    ["keycap kept", "1\uFE0F\u20E3 Store", "1\uFE0F\u20E3 Store"],
    ["variation selector after a letter removed", "Acme\uFE0F", "Acme"],
    ["only invisible characters", "\u200B\u202E\u2060\uFEFF", ""],
    ["only a Hangul filler", "\u3164", ""],
    ["plain name untouched", "Acme Corp", "Acme Corp"],
  ];
  it.each(cases)("%s", (_what, input, expected) => {
    expect(cleanName(input)).toBe(expected);
  });
});

describe("nameSchema", () => {
  it("stores the cleaned name and refuses one with nothing visible left", () => {
    expect(nameSchema(50).parse(" Acme\u200B ")).toBe("Acme");
    const result = nameSchema(50).safeParse("\u200B\u202E");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(EMPTY_NAME);
  });
});
