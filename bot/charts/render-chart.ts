import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";
import { CJK_FONT_PATH } from "../documents/quote-pdf.js";

export interface ChartSize {
  width: number;
  height: number;
}

/** The one font the charts use: Noto Sans SC (bundled), so Chinese labels render on a machine without CJK fonts. */
const FONT_FAMILY = "Noto Sans SC";

/**
 * An ECharts option rendered on the server: SVG from ECharts' SSR renderer, then PNG with resvg
 * and the bundled CJK font (no system fonts are read). No animation; a white background.
 */
export function renderChartPng(option: echarts.EChartsOption, size: ChartSize = { width: 800, height: 480 }): Buffer {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, backgroundColor: "#ffffff", textStyle: { fontFamily: FONT_FAMILY }, ...option });
    const svg = chart.renderToSVGString();
    const resvg = new Resvg(svg, { font: { fontFiles: [CJK_FONT_PATH], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY }, fitTo: { mode: "original" } });
    return resvg.render().asPng();
  } finally {
    chart.dispose();
  }
}

/** Width and height from a PNG's IHDR chunk (what a test or a sender can check without decoding). */
export function pngSize(png: Buffer): ChartSize | null {
  if (png.length < 24 || png.toString("latin1", 1, 4) !== "PNG" || png.toString("latin1", 12, 16) !== "IHDR") return null;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
