import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import subsetFont from "subset-font";
import { CJK_FONT_PATH } from "../documents/quote-pdf.js";

/** Printable ASCII is always kept: digits and Latin labels change from chart to chart, the subset should not. */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join("");
/** Subsets kept on disk, most recently used last: a team's charts reuse the same names and stage labels. */
const KEEP = 64;

let dir: string | undefined;
let font: Buffer | undefined;
const subsets = new Map<string, string>();

/**
 * A font file holding only the glyphs an SVG can draw (its characters and printable ASCII), cut from
 * the bundled Noto Sans SC. resvg parses every font file it is given for each picture, and the whole
 * 10.5 MB font costs most of a chart's time; a subset of a few dozen glyphs draws the same pixels.
 */
export async function chartFontFor(svg: string): Promise<string> {
  const chars = [...new Set(ASCII + svg)].sort().join("");
  const known = subsets.get(chars);
  if (known) {
    subsets.delete(chars);
    subsets.set(chars, known);
    return known;
  }
  font ??= readFileSync(CJK_FONT_PATH);
  const subset = await subsetFont(font, chars, { targetFormat: "truetype" });
  if (!dir) {
    const made = mkdtempSync(path.join(os.tmpdir(), "crm-chart-fonts-"));
    process.once("exit", () => rmSync(made, { recursive: true, force: true }));
    dir = made;
  }
  const file = path.join(dir, `subset-${subsets.size}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}.ttf`);
  writeFileSync(file, subset);
  subsets.set(chars, file);
  if (subsets.size > KEEP) {
    const [oldest, oldFile] = subsets.entries().next().value!;
    subsets.delete(oldest);
    rmSync(oldFile, { force: true });
  }
  return file;
}
