import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { FieldCipher, FieldCipherError } from "./field-cipher.js";

const keyA = randomBytes(32);
const keyB = randomBytes(32);

describe("FieldCipher", () => {
  it("round-trips text, including Chinese and empty strings, in the v1 format", () => {
    const cipher = new FieldCipher(keyA);
    for (const plain of ["+86 138 0013 8000", "li.lei@example.com", "微信号 lilei_88", ""]) {
      const stored = cipher.encrypt(plain, "Contact.phone");
      expect(stored).toMatch(/^v1:[A-Za-z0-9_-]{8}:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/=]+$/);
      expect(stored).not.toContain(plain || "\u0000");
      expect(cipher.decrypt(stored, "Contact.phone")).toBe(plain);
      expect(cipher.isEncrypted(stored)).toBe(true);
      expect(cipher.isCurrent(stored)).toBe(true);
    }
    expect(cipher.isEncrypted("13800138000")).toBe(false);
  });

  it("uses a fresh IV per value: the same plaintext never encrypts the same way twice", () => {
    const cipher = new FieldCipher(keyA);
    const stored = Array.from({ length: 50 }, () => cipher.encrypt("13800138000", "Contact.phone"));
    expect(new Set(stored).size).toBe(50);
    expect(new Set(stored.map((s) => s.split(":")[2])).size).toBe(50);
  });

  it("refuses a tampered value", () => {
    const cipher = new FieldCipher(keyA);
    const stored = cipher.encrypt("li.lei@example.com", "Contact.email");
    const [v, id, iv, body] = stored.split(":") as [string, string, string, string];
    const bytes = Buffer.from(body, "base64");
    bytes[0] = bytes[0]! ^ 1;
    expect(() => cipher.decrypt(`${v}:${id}:${iv}:${bytes.toString("base64")}`, "Contact.email")).toThrow(FieldCipherError);
    const tag = Buffer.from(body, "base64");
    tag[tag.length - 1] = tag[tag.length - 1]! ^ 1;
    expect(() => cipher.decrypt(`${v}:${id}:${iv}:${tag.toString("base64")}`, "Contact.email")).toThrow(FieldCipherError);
    expect(() => cipher.decrypt(`${v}:${id}:${iv}:`, "Contact.email")).toThrow(FieldCipherError);
  });

  it("refuses a value moved into another column", () => {
    const cipher = new FieldCipher(keyA);
    expect(() => cipher.decrypt(cipher.encrypt("13800138000", "Contact.phone"), "Contact.email")).toThrow(FieldCipherError);
  });

  it("refuses a value under a key it does not have, and a wrong key posing under the right id", () => {
    const stored = new FieldCipher(keyA).encrypt("13800138000", "Contact.phone");
    expect(() => new FieldCipher(keyB).decrypt(stored, "Contact.phone")).toThrow(/not configured/);
    const otherId = new FieldCipher(keyB).keyId;
    const forged = stored.replace(/^v1:[^:]+:/, `v1:${otherId}:`);
    expect(() => new FieldCipher(keyB).decrypt(forged, "Contact.phone")).toThrow(/does not authenticate/);
  });

  it("reads values under a previous key during a rotation and writes under the new one", () => {
    const old = new FieldCipher(keyA);
    const stored = old.encrypt("13800138000", "Contact.phone");
    const rotating = new FieldCipher(keyB, [keyA]);
    expect(rotating.decrypt(stored, "Contact.phone")).toBe("13800138000");
    expect(rotating.isCurrent(stored)).toBe(false);
    expect(rotating.isCurrent(rotating.encrypt("x", "Contact.phone"))).toBe(true);
    expect(rotating.hashes("phone", "13800138000")).toContain(old.hash("phone", "13800138000"));
  });

  it("hashes deterministically per key and kind, and differently under another key", () => {
    const a = new FieldCipher(keyA);
    expect(a.hash("phone", "13800138000")).toBe(a.hash("phone", "13800138000"));
    expect(a.hash("phone", "13800138000")).not.toBe(a.hash("email", "13800138000"));
    expect(a.hash("phone", "13800138000")).not.toBe(new FieldCipher(keyB).hash("phone", "13800138000"));
    expect(a.isCurrentHash(a.hash("email", "x@y.cn"))).toBe(true);
  });

  it("refuses a key of the wrong length", () => {
    expect(() => new FieldCipher(randomBytes(16))).toThrow(FieldCipherError);
  });
});
