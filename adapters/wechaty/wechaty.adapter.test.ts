import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PuppetMock, mock } from "wechaty-puppet-mock";
import type { CrmApp } from "../../app/create-app.js";
import { startTestApp, type TestApp } from "../../test/test-app.js";
import { createWechatyAdapter, type WechatyAdapter } from "./wechaty.adapter.js";
import { until } from "../../test/wechaty-mock.harness.js";

let started: TestApp;
let app: CrmApp;
let adapter: WechatyAdapter;
const mocker = new mock.Mocker();
const self = mocker.createContact({ name: "CRM bot" });

const quiet = { info: () => {}, warn: () => {}, error: (m: string, e: unknown) => console.error(m, e) };

beforeAll(async () => {
  // No WECHATY_PUPPET: the app itself has no Wechaty channel, the adapter below is built by hand.
  started = await startTestApp({ env: {}, outboxPollMs: 0 });
  app = started.app;
  adapter = createWechatyAdapter({ puppet: new PuppetMock({ mocker }) }, { ...app.adapterDeps, logger: quiet });
  await adapter.start();
  mocker.login(self);
  await until(() => adapter.wechaty.isLoggedIn, "login");
});

afterAll(async () => {
  await adapter?.stop();
  await started?.close();
});

describe("WechatyAdapter with an injected puppet", () => {
  it("is not enabled without WECHATY_PUPPET", () => {
    expect(app.adapters).toHaveLength(0);
  });

  it("records a direct message in the inbox and queues the reply for the wechaty channel", async () => {
    const amy = mocker.createContact({ name: "Amy" });
    const seen = new Promise<string>((resolve) => adapter.wechaty.once("message", (m) => resolve(m.id)));
    amy.say("company add Globex").to(self);
    const id = await seen;
    await adapter.idle();
    await app.inbox.idle();
    const event = await app.db.processedEvent.findUniqueOrThrow({ where: { platform_eventId: { platform: "wechaty", eventId: id } } });
    expect(event.status).toBe("processed");
    expect(await app.db.company.count({ where: { name: "Globex" } })).toBe(1);
    const queued = await app.db.outboxMessage.findFirstOrThrow({ where: { platform: "wechaty" } });
    expect(JSON.parse(queued.payload).target).toEqual({
      conversationId: amy.id,
      kind: "direct",
      platformUserId: amy.id,
      answerPart: { index: 0, of: 1, answer: `wechaty:${id}` },
    });
  });
});
