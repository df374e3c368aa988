import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dm, type SlackHarness, startSlackHarness } from "../../test/slack-harness.js";

// Issue 13 item 2, Slack side: response_url comes from the payload; the bot posts only to Slack's
// own hooks host (or the configured API host), never to an address the payload chose.
const NOW = new Date("2026-11-25T02:00:00Z");

let h: SlackHarness;
let trap: http.Server;
let trapUrl: string;
const trapped: string[] = [];

beforeAll(async () => {
  trap = http.createServer((req, res) => {
    trapped.push(`${req.method} ${req.url}`);
    res.end("ok");
  });
  await new Promise<void>((resolve) => trap.listen(0, "127.0.0.1", () => resolve()));
  const address = trap.address();
  trapUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  h = await startSlackHarness(NOW);
  h.fake.setUser("U1", { tz: "Europe/Berlin", locale: "en-US", real_name: "Amy Chen" });
  await h.sendEvent(dm("U1", "company add Acme Corp B"));
  await h.settle();
});

afterAll(async () => {
  trap?.close();
  await h?.close();
});

describe("Slack response_url outside the allow-list", () => {
  it.each([
    ["another local port", () => `${trapUrl}/commands/T1/1/steal`],
    ["another host", () => "https://evil.example/commands/T1/1/steal"],
    ["a userinfo trick", () => "https://hooks.slack.com@evil.example/commands/T1/1/steal"],
  ])("a slash command in a channel with a response_url on %s is answered with chat.postMessage instead", async (_name, url) => {
    const before = h.fake.callsOf("chat.postMessage").length;
    const responses = h.fake.callsOf("response_url").length;
    const res = await h.sendCommand({ text: "pipeline", user_id: "U1", channel_id: "C1", channel_name: "sales", response_url: url() });
    expect(res.status).toBe(200);
    await h.settle();
    expect(trapped).toEqual([]);
    expect(h.fake.callsOf("response_url").length).toBe(responses);
    const posts = h.fake.callsOf("chat.postMessage").slice(before);
    expect(posts.some((c) => c.body.channel === "C1" && String(c.body.text).includes("Pipeline"))).toBe(true);
  });

  it("a response_url on the configured Slack host is still used", async () => {
    const responses = h.fake.callsOf("response_url").length;
    await h.sendCommand({ text: "pipeline", user_id: "U1", channel_id: "C1", channel_name: "sales", response_url: `${h.fake.responseBase}/allowed` });
    await h.settle();
    expect(h.fake.callsOf("response_url").length).toBe(responses + 1);
  });
});
