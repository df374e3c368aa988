import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeliveryError } from "../../bot/delivery/channel-sender.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { LocalSendWindow } from "../../domain/shared/send-window.js";
import { FakeWecomApi } from "../../test/fake-wecom-api.js";
import { WecomApiClient } from "./wecom-api.client.js";
import { readWecomConfig } from "./wecom.config.js";
import { WecomSender } from "./wecom.sender.js";

const corp = { corpId: "wwcaps00000000001", secret: "s3cret", robotKey: "rk" };
let fake: FakeWecomApi;
let apiBase: string;

beforeAll(async () => {
  fake = new FakeWecomApi(corp);
  apiBase = await fake.start();
});
afterAll(async () => fake.stop());

describe("WeCom's per-member caps (it drops app messages past 30 a minute / 1,000 an hour without an error)", () => {
  it("sends up to the cap, then leaves the rest to the outbox with the wait, and sends again once the minute has passed", async () => {
    const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
    const api = new WecomApiClient({ apiBase, corpId: corp.corpId, secret: corp.secret, clock });
    const sender = new WecomSender(api, { agentId: 42, apiBase, cardUrl: "https://crm.example.com/" }, clock, undefined, [
      new LocalSendWindow(clock, 3, 60_000),
    ]);
    const to = (user: string) => ({ conversationId: user, kind: "direct" as const, platformUserId: user });
    const sends = () => fake.count("message/send");
    const before = sends();
    for (let i = 0; i < 3; i++) await sender.send(to("zhang"), { text: `alert ${i}` });
    expect(sends()).toBe(before + 3);
    const refused = await sender.send(to("zhang"), { text: "alert 3" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DeliveryError);
    expect((refused as DeliveryError).code).toBe("RATE_LIMITED");
    expect((refused as DeliveryError).retryAfterMs).toBe(60_000);
    expect(sends()).toBe(before + 3); // nothing went out to be dropped
    // Another member has a cap of their own.
    await sender.send(to("li"), { text: "hello" });
    clock.advance(60_001);
    await sender.send(to("zhang"), { text: "alert 3" });
    expect(sends()).toBe(before + 5);
  });

  it("are 30 a minute and 1,000 an hour unless set; 0 turns one off", () => {
    const base = { WECOM_CORP_ID: "ww1", WECOM_AGENT_ID: "1", WECOM_SECRET: "s", WECOM_TOKEN: "t", WECOM_ENCODING_AES_KEY: "a".repeat(43) };
    const caps = (env: Record<string, string>) => {
      const result = readWecomConfig({ ...base, ...env });
      return result.enabled ? result.config.memberCaps : null;
    };
    expect(caps({})).toEqual([
      { limit: 30, windowMs: 60_000 },
      { limit: 1000, windowMs: 3_600_000 },
    ]);
    expect(caps({ WECOM_MEMBER_PER_MINUTE: "0", WECOM_MEMBER_PER_HOUR: "500" })).toEqual([{ limit: 500, windowMs: 3_600_000 }]);
  });
});
