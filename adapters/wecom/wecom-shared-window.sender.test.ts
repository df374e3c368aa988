import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeliveryError } from "../../bot/delivery/channel-sender.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { openDatabase } from "../../domain/shared/db.js";
import { SharedSendWindow } from "../../domain/shared/send-window.js";
import { FakeWecomApi } from "../../test/fake-wecom-api.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { WecomApiClient } from "./wecom-api.client.js";
import { WecomSender } from "./wecom.sender.js";
import { SharedResponseCodes } from "./wecom-response-codes.js";
import { CallbackSignatureLedger } from "../../domain/delivery/callback-signature-ledger.js";

const corp = { corpId: "wwshared000000001", secret: "s3cret", robotKey: "rk" };
const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
let fake: FakeWecomApi;
let apiBase: string;
let t: TestDb;

beforeAll(async () => {
  fake = new FakeWecomApi(corp);
  apiBase = await fake.start();
  t = await createTestDb();
});
afterAll(async () => {
  await fake.stop();
  await t.close();
});

/** One instance of the app's WeCom sender, on its own database connection, as the adapter builds it. */
async function instance() {
  const db = await openDatabase(t.url);
  const api = new WecomApiClient({ apiBase, corpId: corp.corpId, secret: corp.secret, clock });
  const sender = new WecomSender(
    api,
    { agentId: 42, apiBase, robotWebhook: `${apiBase}/cgi-bin/webhook/send?key=rk`, cardUrl: "https://crm.example.com/" },
    clock,
    new SharedSendWindow(db, clock),
    [],
    new SharedResponseCodes(new CallbackSignatureLedger(db, clock), clock),
  );
  return { sender, close: () => db.$disconnect() };
}

describe("two instances updating one WeCom card", () => {
  it("spend its single-use response code once: the second instance posts the new state instead of trying the spent code", async () => {
    const [a, b] = [await instance(), await instance()];
    const target = { conversationId: "zhang", kind: "direct" as const, platformUserId: "zhang" };
    const ref = JSON.stringify({ responseCode: "code-shared-1", taskId: "task-shared-1", userids: ["zhang"] });
    const card = { title: "Q0001 approved", blocks: [{ type: "text" as const, text: "done" }] };
    const [updatesBefore, sendsBefore] = [fake.count("message/update_template_card"), fake.count("message/send")];
    await a.sender.update(target, ref, { card });
    await b.sender.update(target, ref, { card });
    const updates = fake.calls.filter((c) => c.api === "message/update_template_card").slice(-1);
    expect(fake.count("message/update_template_card") - updatesBefore).toBe(1);
    expect(updates[0]?.body.response_code).toBe("code-shared-1");
    expect(fake.count("message/send") - sendsBefore).toBe(1);
    await a.close();
    await b.close();
  });
});

describe("two instances sending to one WeCom group robot", () => {
  it("share its 20-a-minute window: the 21st message waits (RATE_LIMITED) whichever instance sends it", async () => {
    const [a, b] = [await instance(), await instance()];
    const group = { conversationId: "robot:rk", kind: "group" as const };
    const before = fake.count("webhook/send");
    for (let i = 0; i < 20; i++) await (i % 2 === 0 ? a : b).sender.send(group, { text: `alert ${i}` });
    const refused = await (async () => {
      try {
        await a.sender.send(group, { text: "alert 20" });
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refused).toBeInstanceOf(DeliveryError);
    expect((refused as DeliveryError).code).toBe("RATE_LIMITED");
    expect(fake.count("webhook/send") - before).toBe(20);
    await a.close();
    await b.close();
  });
});
