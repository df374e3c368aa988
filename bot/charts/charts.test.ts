import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, createHarnessWithCompanies, type Harness, LI } from "../../test/bot-harness.js";
import { FileStore } from "../documents/file-store.js";
import type { BotResponse } from "../types.js";
import { textOf } from "../../test/bot-harness.js";
import { CJK_FONT_PATH } from "../documents/quote-pdf.js";
import { chartFontFor } from "./chart-font.js";
import { chartSvg, pngSize, renderChartPng, svgToPng } from "./render-chart.js";

describe("charts rendered on the server", () => {
  it("an ECharts option becomes a PNG of the asked size, Chinese labels drawn with the bundled font", async () => {
    const withChinese = await renderChartPng(
      { xAxis: { type: "category", data: ["线索", "需求确认", "赢单"] }, yAxis: {}, series: [{ type: "bar", data: [9, 5, 2] }] },
      { width: 640, height: 360 },
    );
    expect(pngSize(withChinese)).toEqual({ width: 640, height: 360 });
    // The same chart with the labels left out is a different picture: the glyphs were drawn, not dropped.
    const without = await renderChartPng(
      { xAxis: { type: "category", data: ["", "", ""] }, yAxis: {}, series: [{ type: "bar", data: [9, 5, 2] }] },
      { width: 640, height: 360 },
    );
    expect(withChinese.equals(without)).toBe(false);
    expect(pngSize(Buffer.from("not a png"))).toBeNull();
  });

  it("the font cut to a chart's characters draws the same pixels as the whole font", async () => {
    const option = {
      title: { text: "销售漏斗 2026年第4季度 (Q4) — 赵经理、O'Brien & Co." },
      xAxis: { type: "category" as const, data: ["线索", "需求确认", "方案报价", "商务谈判", "赢单"] },
      yAxis: { name: "¥ 万元" },
      series: [{ type: "bar" as const, data: [1200, 800, 450, 200, 90], label: { show: true } }],
    };
    const svg = chartSvg(option, { width: 640, height: 360 });
    const subset = await chartFontFor(svg);
    expect(statSync(subset).size).toBeLessThan(statSync(CJK_FONT_PATH).size / 50);
    expect(svgToPng(svg, subset).equals(svgToPng(svg, CJK_FONT_PATH))).toBe(true);
    // The same characters again reuse the cut; new ones get their own.
    expect(await chartFontFor(svg)).toBe(subset);
    expect(await chartFontFor(chartSvg({ ...option, title: { text: "回款趋势" } }))).not.toBe(subset);
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

  it("the trend lists won deals per month in the base currency and draws them", async () => {
    // Won before: 华为 ¥500,000 today (Nov 2026, beforeEach). Two more months back.
    h.clock.set(new Date("2026-09-10T04:00:00Z"));
    await h.say(LI, "商机 新建 华为 20万 赢单");
    await h.say(AMY, "deal new Acme Corp 10k won");
    h.clock.set(new Date("2026-11-25T02:00:00Z"));
    const before = textOf(await h.say(BOSS, "趋势 3 全部"));
    expect(before).toContain("2026年9月：赢单 2 · ¥200,000");
    expect(before).toContain("2026年10月：赢单 0 · ¥0");
    expect(before).toContain("2026年11月：赢单 1 · ¥500,000");
    expect(before).toMatch(/USD 的金额没有汇率/u);
    await h.say(BOSS, "rate set USD 7");
    const reply = await h.say(BOSS, "趋势 3 全部");
    expect(textOf(reply)).toContain("2026年9月：赢单 2 · ¥270,000");
    expect(pngSize(readFileSync(chartOf(reply)!.path))).toEqual({ width: 800, height: 480 });
    expect(textOf(await h.say(AMY, "trend 30"))).toMatch(/usage/i);
  });

  it("targets and receivables come with their charts", async () => {
    await h.say(BOSS, "target set Amy Chen this quarter 100k");
    await h.say(AMY, "deal new Acme Corp 20k won");
    const targets = await h.say(AMY, "target this quarter");
    expect(textOf(targets)).toContain("won $20,000 of $100,000");
    expect(pngSize(readFileSync(chartOf(targets)!.path))).toEqual({ width: 800, height: 480 });
    const receivables = await h.say(LI, "应收");
    expect(textOf(receivables)).toContain("应收账款");
    expect(pngSize(readFileSync(chartOf(receivables)!.path))).toEqual({ width: 800, height: 480 });
  });
});
