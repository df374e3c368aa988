import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";
import { chartFontFor } from "./chart-font.js";

export interface ChartSize {
  width: number;
  height: number;
}

/** The one font the charts use: Noto Sans SC (bundled), so Chinese labels render on a machine without CJK fonts. */
const FONT_FAMILY = "Noto Sans SC";

/** An ECharts option as SVG from ECharts' server-side renderer. No animation; a white background. */
export function chartSvg(option: echarts.EChartsOption, size: ChartSize = { width: 800, height: 480 }): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, backgroundColor: "#ffffff", textStyle: { fontFamily: FONT_FAMILY }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** An SVG drawn to PNG by resvg with the one font file given (no system fonts are read). */
export function svgToPng(svg: string, fontFile: string): Buffer {
  const resvg = new Resvg(svg, { font: { fontFiles: [fontFile], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY }, fitTo: { mode: "original" } });
  return resvg.render().asPng();
}

/**
 * An ECharts option rendered on the server: SVG, then PNG with the bundled CJK font cut to the
 * chart's characters, so Chinese labels render on a machine without CJK fonts.
 */
export async function renderChartPng(option: echarts.EChartsOption, size?: ChartSize): Promise<Buffer> {
  const svg = chartSvg(option, size);
  return svgToPng(svg, await chartFontFor(svg));
}

/** Width and height from a PNG's IHDR chunk (what a test or a sender can check without decoding). */
export function pngSize(png: Buffer): ChartSize | null {
  if (png.length < 24 || png.toString("latin1", 1, 4) !== "PNG" || png.toString("latin1", 12, 16) !== "IHDR") return null;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
