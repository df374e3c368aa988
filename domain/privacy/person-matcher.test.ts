import { describe, expect, it } from "vitest";
import { ERASED, PersonMatcher } from "./person-matcher.js";

const person = (over: Partial<ConstructorParameters<typeof PersonMatcher>[0]> = {}) =>
  new PersonMatcher({ name: "Li", phone: "13912345678", email: "Fang.Wang@Example.com", wechatId: null, ...over });

describe("PersonMatcher", () => {
  it("finds a phone number in any common formatting, not inside a longer number", () => {
    const m = person();
    for (const text of [
      "call 13912345678",
      "call 139 1234 5678",
      "call 139-1234-5678",
      "+86 139 1234 5678",
      "(+86)13912345678",
      "008613912345678",
      '{"t":"139.1234.5678"}',
    ]) {
      expect(m.matches(text), text).toBe(true);
    }
    for (const text of ["order 1391234567890", "ref 213912345678", "139 1234 567"]) expect(m.matches(text), text).toBe(false);
    expect(m.redact("reached +86 139-1234-5678 today")).toBe(`reached ${ERASED} today`);
  });

  it("finds the stored phone also when it was stored with a country prefix", () => {
    expect(person({ phone: "+86 139-1234-5678" }).matches("call 13912345678")).toBe(true);
  });

  it("finds an email case-insensitively, not inside a longer address", () => {
    const m = person();
    expect(m.matches("mail FANG.WANG@example.COM now")).toBe(true);
    expect(m.matches("mail xfang.wang@example.com")).toBe(false);
    expect(m.matches("mail fang.wang@example.com.cn")).toBe(false);
    expect(m.redact("to fang.wang@example.com.")).toBe(`to ${ERASED}.`);
  });

  it("finds a Latin name as a whole token only", () => {
    const m = person({ phone: null, email: null });
    expect(m.matches("met Li today")).toBe(true);
    expect(m.matches("给Li打电话")).toBe(true);
    expect(m.matches("met Lily today")).toBe(false);
    expect(m.matches("Oliver")).toBe(false);
    expect(person({ name: "Zhang Wei", phone: null, email: null }).matches("called zhang  wei")).toBe(true);
  });

  it("finds a Chinese name as a substring and ignores one-character names", () => {
    expect(person({ name: "王芳", phone: null, email: null }).redact("给王芳打电话")).toBe(`给${ERASED}打电话`);
    const single = person({ name: "芳", phone: null, email: null });
    expect(single.empty).toBe(true);
    expect(single.matches("芳")).toBe(false);
  });
});
