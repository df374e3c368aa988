import { SocketModeReceiver } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCrmApp, type CrmApp } from "../../app/create-app.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";

// Socket Mode needs Slack's WebSocket gateway, which is not reachable offline: this checks the wiring only.
let t: TestDb;
let app: CrmApp;

beforeAll(async () => {
  t = await createTestDb();
  app = await createCrmApp({
    databaseUrl: `file:${t.file}`,
    migrate: false,
    outboxPollMs: 0,
    env: { SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: "secret", SLACK_APP_TOKEN: "xapp-1-test" },
  });
});

afterAll(async () => {
  await app.close();
  await t.close();
});

describe("Slack Socket Mode", () => {
  it("uses Bolt's SocketModeReceiver and mounts no HTTP route when SLACK_APP_TOKEN is set", () => {
    const slack = app.adapters.find((a) => a.platform === "slack") as (typeof app.adapters)[number] & { app: { receiver: unknown } };
    expect(slack).toBeDefined();
    expect(slack.routes).toBeUndefined();
    expect((slack.app as unknown as { receiver: unknown }).receiver).toBeInstanceOf(SocketModeReceiver);
  });

  it("has no Slack adapter at all without a bot token", async () => {
    const t2 = await createTestDb();
    const plain = await createCrmApp({ databaseUrl: `file:${t2.file}`, migrate: false, outboxPollMs: 0, env: {} });
    expect(plain.adapters.filter((a) => a.platform === "slack")).toHaveLength(0);
    await plain.close();
    await t2.close();
  });
});
