import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { fixedClock } from "../shared/clock.js";
import { ReplyStreams } from "./reply-streams.js";

let t: TestDb;
let streams: ReplyStreams;
const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
const part = (index: number, of: number) => ({ part: index, of, content: `p${index}` });

beforeEach(async () => {
  t = await createTestDb();
  streams = new ReplyStreams(t.db, clock);
  await streams.open("s1", "wecom-bot", "https://example/resp", 3_600_000);
});
afterEach(() => t.close());

describe("reply streams", () => {
  it("an open stream is complete when every part is in, and nobody is handed late parts", async () => {
    expect(await streams.add("s1", part(0, 2))).toEqual({ closed: false, late: null });
    expect(await streams.add("s1", part(1, 2))).toEqual({ closed: false, late: null });
    expect((await streams.read("s1"))?.complete).toBe(true);
  });

  it("a part added between the closing poll's read and its close is handed over by the close, once", async () => {
    const seen = await streams.read("s1"); // the poll read: nothing yet
    expect(await streams.add("s1", part(0, 1))).toEqual({ closed: false, late: null });
    const late = await streams.close("s1", seen!.parts.length);
    expect(late?.map((p) => p.content)).toEqual(["p0"]);
    expect(await streams.add("s1", part(0, 1))).toEqual({ closed: true, late: null }); // a retried delivery
  });

  it("after closing, the last part hands over the parts not shown; release gives them back after a failed send", async () => {
    await streams.add("s1", part(0, 3));
    expect(await streams.close("s1", 1)).toBeNull();
    expect(await streams.add("s1", part(1, 3))).toEqual({ closed: true, late: null });
    const last = await streams.add("s1", part(2, 3));
    expect(last !== "unknown" && last.late?.map((p) => p.content)).toEqual(["p1", "p2"]);
    await streams.release("s1", last !== "unknown" ? last.late! : []);
    const again = await streams.add("s1", part(2, 3));
    expect(again !== "unknown" && again.late?.map((p) => p.content)).toEqual(["p1", "p2"]);
  });
});
