import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OutboxStore } from "../../domain/outbox/outbox-store.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import type { ChannelSender, DeliveryTarget } from "../delivery/channel-sender.js";
import { enqueueOutbound } from "../delivery/outbox.js";
import { OutboxWorker } from "../delivery/outbox-worker.js";
import { FileStore } from "../documents/file-store.js";
import type { Reply } from "../types.js";
import { chartDrawer } from "./draw-chart.js";
import { pngSize } from "./render-chart.js";

class RecordingPlatform implements ChannelSender {
  readonly platform = "fake";
  readonly capabilities = { updateInPlace: false };
  sent: Reply[] = [];
  async send(_target: DeliveryTarget, reply: Reply) {
    this.sent.push(reply);
    return {};
  }
}

describe("charts queued in the outbox are drawn by the worker when sent", () => {
  let t: TestDb;
  let dir: string;
  let platform: RecordingPlatform;
  let worker: OutboxWorker;
  const warnings: string[] = [];
  const clock = fixedClock(new Date("2026-11-25T02:00:00Z"));
  const queue = (reply: Reply) => enqueueOutbound(t.db, { platform: "fake", target: { conversationId: "room", kind: "group" }, reply }, clock.now());

  beforeEach(async () => {
    t = await createTestDb();
    dir = mkdtempSync(path.join(os.tmpdir(), "crm-draw-"));
    platform = new RecordingPlatform();
    const logger = { warn: (message: string) => warnings.push(message) };
    worker = new OutboxWorker(new OutboxStore(t.db, clock), new Map([["fake", platform]]), clock, { logger, prepare: chartDrawer(new FileStore(dir), logger) });
  });
  afterEach(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a chart reply arrives as a PNG attachment; a chart that cannot be stored sends nothing and the next message still goes", async () => {
    await queue({ text: "digest" });
    await queue({
      chart: { name: "digest", option: { xAxis: { type: "category", data: ["线索", "赢单"] }, yAxis: {}, series: [{ type: "bar", data: [3, 1] }] } },
    });
    expect(await worker.drain()).toBe(2);
    expect(platform.sent.map((r) => r.text ?? r.attachment?.mimeType)).toEqual(["digest", "image/png"]);
    const picture = platform.sent[1]!.attachment!;
    expect(picture.fileName).toMatch(/^digest.*\.png$/);
    expect(pngSize(readFileSync(picture.path))).toEqual({ width: 800, height: 480 });
    expect(platform.sent[1]!.chart).toBeUndefined();
    // The files directory is gone (a full or unmounted disk): the chart is dropped, not the chat's queue.
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(dir, "not a directory");
    await queue({ chart: { name: "digest", option: { xAxis: { type: "category", data: ["x"] }, yAxis: {}, series: [{ type: "bar", data: [1] }] } } });
    await queue({ text: "after" });
    expect(await worker.drain()).toBe(2);
    expect(platform.sent.map((r) => r.text ?? r.attachment?.mimeType)).toEqual(["digest", "image/png", "after"]);
    expect(warnings).toContain("chart: could not draw");
  });
});
