import type { EChartsOption } from "echarts";
import type { TurnContext } from "../context.js";
import type { Reply } from "../types.js";

/**
 * A chart as a reply of its own: rendered to PNG, stored like a quote PDF and sent as an image
 * (Slack, WeCom and DingTalk show it as a picture, WeChat gets it as an image file, the local API as a
 * link that opens it, the terminal prints its path).
 * A chart that cannot be drawn leaves the text reply alone: it is logged, never an error reply.
 */
export async function chartReply(ctx: TurnContext, name: string, option: EChartsOption): Promise<Reply[]> {
  try {
    // ECharts, resvg and the font subsetter cost ~90 MB resident: loaded at the first chart, not at start.
    const { renderChartPng } = await import("./render-chart.js");
    const png = await renderChartPng(option);
    const file = await ctx.files.save(name, "png", png);
    return [{ attachment: { fileName: file.fileName, mimeType: "image/png", path: file.path } }];
  } catch (error) {
    console.error("chart: could not render", error);
    return [];
  }
}
