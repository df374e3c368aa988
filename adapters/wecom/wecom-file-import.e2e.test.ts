import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../domain/shared/clock.js";
import type { RecordedCall } from "../../test/fake-wecom-api.js";
import { workbook } from "../../test/import-fixture.js";
import { type WecomTestApp, startWecomTestApp } from "../../test/wecom-test-corp.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");
const clock = fixedClock(NOW);
let w: WecomTestApp;
let msgId = 5000;

const settle = async () => {
  await w.app.inbox.idle();
  await w.app.outbox.drain();
};
const textsTo = (calls: RecordedCall[], user: string) =>
  calls
    .filter((c) => c.api === "message/send" && c.body.touser === user)
    .map((c) => JSON.stringify(c.body))
    .join("\n");
const storedImports = () => readdirSync(w.app.files.dir).filter((f) => f.startsWith("import-"));

beforeAll(async () => {
  w = await startWecomTestApp(clock);
  await w.wecom.post(w.wecom.text("wangjl", "help", String(++msgId)));
  await settle();
});
afterAll(async () => w?.close());

describe("a spreadsheet sent to the WeCom app as a file", () => {
  it("is fetched with media/get and previewed; a redelivery neither fetches nor previews it again", async () => {
    w.fake.incoming.set("MEDIA-1", {
      fileName: "customers.xlsx",
      bytes: await workbook([
        ["Company", "Contact", "Email"],
        ["Initech", "Bill", "bill@initech.com"],
        ["Globex", "Hank", "hank@globex.com"],
      ]),
    });
    const from = w.fake.calls.length;
    const id = String(++msgId);
    const xml = w.wecom.file("wangjl", "MEDIA-1", id, "customers.xlsx");
    expect((await w.wecom.post(xml)).status).toBe(200);
    await settle();
    const text = textsTo(w.fake.calls.slice(from), "wangjl");
    expect(text).toContain("2 rows: 2 new customers");
    expect(w.fake.calls.filter((c) => c.api === "media/get" && c.query.media_id === "MEDIA-1")).toHaveLength(1);
    expect(await w.app.db.company.count({ where: { name: { in: ["Initech", "Globex"] } } })).toBe(0);

    const files = storedImports().length;
    const again = w.fake.calls.length;
    expect((await w.wecom.post(xml)).status).toBe(200);
    await settle();
    expect(w.fake.calls.slice(again).filter((c) => c.api === "media/get" || c.api === "message/send")).toEqual([]);
    expect(storedImports()).toHaveLength(files);
    expect(await w.app.db.importJob.count()).toBe(1);
  });

  it("takes the name from Content-Disposition when the message has none", async () => {
    w.fake.incoming.set("MEDIA-2", { fileName: "名单.csv", bytes: Buffer.from("Company,Contact\nHooli,Gavin\n") });
    const from = w.fake.calls.length;
    await w.wecom.post(w.wecom.file("wangjl", "MEDIA-2", String(++msgId)));
    await settle();
    expect(textsTo(w.fake.calls.slice(from), "wangjl")).toContain("名单.csv");
    expect(textsTo(w.fake.calls.slice(from), "wangjl")).toContain("1 rows: 1 new customers");
  });

  it("answers a file that is no spreadsheet without downloading it, and asks again when media/get fails", async () => {
    let from = w.fake.calls.length;
    await w.wecom.post(w.wecom.file("wangjl", "MEDIA-PDF", String(++msgId), "quote.pdf"));
    await settle();
    expect(textsTo(w.fake.calls.slice(from), "wangjl")).toContain("Cannot import");
    expect(w.fake.count("media/get")).toBe(2);

    from = w.fake.calls.length;
    await w.wecom.post(w.wecom.file("wangjl", "MEDIA-GONE", String(++msgId), "lost.xlsx"));
    await settle();
    expect(textsTo(w.fake.calls.slice(from), "wangjl")).toContain('Could not fetch \\"lost.xlsx\\"');
  });

  it("refreshes a token WeCom calls expired, once, and still previews", async () => {
    w.fake.incoming.set("MEDIA-3", { fileName: "again.csv", bytes: Buffer.from("Company\nPied Piper\n") });
    w.fake.expireTokens();
    const from = w.fake.calls.length;
    await w.wecom.post(w.wecom.file("wangjl", "MEDIA-3", String(++msgId), "again.csv"));
    await settle();
    const gets = w.fake.calls.slice(from).filter((c) => c.api === "media/get");
    expect(gets.map((c) => c.answer.errcode)).toEqual([42001, 0]);
    expect(textsTo(w.fake.calls.slice(from), "wangjl")).toContain("1 rows: 1 new customers");
  });

  it("answers WeCom within its 5 s when the download is slow, and asks for the file again", async () => {
    w.fake.incoming.set("MEDIA-SLOW", { fileName: "slow.xlsx", bytes: Buffer.from("x"), delayMs: 6_000 });
    const from = w.fake.calls.length;
    const started = Date.now();
    expect((await w.wecom.post(w.wecom.file("wangjl", "MEDIA-SLOW", String(++msgId), "slow.xlsx"))).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000);
    await settle();
    expect(textsTo(w.fake.calls.slice(from), "wangjl")).toContain('Could not fetch \\"slow.xlsx\\"');
  });

  it("a slow access token counts against the same 3.5 s", async () => {
    w.fake.incoming.set("MEDIA-4", { fileName: "token.csv", bytes: Buffer.from("Company\nRaviga\n") });
    w.fake.expireTokens();
    w.fake.gettokenDelayMs = 5_000;
    const from = w.fake.calls.length;
    const started = Date.now();
    expect((await w.wecom.post(w.wecom.file("wangjl", "MEDIA-4", String(++msgId), "token.csv"))).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000);
    w.fake.gettokenDelayMs = 0;
    await settle();
    expect(textsTo(w.fake.calls.slice(from), "wangjl")).toContain('Could not fetch \\"token.csv\\"');
  });

  it("acknowledges a file message of an unknown shape (no MediaId) and does nothing with it", async () => {
    const from = w.fake.calls.length;
    const xml = w.wecom.file("wangjl", "X", String(++msgId), "odd.xlsx").replace(/<MediaId>.*<\/MediaId>/u, "");
    expect((await w.wecom.post(xml)).status).toBe(200);
    await settle();
    expect(w.fake.calls.slice(from)).toEqual([]);
  });

  it("a download over the limit is not kept", async () => {
    w.fake.incoming.set("MEDIA-BIG", { fileName: "big.xlsx", bytes: Buffer.alloc(21 * 1_048_576) });
    const files = storedImports().length;
    const from = w.fake.calls.length;
    await w.wecom.post(w.wecom.file("wangjl", "MEDIA-BIG", String(++msgId), "big.xlsx"));
    await settle();
    expect(textsTo(w.fake.calls.slice(from), "wangjl")).toContain("too large");
    expect(storedImports()).toHaveLength(files);
  });
});
