import { pngSize } from "../../bot/charts/render-chart.js";
import type { SeenImage } from "./channel-driver.js";

/**
 * The PNG pictures among the files a platform received, sized from their bytes as the fake got
 * them (a file that is not a PNG, or missing, is no picture).
 */
export function pngImages(files: (Buffer | undefined)[]): SeenImage[] {
  return files.flatMap((bytes) => {
    const size = bytes ? pngSize(bytes) : null;
    return size ? [size] : [];
  });
}
