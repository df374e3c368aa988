import { describe, expect, it } from "vitest";
import { fixedClock } from "../../domain/shared/clock.js";
import { FileLinks } from "./file-links.js";

const NOW = new Date("2026-11-25T02:00:00Z");
const parts = (url: string) => {
  const parsed = new URL(url, "http://localhost");
  return { name: decodeURIComponent(parsed.pathname.split("/").pop()!), exp: parsed.searchParams.get("exp")!, sig: parsed.searchParams.get("sig")! };
};

describe("FileLinks", () => {
  it("a link verifies for its own name until it expires", () => {
    const clock = fixedClock(NOW);
    const links = new FileLinks("token-of-the-server-0123456789", 900, clock);
    const { name, exp, sig } = parts(links.url("quote-Q0001-abc.pdf"));
    expect(name).toBe("quote-Q0001-abc.pdf");
    expect(Number(exp)).toBe(NOW.getTime() / 1000 + 900);
    expect(links.verify(name, exp, sig)).toBe(true);
    expect(links.verify("quote-Q0002-abc.pdf", exp, sig)).toBe(false);
    expect(links.verify(name, String(Number(exp) + 1), sig)).toBe(false);
    expect(links.verify(name, exp, sig.toUpperCase())).toBe(false);
    expect(links.verify(name, exp, undefined)).toBe(false);
    expect(links.verify(name, [exp], sig)).toBe(false);
    expect(links.verify(name, "1e12", sig)).toBe(false);
    clock.advance(899_000);
    expect(links.verify(name, exp, sig)).toBe(true);
    clock.advance(1_000);
    expect(links.verify(name, exp, sig)).toBe(false);
  });

  it("another token (a rotated one, or another install) does not accept the link", () => {
    const clock = fixedClock(NOW);
    const { name, exp, sig } = parts(new FileLinks("token-of-the-server-0123456789", 900, clock).url("a.pdf"));
    expect(new FileLinks("token-of-the-server-0123456789", 60, clock).verify(name, exp, sig)).toBe(true);
    expect(new FileLinks("another-token-0123456789abcdef", 900, clock).verify(name, exp, sig)).toBe(false);
  });

  it("never puts the token into the link", () => {
    const url = new FileLinks("token-of-the-server-0123456789", 900, fixedClock(NOW)).url("a.pdf");
    expect(url).not.toContain("token-of-the-server");
  });
});
