import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, createHarnessWithCompanies, type Harness, LI } from "../../test/bot-harness.js";
import { FileStore } from "../documents/file-store.js";
import type { BotResponse } from "../types.js";
import { pngSize, renderChartPng } from "./render-chart.js";

describe("charts rendered on the server", () => {
  it("an ECharts option becomes a PNG of the asked size, Chinese labels drawn with the bundled font", () => {
    const withChinese = renderChartPng(
      { xAxis: { type: "category", data: ["线索", "需求确认", "赢单"] }, yAxis: {}, series: [{ type: "bar", data: [9, 5, 2] }] },
      { width: 640, height: 360 },
    );
    expect(pngSize(withChinese)).toEqual({ width: 640, height: 360 });
    // The same chart with the labels left out is a different picture: the glyphs were drawn, not dropped.
    const without = renderChartPng(
      { xAxis: { type: "category", data: ["", "", ""] }, yAxis: {}, series: [{ type: "bar", data: [9, 5, 2] }] },
      { width: 640, height: 360 },
    );
    expect(withChinese.equals(without)).toBe(false);
    expect(pngSize(Buffer.from("not a png"))).toBeNull();
  });
});

describe("report and forecast with a chart", () => {
  let h: Harness;
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "crm-charts-"));
    h = await createHarnessWithCompanies(undefined, { files: new FileStore(dir) });
    await h.say(LI, "商机 新建 华为 50万 赢单");
    await h.say(AMY, "deal new Acme Corp 30k proposal");
    await h.say(AMY, "deal 2 close date Dec 20");
  });
  afterEach(async () => {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const chartOf = (reply: BotResponse) => reply.replies.find((r) => r.attachment?.mimeType === "image/png")?.attachment;

  it("the report and the forecast each come with a PNG chart next to their text", async () => {
    for (const text of ["report this month all", "forecast this month all"]) {
      const reply = await h.say(BOSS, text);
      expect(reply.replies.some((r) => r.card)).toBe(true);
      const chart = chartOf(reply);
      expect(chart, text).toBeDefined();
      expect(pngSize(readFileSync(chart!.path))).toEqual({ width: 800, height: 480 });
    }
  });
});
