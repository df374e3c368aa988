import { describe, expect, it } from "vitest";
import { hostnameOfHostHeader, isLoopbackAddress, isLoopbackHostname } from "./loopback.js";

describe("loopback addresses and host names", () => {
  it("knows the loopback interface in every spelling and nothing else", () => {
    for (const ip of ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1"]) expect(isLoopbackAddress(ip), ip).toBe(true);
    for (const ip of ["0.0.0.0", "::", "10.0.0.1", "128.0.0.1", "::ffff:10.0.0.1", "localhost", "", "127.0.0.1.nip.io"])
      expect(isLoopbackAddress(ip), ip).toBe(false);
  });

  it("accepts localhost and loopback literals as host names, not DNS names that resolve there", () => {
    for (const name of ["localhost", "LOCALHOST", "localhost.", "127.0.0.1", "::1"]) expect(isLoopbackHostname(name), name).toBe(true);
    for (const name of ["localhost.evil.example", "127.0.0.1.nip.io", "evil.example", "0.0.0.0"]) expect(isLoopbackHostname(name), name).toBe(false);
  });

  it("reads the host name out of a Host header and rejects malformed ones", () => {
    expect(hostnameOfHostHeader("Example.COM:8080")).toBe("example.com");
    expect(hostnameOfHostHeader("[::1]:3000")).toBe("::1");
    expect(hostnameOfHostHeader("localhost")).toBe("localhost");
    for (const bad of [undefined, "", "evil.example@localhost", "localhost:abc", "a b", "localhost:3000:1", "[::1"])
      expect(hostnameOfHostHeader(bad), String(bad)).toBeUndefined();
  });
});
