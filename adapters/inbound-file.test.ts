import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../domain/shared/clock.js";
import { startTestApp, type TestApp } from "../test/test-app.js";
import { type FetchedFile, type PendingFileEvent, fileNameOfDisposition, readCapped, receiveFileEvent, refusedUpFront, storeFetched } from "./inbound-file.js";

const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
let t: TestApp;
const MAX = 1_000;
const files = () => ({ store: t.app.files, maxBytes: MAX });
const stored = () => readdirSync(t.app.files.dir).filter((f) => f.startsWith("import-"));
const pending = (eventId: string): PendingFileEvent => ({
  event: { type: "file", channel: "local", eventId, user: { platformUserId: "amy" }, conversation: { id: "amy", kind: "direct" } },
  target: { conversationId: "amy", kind: "direct", platformUserId: "amy" },
});

beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(async () => t?.close());

describe("a file a person sends, before its event is recorded", () => {
  it("reads the name of a Content-Disposition, RFC 5987 first, without a path", () => {
    expect(fileNameOfDisposition(`attachment; filename*=UTF-8''%E5%AE%A2%E6%88%B7.xlsx; filename="x.xlsx"`)).toBe("客户.xlsx");
    expect(fileNameOfDisposition(`attachment; filename="report.csv"`)).toBe("report.csv");
    expect(fileNameOfDisposition("attachment; filename=../../etc/passwd")).toBe("passwd");
    expect(fileNameOfDisposition("attachment")).toBeUndefined();
    expect(fileNameOfDisposition(null)).toBeUndefined();
  });

  it("refuses up front what is no spreadsheet or too large, and stops reading a body past the limit", async () => {
    expect(refusedUpFront("quote.pdf", 10, MAX)).toEqual({ fileName: "quote.pdf" });
    expect(refusedUpFront("big.xlsx", MAX + 1, MAX)).toEqual({ fileName: "big.xlsx", problem: "too-large" });
    expect(refusedUpFront("ok.csv", MAX, MAX)).toBeUndefined();
    expect(refusedUpFront(undefined, undefined, MAX)).toBeUndefined();
    // No Content-Length: the stream is read until it passes the limit.
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new Uint8Array(400));
        controller.close();
      },
    });
    expect(await readCapped(new Response(chunks), MAX)).toBe("too-large");
    expect(await readCapped(new Response("a,b\n1,2\n"), MAX)).toEqual(Buffer.from("a,b\n1,2\n"));
    const before = stored().length;
    expect(await storeFetched("big.csv", "too-large", files())).toEqual({ fileName: "big.csv", problem: "too-large" });
    expect(await storeFetched("notes.txt", Buffer.from("x"), files())).toEqual({ fileName: "notes.txt" });
    expect(stored()).toHaveLength(before);
  });

  it("records the event once: a redelivery fetches nothing, a racing twin drops its copy, a failed fetch is still recorded", async () => {
    let fetches = 0;
    const fetchFile = async (): Promise<FetchedFile> => {
      fetches += 1;
      // Both racing deliveries are past the "recorded before?" check before either records.
      await new Promise((resolve) => setTimeout(resolve, 20));
      return storeFetched("list.csv", Buffer.from("Company\nHooli\n"), files());
    };
    const before = stored().length;
    const outcomes = await Promise.all([
      receiveFileEvent(t.app.inbox, files(), pending("race-1"), fetchFile),
      receiveFileEvent(t.app.inbox, files(), pending("race-1"), fetchFile),
    ]);
    expect(outcomes.sort()).toEqual(["accepted", "duplicate"]);
    expect(fetches).toBe(2);
    expect(stored()).toHaveLength(before + 1);

    expect(await receiveFileEvent(t.app.inbox, files(), pending("race-1"), fetchFile)).toBe("duplicate");
    expect(fetches).toBe(2);

    const failing = async (): Promise<FetchedFile> => {
      throw new Error("network down");
    };
    expect(await receiveFileEvent(t.app.inbox, files(), pending("fails-1"), failing, "lost.xlsx")).toBe("accepted");
    await t.app.inbox.idle();
    const row = await t.app.db.processedEvent.findFirstOrThrow({ where: { eventId: "fails-1" } });
    expect(JSON.parse(row.payload ?? "{}").event).toMatchObject({ type: "file", fileName: "lost.xlsx", problem: "not-fetched" });
  });
});
