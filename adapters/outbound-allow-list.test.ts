import { describe, expect, it } from "vitest";
import { OutboundAllowList, allowedUrl, originOf, redactedUrl } from "./outbound-allow-list.js";

const DINGTALK = ["https://oapi.dingtalk.com", "https://api.dingtalk.com"].map((b) => originOf(b) as string);
const FAKE = ["http://127.0.0.1:4100"];

describe("outbound allow-list", () => {
  it.each([
    // What DingTalk actually sends.
    ["https://oapi.dingtalk.com/robot/sendBySession?session=abc", DINGTALK, "https://oapi.dingtalk.com/robot/sendBySession?session=abc"],
    ["https://api.dingtalk.com/v1.0/x", DINGTALK, "https://api.dingtalk.com/v1.0/x"],
    // The default port and letter case are the same origin.
    ["https://oapi.dingtalk.com:443/robot/sendBySession", DINGTALK, "https://oapi.dingtalk.com/robot/sendBySession"],
    ["HTTPS://OAPI.DingTalk.COM/robot/sendBySession", DINGTALK, "https://oapi.dingtalk.com/robot/sendBySession"],
    // The tests' fake: its exact http origin only.
    ["http://127.0.0.1:4100/session/m1", FAKE, "http://127.0.0.1:4100/session/m1"],
  ])("allows %s", (url, origins, expected) => {
    expect(allowedUrl(url, origins)).toBe(expected);
  });

  it.each([
    ["https://evil.example/robot/sendBySession", DINGTALK, "another host"],
    ["http://oapi.dingtalk.com/robot/sendBySession", DINGTALK, "http downgrade"],
    ["https://oapi.dingtalk.com:8443/robot/sendBySession", DINGTALK, "another port"],
    ["https://oapi.dingtalk.com@evil.example/robot/sendBySession", DINGTALK, "userinfo trick (host is evil.example)"],
    ["https://user:pass@oapi.dingtalk.com/robot/sendBySession", DINGTALK, "userinfo on the right host"],
    ["https://oapi.dingtalk.com./robot/sendBySession", DINGTALK, "trailing dot"],
    ["https://oapi.dingtalk.com.evil.example/robot", DINGTALK, "suffix host"],
    ["https://evil-oapi.dingtalk.com/robot", DINGTALK, "sibling host"],
    ["https://dingtalk.com/robot", DINGTALK, "parent domain"],
    ["https://127.0.0.1/robot", DINGTALK, "IP literal"],
    ["https://[::1]/robot", DINGTALK, "IPv6 literal"],
    ["https://2130706433/robot", DINGTALK, "decimal IP literal"],
    ["http://127.0.0.1:4101/session/m1", FAKE, "the fake's host on another port"],
    ["https://127.0.0.1:4100/session/m1", FAKE, "the fake's port with another scheme"],
    ["http://localhost:4100/session/m1", FAKE, "another name for the fake's host"],
    ["file:///etc/passwd", DINGTALK, "file URL"],
    ["javascript:alert(1)", DINGTALK, "javascript URL"],
    ["//oapi.dingtalk.com/robot", DINGTALK, "scheme-relative"],
    ["/robot/sendBySession", DINGTALK, "relative"],
    ["", DINGTALK, "empty"],
  ])("refuses %s (%s)", (url, origins) => {
    expect(allowedUrl(url, origins)).toBeUndefined();
  });

  it("derives origins from configured bases, ignoring paths and refusing bases with credentials", () => {
    expect(originOf("https://api.dingtalk.com/")).toBe("https://api.dingtalk.com");
    expect(originOf("http://127.0.0.1:4100/api/")).toBe("http://127.0.0.1:4100");
    expect(originOf("https://u:p@api.dingtalk.com")).toBeUndefined();
    expect(originOf("ftp://api.dingtalk.com")).toBeUndefined();
  });

  it("logs a refusal once, without the URL's query (which carries the session token)", () => {
    const lines: string[] = [];
    const list = new OutboundAllowList("dingtalk", ["https://oapi.dingtalk.com"], { warn: (m) => lines.push(m) });
    expect(list.check("https://evil.example/hook?session=SECRET#frag", "sessionWebhook")).toBeUndefined();
    expect(list.check("https://evil.example/hook?session=SECRET2", "sessionWebhook")).toBeUndefined();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("https://evil.example/hook");
    expect(lines[0]).not.toContain("SECRET");
    expect(list.check("https://oapi.dingtalk.com/robot/sendBySession?session=x", "sessionWebhook")).toBe(
      "https://oapi.dingtalk.com/robot/sendBySession?session=x",
    );
    expect(redactedUrl("not a url")).toBe("(not a URL)");
  });
});
