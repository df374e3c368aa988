import type { EChartsOption } from "echarts";
import { stageName } from "../../cards/labels.js";
import type { Locale } from "../types.js";

const BLUE = "#5470c6";
const GREEN = "#91cc75";
const GREY = "#c8c8c8";

/** The period's funnel: how many of its new deals reached each stage, and the leaderboard by deals won. */
export function funnelChart(
  title: string,
  funnel: readonly { nameZh: string; nameEn: string; reached: number }[],
  reps: readonly { name: string; won: number }[],
  locale: Locale,
): EChartsOption {
  const zh = locale === "zh";
  const top = reps.slice(0, 8);
  return {
    title: { text: title, left: "center" },
    grid: [
      { left: 90, right: "55%", top: 70, bottom: 40 },
      { left: "58%", right: 30, top: 70, bottom: 40 },
    ],
    xAxis: [
      { type: "value", gridIndex: 0, minInterval: 1, name: zh ? "商机数" : "deals" },
      { type: "value", gridIndex: 1, minInterval: 1, name: zh ? "赢单" : "won" },
    ],
    yAxis: [
      { type: "category", gridIndex: 0, inverse: true, data: funnel.map((s) => stageName(s, locale)) },
      { type: "category", gridIndex: 1, inverse: true, data: top.map((r) => r.name) },
    ],
    series: [
      { type: "bar", xAxisIndex: 0, yAxisIndex: 0, data: funnel.map((s) => s.reached), itemStyle: { color: BLUE }, label: { show: true, position: "right" } },
      { type: "bar", xAxisIndex: 1, yAxisIndex: 1, data: top.map((r) => r.won), itemStyle: { color: GREEN }, label: { show: true, position: "right" } },
    ],
  };
}

/** Per rep: weighted pipeline, best case and won, in one currency (the chart's axis is money). */
export function forecastChart(
  title: string,
  lines: readonly { name: string; weighted: number; bestCase: number; won: number }[],
  currency: string,
  locale: Locale,
): EChartsOption {
  const zh = locale === "zh";
  const names = zh ? ["加权", "最好", "已赢"] : ["Weighted", "Best case", "Won"];
  const major = (minor: number) => Math.round(minor / 100);
  return {
    title: { text: title, left: "center" },
    legend: { top: 30, data: names },
    grid: { left: 80, right: 30, top: 70, bottom: 60 },
    xAxis: { type: "category", data: lines.map((l) => l.name), axisLabel: { interval: 0, rotate: lines.length > 6 ? 30 : 0 } },
    yAxis: { type: "value", name: currency },
    series: [
      { name: names[0]!, type: "bar", data: lines.map((l) => major(l.weighted)), itemStyle: { color: BLUE } },
      { name: names[1]!, type: "bar", data: lines.map((l) => major(l.bestCase)), itemStyle: { color: GREY } },
      { name: names[2]!, type: "bar", data: lines.map((l) => major(l.won)), itemStyle: { color: GREEN } },
    ],
  };
}
