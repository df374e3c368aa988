import type { FileStore } from "../documents/file-store.js";
import type { Reply } from "../types.js";

/**
 * The outbox worker's step before sending: a reply's `chart` drawn to a PNG stored like any other
 * file and sent as its attachment. A chart that cannot be drawn is dropped (logged): the message
 * it came with still goes out.
 */
export function chartDrawer(files: FileStore, logger?: { warn(message: string, detail?: unknown): void }) {
  return async (reply: Reply): Promise<Reply> => {
    if (!reply.chart) return reply;
    const { chart, ...rest } = reply;
    try {
      // Loaded at the first chart (ECharts, resvg and the font subsetter are ~90 MB resident).
      const { renderChartPng } = await import("./render-chart.js");
      const file = await files.save(chart.name, "png", await renderChartPng(chart.option));
      return { ...rest, attachment: { fileName: file.fileName, mimeType: "image/png", path: file.path } };
    } catch (error) {
      logger?.warn("chart: could not draw", error);
      return rest;
    }
  };
}
