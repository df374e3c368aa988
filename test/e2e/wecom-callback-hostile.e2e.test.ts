import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { CrmApp } from "../../app/create-app.js";
import { fixedClock } from "../../domain/shared/clock.js";
import type { FakeWecomApi } from "../fake-wecom-api.js";
import { WecomCallbackClient } from "../wecom-callback-client.js";
import { type WecomTestApp, startWecomTestApp } from "../wecom-test-corp.js";

// Issue 13 item 9: nothing from an unauthenticated request is parsed as XML before msg_signature is
// checked; hostile XML is a 400 with one log line (no stack trace); stale timestamps are refused.
const NOW = new Date("2026-11-25T02:00:00Z");

let started: WecomTestApp;
let app: CrmApp;
let fake: FakeWecomApi;
let wecom: WecomCallbackClient;
const clock = fixedClock(NOW);
let msgId = 5000;
let logged: unknown[][] = [];

beforeAll(async () => {
  started = await startWecomTestApp(clock);
  ({ app, fake, wecom } = started);
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await started?.close();
});

/** Captures everything the app writes to the console while `run` is going. */
async function logsOf<T>(run: () => Promise<T>): Promise<T> {
  logged = [];
  for (const level of ["log", "info", "warn", "error"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(args);
    });
  }
  try {
    return await run();
  } finally {
    vi.restoreAllMocks();
  }
}

const nested = (depth: number) => `<xml>${"<a>".repeat(depth)}x${"</a>".repeat(depth)}<Encrypt>abc</Encrypt></xml>`;

describe("WeCom callback against hostile XML and stale timestamps", () => {
  it.each([
    ["<__proto__>", "<xml><__proto__><Encrypt>abc</Encrypt><polluted>1</polluted></__proto__></xml>"],
    ["<constructor>", "<xml><constructor><prototype><polluted>1</polluted></prototype></constructor><Encrypt>abc</Encrypt></xml>"],
    ["5,000 nested tags", nested(5000)],
    ["a DTD", '<!DOCTYPE x [<!ENTITY a "b">]><xml><Encrypt>&a;</Encrypt></xml>'],
  ])("unsigned XML with %s: 400, exactly one log line, no stack trace, nothing recorded", async (_name, body) => {
    const events = await app.db.processedEvent.count();
    const res = await logsOf(() => wecom.postUnsigned(body));
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/\bat .+:\d+:\d+/);
    expect(logged).toHaveLength(1);
    const line = logged[0]!.map((x) => (x instanceof Error ? String(x.stack) : typeof x === "string" ? x : JSON.stringify(x))).join(" ");
    expect(line).not.toMatch(/\n\s+at /);
    expect(await app.db.processedEvent.count()).toBe(events);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a correctly signed envelope whose decrypted message carries prototype keys or deep nesting is a 400, not a 500", async () => {
    for (const inner of [
      `<xml><__proto__><MsgType>text</MsgType></__proto__><FromUserName>lilei</FromUserName></xml>`,
      `<xml><constructor>x</constructor><MsgType>text</MsgType></xml>`,
      `<xml>${"<a>".repeat(5000)}x${"</a>".repeat(5000)}</xml>`,
    ]) {
      const res = await logsOf(() => wecom.post(inner));
      expect(res.status).toBe(400);
      expect(logged).toHaveLength(1);
    }
  });

  it("refuses a signed POST and a signed URL check stamped in 2001, and ones stamped far ahead", async () => {
    const events = await app.db.processedEvent.count();
    const text = (id: number) => wecom.text("lilei", "帮助", String(id));
    expect((await wecom.post(text(++msgId), { timestamp: "1000000000" })).status).toBe(401);
    expect((await wecom.verifyUrl("echo-2001", { timestamp: "1000000000" })).status).toBe(401);
    const ahead = String(Math.floor(clock.now().getTime() / 1000) + 30 * 60);
    expect((await wecom.post(text(++msgId), { timestamp: ahead })).status).toBe(401);
    expect((await wecom.verifyUrl("echo-ahead", { timestamp: ahead })).status).toBe(401);
    expect(await app.db.processedEvent.count()).toBe(events);
    // Stamped now (or a little while ago, as a WeCom retry is): accepted.
    expect((await wecom.post(text(++msgId))).status).toBe(200);
    const retry = String(Math.floor(clock.now().getTime() / 1000) - 60);
    expect((await wecom.post(text(++msgId), { timestamp: retry })).status).toBe(200);
    expect(await wecom.verifyUrl("echo-now")).toEqual({ status: 200, text: "echo-now" });
  });

  it("a hostile query (duplicate or oversized parameters) is refused without a 500", async () => {
    const base = (wecom as unknown as { baseUrl: string }).baseUrl;
    const res = await logsOf(() =>
      fetch(`${base}/wecom/callback?msg_signature=a&msg_signature=b&timestamp=1&nonce=${"x".repeat(5000)}`, { method: "POST", body: "<xml/>" }),
    );
    expect(res.status).toBe(401);
    expect(logged.length).toBeLessThanOrEqual(1);
  });
});
