import { SocketModeReceiver } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CrmApp } from "../../app/create-app.js";
import { type FakeSlack, startFakeSlack } from "../../test/fake-slack.js";
import { type FakeSocketGateway, startFakeSocketGateway } from "../../test/fake-socket-gateway.js";
import { startTestApp, type TestApp } from "../../test/test-app.js";

// Bolt's real SocketModeReceiver, connected to a local stand-in of Slack's WebSocket gateway.
let started: TestApp;
let app: CrmApp;
let fake: FakeSlack;
let gateway: FakeSocketGateway;

beforeAll(async () => {
  fake = await startFakeSlack();
  gateway = await startFakeSocketGateway();
  fake.setSocketUrl(gateway.url);
  started = await startTestApp({
    outboxPollMs: 0,
    env: { SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: "secret", SLACK_APP_TOKEN: "xapp-1-test", SLACK_API_URL: fake.apiUrl },
  });
  app = started.app;
  await app.start();
  await gateway.connected;
});

afterAll(async () => {
  await started.close();
  await gateway.close();
  await fake.close();
});

const dmEnvelope = (eventId: string, text: string) => ({
  type: "event_callback",
  team_id: "T1",
  event_id: eventId,
  event: { type: "message", channel_type: "im", channel: "D1", user: "U1", text, ts: "1700000000.000100" },
});

describe("Slack Socket Mode", () => {
  it("uses Bolt's SocketModeReceiver (acking after the inbox), asks apps.connections.open with the app token, mounts no HTTP route", () => {
    const slack = app.adapters.find((a) => a.platform === "slack") as (typeof app.adapters)[number] & { app: unknown };
    expect(slack.routes).toBeUndefined();
    expect((slack.app as { receiver: unknown }).receiver).toBeInstanceOf(SocketModeReceiver);
    expect(fake.callsOf("apps.connections.open")[0]?.token).toBe("xapp-1-test");
  });

  it("logs a DM delivered over the socket, acks it, and ignores the redelivery", async () => {
    await gateway.deliver("events_api", dmEnvelope("EvS1", "company add Acme Corp"));
    const ack = await gateway.deliver("events_api", dmEnvelope("EvS2", "log called Acme Corp about the renewal"));
    expect(ack.envelope_id).toBeDefined();
    // Acknowledged only once the event is on disk (Bolt alone acks Events API envelopes before its listeners).
    expect(await app.db.processedEvent.count({ where: { platform: "slack", eventId: "event:EvS2" } })).toBe(1);
    await gateway.deliver("events_api", dmEnvelope("EvS2", "log called Acme Corp about the renewal"), 1);
    await app.inbox.idle();
    await app.outbox.drain();
    expect(await app.db.activity.count()).toBe(1);
    const replies = fake.callsOf("chat.postMessage").map((c) => String(c.body.text));
    expect(replies.filter((r) => r.includes("Logged a call with Acme Corp"))).toHaveLength(1);
  });

  it("has no Slack adapter at all without a bot token", async () => {
    const plain = await startTestApp({ outboxPollMs: 0, env: {} });
    expect(plain.app.adapters.filter((a) => a.platform === "slack")).toHaveLength(0);
    await plain.close();
  });
});
