import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../domain/shared/clock.js";
import { FakeWecomApi } from "../../test/fake-wecom-api.js";
import { WecomApiClient } from "./wecom-api.client.js";
import { WecomSender } from "./wecom.sender.js";

// Issue 13 item 2, WeCom side: a card click's ResponseCode comes from the (signed, encrypted)
// payload. It travels only in the JSON body of update_template_card: whatever it contains, the bot
// posts to the configured API host and the fixed path.
const corp = { corpId: "wwsender000000001", secret: "s3cret", robotKey: "rk" };
const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
let fake: FakeWecomApi;
let apiBase: string;
const requested: string[] = [];

beforeAll(async () => {
  fake = new FakeWecomApi(corp);
  apiBase = await fake.start();
});
afterAll(async () => fake.stop());

describe("WeCom ResponseCode from a payload", () => {
  it.each([
    "../../cgi-bin/user/delete?userid=boss",
    "https://evil.example/x",
    "@evil.example",
    "%2e%2e%2fcgi-bin%2fuser%2fdelete",
    "code\r\nHost: evil.example",
  ])("%j never changes the host or path posted to", async (responseCode) => {
    requested.length = 0;
    const api = new WecomApiClient({
      apiBase,
      corpId: corp.corpId,
      secret: corp.secret,
      clock,
      fetch: (url, init) => {
        requested.push(url);
        return fetch(url, init);
      },
    });
    const sender = new WecomSender(api, { agentId: 42, apiBase, cardUrl: "https://crm.example.com/" }, clock);
    const target = { conversationId: "zhang", kind: "direct" as const, platformUserId: "zhang", replyContext: { responseCode, taskId: "task-1" } };
    await sender.send(target, { text: "已处理", updatesSource: true }).catch(() => undefined);
    expect(requested.length).toBeGreaterThan(0);
    for (const url of requested) {
      const parsed = new URL(url);
      expect(parsed.origin).toBe(new URL(apiBase).origin);
      expect(["/cgi-bin/gettoken", "/cgi-bin/message/update_template_card", "/cgi-bin/message/send"]).toContain(parsed.pathname);
      expect([...parsed.searchParams.keys()].every((k) => ["access_token", "corpid", "corpsecret"].includes(k))).toBe(true);
    }
    const update = fake.calls.filter((c) => c.api === "message/update_template_card").at(-1);
    expect(update?.body.response_code).toBe(responseCode);
  });
});
