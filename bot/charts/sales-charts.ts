import type { EChartsOption } from "echarts";
import { stageName } from "../../cards/labels.js";
import type { Locale } from "../types.js";

const BLUE = "#5470c6";
const GREEN = "#91cc75";
const GREY = "#c8c8c8";
const RED = "#ee6666";

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
    legend: { top: 38, data: names },
    grid: { left: 80, right: 30, top: 90, bottom: 60 },
    xAxis: { type: "category", data: lines.map((l) => l.name), axisLabel: { interval: 0, rotate: lines.length > 6 ? 30 : 0 } },
    yAxis: { type: "value", name: currency },
    series: [
      { name: names[0]!, type: "bar", data: lines.map((l) => major(l.weighted)), itemStyle: { color: BLUE } },
      { name: names[1]!, type: "bar", data: lines.map((l) => major(l.bestCase)), itemStyle: { color: GREY } },
      { name: names[2]!, type: "bar", data: lines.map((l) => major(l.won)), itemStyle: { color: GREEN } },
    ],
  };
}

/** Per rep or team: the target, what is won and what the weighted pipeline adds, in the targets' currency. */
export function targetChart(
  title: string,
  lines: readonly { name: string; targetMinor: number; wonMinor: number; weightedMinor: number }[],
  currency: string,
  locale: Locale,
): EChartsOption {
  const zh = locale === "zh";
  const names = zh ? ["已赢", "加权管道", "目标"] : ["Won", "Weighted pipeline", "Target"];
  const major = (minor: number) => Math.round(minor / 100);
  const labels = lines.map((l) => l.name);
  return {
    title: { text: title, left: "center" },
    legend: { top: 38, data: names },
    grid: { left: 110, right: 40, top: 80, bottom: 40 },
    xAxis: { type: "value", name: currency },
    yAxis: { type: "category", inverse: true, data: labels },
    series: [
      { name: names[0]!, type: "bar", stack: "reach", data: lines.map((l) => major(l.wonMinor)), itemStyle: { color: GREEN } },
      { name: names[1]!, type: "bar", stack: "reach", data: lines.map((l) => major(l.weightedMinor)), itemStyle: { color: BLUE, opacity: 0.55 } },
      {
        name: names[2]!,
        type: "scatter",
        symbol: "rect",
        symbolSize: [4, 28],
        data: lines.map((l, i) => [major(l.targetMinor), labels[i]!]),
        itemStyle: { color: RED },
      },
    ],
  };
}

/** Month by month: the amount won (bars, one currency) and the deals won (line). */
export function trendChart(
  title: string,
  months: readonly { label: string; wonMinor: number; won: number }[],
  currency: string,
  locale: Locale,
): EChartsOption {
  const zh = locale === "zh";
  const names = zh ? [`赢单金额（${currency}）`, "赢单数"] : [`Won (${currency})`, "Deals won"];
  return {
    title: { text: title, left: "center" },
    legend: { top: 38, data: names },
    grid: { left: 80, right: 60, top: 90, bottom: 40 },
    xAxis: { type: "category", data: months.map((m) => m.label) },
    yAxis: [
      { type: "value", name: currency },
      { type: "value", name: zh ? "单" : "deals", minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      { name: names[0]!, type: "bar", data: months.map((m) => Math.round(m.wonMinor / 100)), itemStyle: { color: GREEN } },
      { name: names[1]!, type: "line", yAxisIndex: 1, data: months.map((m) => m.won), itemStyle: { color: BLUE } },
    ],
  };
}

/** Receivables by age (账龄): not due yet, then overdue 1–30, 31–60, 61–90 and over 90 days. */
export function agingChart(title: string, agingMinor: readonly bigint[], currency: string, locale: Locale): EChartsOption {
  const labels = locale === "zh" ? ["未到期", "逾期1–30天", "31–60天", "61–90天", "90天以上"] : ["Not due", "1–30 days late", "31–60", "61–90", "Over 90"];
  const colors = [GREEN, "#fac858", "#ee6666", "#c23531", "#7a1c1c"];
  return {
    title: { text: title, left: "center" },
    grid: { left: 80, right: 30, top: 60, bottom: 40 },
    xAxis: { type: "category", data: labels },
    yAxis: { type: "value", name: currency },
    series: [
      {
        type: "bar",
        // Labels written out here (thousands separated): the option stays plain data, no formatter functions.
        data: agingMinor.map((minor, i) => {
          const value = Number(minor / 100n);
          return { value, itemStyle: { color: colors[i] }, label: { show: true, position: "top", formatter: value.toLocaleString("en-US") } };
        }),
      },
    ],
  };
}

/** The open pipeline by stage (deals), and on the weekly summary the week's leaderboard (deals won) beside it. */
export function pipelineChart(
  title: string,
  stages: readonly { nameZh: string; nameEn: string; count: number }[],
  reps: readonly { name: string; won: number }[] | undefined,
  locale: Locale,
): EChartsOption {
  if (reps)
    return funnelChart(
      title,
      stages.map((s) => ({ ...s, reached: s.count })),
      reps,
      locale,
    );
  const zh = locale === "zh";
  return {
    title: { text: title, left: "center" },
    grid: { left: 110, right: 40, top: 60, bottom: 40 },
    xAxis: { type: "value", minInterval: 1, name: zh ? "商机数" : "deals" },
    yAxis: { type: "category", inverse: true, data: stages.map((s) => stageName(s, locale)) },
    series: [{ type: "bar", data: stages.map((s) => s.count), itemStyle: { color: BLUE }, label: { show: true, position: "right" } }],
  };
}

/** Per campaign: what it cost against the revenue its leads' won deals brought (one currency). */
export function campaignChart(
  title: string,
  campaigns: readonly { name: string; costMinor: number; wonMinor: number; currency: string }[],
  currency: string,
  locale: Locale,
): EChartsOption {
  const zh = locale === "zh";
  const names = zh ? ["费用", "赢单收入"] : ["Cost", "Won revenue"];
  const shown = campaigns.filter((c) => c.currency === currency);
  return {
    title: { text: title, left: "center" },
    legend: { top: 38, data: names },
    grid: { left: 80, right: 30, top: 90, bottom: 40 },
    xAxis: { type: "category", data: shown.map((c) => c.name), axisLabel: { interval: 0, rotate: shown.length > 5 ? 30 : 0 } },
    yAxis: { type: "value", name: currency },
    series: [
      { name: names[0]!, type: "bar", data: shown.map((c) => Math.round(c.costMinor / 100)), itemStyle: { color: GREY } },
      { name: names[1]!, type: "bar", data: shown.map((c) => Math.round(c.wonMinor / 100)), itemStyle: { color: GREEN } },
    ],
  };
}
